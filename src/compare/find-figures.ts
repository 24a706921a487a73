import { createRequire } from 'node:module';
import type { Claim, Dispute, DisputePosition, SingleSourceClaim } from '../types.js';
import { claimTopic, countedPart, sameThing, sideOfClaimant, type ClaimTopic } from './claim-topic.js';
import { unionFind } from '../lib/sets.js';
import { sourceCount, type StoryContext } from './story-context.js';

const require = createRequire(import.meta.url);
const { claims: M } = require('../../model/stories.json') as { claims: { sameArticleSentences: number } };

/** One stated figure of the story, with what it counts and where it stands. */
export interface Figure {
  readonly article: string;
  readonly claim: Claim;
  readonly topic: ClaimTopic;
  /** Who claims it, as a party ("Pakistan's military" and "Pakistan" are one), or null when the article states it. */
  readonly claimantKey: string | null;
  /** Index of the claim's sentence in its article. */
  readonly sentenceIndex: number;
}

/** A set of figures about the same thing: disputed when they hold competing values. */
export interface FigureGroup {
  readonly figures: readonly Figure[];
  readonly disputed: boolean;
  readonly about: string;
}

const MEASURE_WORD: Record<Claim['measure'], string> = {
  killed: 'killed', wounded: 'wounded', captured: 'captured', displaced: 'displaced', arrested: 'arrested', missing: 'missing',
  bodies: 'bodies', money: '(amount)', length: '(length)', count: '(number)', other: '(figure)',
};

export function collectFigures(context: StoryContext): Figure[] {
  const out: Figure[] = [];
  for (const a of context.articles) {
    for (const claim of a.claims) {
      if (claim.value === null || claim.measure === 'other') continue;
      const sentenceIndex = a.sentences.findIndex((s) => s.start <= claim.start && claim.start < s.end);
      out.push({ article: a.id, claim, topic: claimTopic(claim, a, context.places), claimantKey: sideOfClaimant(claim.claimant, context.places), sentenceIndex });
    }
  }
  return out;
}

/** "over 400" and 420 do not contradict each other; 400 and 22 do. */
function sameValue(a: Claim, b: Claim): boolean {
  if (a.value === b.value) return true;
  if (a.value === null || b.value === null) return false;
  const [low, high] = a.value < b.value ? [a, b] : [b, a];
  return low.approx && (high.value as number) <= (low.value as number) * 1.5;
}

/**
 * Whether two figures compete: the same thing, other values, told by different parties. Within one
 * article only figures told close together compete ("Pakistan says 12 … Afghanistan claims 55"); an
 * unattributed figure further on is usually another event ("October fighting killed 70").
 */
function compete(a: Figure, b: Figure): boolean {
  if (!sameThing(a.topic, b.topic) || sameValue(a.claim, b.claim)) return false;
  // "No one was hurt" about an unnamed group is the article's own event, not an answer to a count.
  if ((a.claim.value === 0 && !a.topic.head) || (b.claim.value === 0 && !b.topic.head)) return false;
  if (a.article === b.article) {
    if (a.claimantKey === b.claimantKey) return false;
    const distance = Math.abs(a.sentenceIndex - b.sentenceIndex);
    // "Varnia says 48 people were killed. The Council says 17 people were killed there.": a figure
    // set right against a claimed one answers it, even when its own claimant is not named.
    return a.claimantKey !== null && b.claimantKey !== null ? distance <= M.sameArticleSentences : distance <= 1;
  }
  return a.claimantKey !== b.claimantKey || a.claimantKey !== null;
}

/** Figures grouped by what they count: equal values about the same thing join, competing values make a dispute. */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const uf = unionFind(figures.length);
  const disputed = new Set<number>();
  const competing: [number, number][] = [];
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i] as Figure;
      const b = figures[j] as Figure;
      if (compete(a, b)) competing.push([i, j]);
      else if (a.article !== b.article && sameThing(a.topic, b.topic) && sameValue(a.claim, b.claim)) uf.union(i, j);
    }
  }
  for (const [i, j] of competing) uf.union(i, j);
  for (const [i] of competing) disputed.add(uf.find(i));
  const groups = new Map<number, Figure[]>();
  figures.forEach((f, i) => groups.set(uf.find(i), [...(groups.get(uf.find(i)) ?? []), f]));
  return [...groups].map(([root, members]) => ({ figures: members, disputed: disputed.has(root), about: aboutOf(members) }));
}

/** Words for what a group counts: the most specific subject (a side and a noun), then the measure ("Afghan fighters killed"). */
function aboutOf(figures: readonly Figure[]): string {
  const score = (f: Figure) => (f.topic.side && f.claim.subject.includes(' ') ? 2 : 0) + (f.topic.head ? 1 : 0);
  const best = [...figures].sort((a, b) => score(b) - score(a))[0] as Figure;
  // Claims of named victims ("John Smith, 24, was shot") have no subject words: they count people.
  const subject = countedPart(best.claim.subject);
  if (!subject && (best.claim.measure === 'length' || best.claim.measure === 'money')) {
    // "2,575-kilometre", "1.2 billion dollars" with nothing said of what: a distance, an amount.
    return `${best.claim.measure === 'length' ? 'distance' : 'amount'}${best.claim.unit ? ` in ${best.claim.unit}` : ''}`;
  }
  return `${subject || (best.claim.unit === 'named' || !best.claim.unit ? 'people' : best.claim.unit)} ${MEASURE_WORD[best.claim.measure]}`.trim();
}

const evidence = (f: Figure) => ({ article: f.article, start: f.claim.start, end: f.claim.end, text: f.claim.text });

/** Disputes: one position per party and value, citing the first span that states it (all spans in `support`). */
export function toDispute(group: FigureGroup): Dispute {
  const positions = new Map<string, DisputePosition & { support: ReturnType<typeof evidence>[] }>();
  for (const f of group.figures) {
    const key = `${f.claimantKey ?? ''}\u0000${f.claim.value}`;
    const seen = positions.get(key);
    if (seen) seen.support.push(evidence(f));
    else positions.set(key, { claimant: f.claim.claimant, value: f.claim.value, approx: f.claim.approx, ...evidence(f), support: [evidence(f)] });
  }
  return { about: group.about, measure: group.figures[0]?.claim.measure ?? 'other', positions: [...positions.values()] };
}

/** Figures only one independent source gives. */
export function singleSourceClaims(groups: readonly FigureGroup[], context: StoryContext): SingleSourceClaim[] {
  return groups
    .filter((g) => !g.disputed && sourceCount(context, g.figures.map((f) => f.article)) === 1)
    .map((g) => {
      const f = g.figures[0] as Figure;
      return { about: g.about, measure: f.claim.measure, value: f.claim.value, approx: f.claim.approx, claimant: f.claim.claimant, ...evidence(f) };
    });
}
