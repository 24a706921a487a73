import { createRequire } from 'node:module';
import type { StoryContext } from '../compare/story-context.js';
import type { Brief, BriefSentence, Dispute, Evidence } from '../types.js';
import { sentenceTerms } from '../stories/terms.js';
import { centroid, cosine, vectorOf, vectorOfTerms, type Vector } from './sentence-vectors.js';

const require = createRequire(import.meta.url);
const { brief: M } = require('../../model/stories.json') as {
  brief: { defaultWords: number; minWords: number; maxWords: number; leadBonus: number[]; centralityWeight: number; titleWeight: number; opinionPenalty: number; loadedPenalty: number; redundancy: number; duplicate: number; danglingPenalty: number; danglingStarts: string[]; sentencesPerArticle: number; order: 'score' | 'position'; opinionMarkers: string[]; loadedWords: string[] };
};
const phrases = (list: readonly string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'iu');
const OPINION = phrases(M.opinionMarkers);
const LOADED = phrases(M.loadedWords);
/** "It reaffirms this posture", "Well, …": a sentence that leans on the one before reads wrong alone. */
const DANGLING = new RegExp(`^(?:${M.danglingStarts.join('|')})\\b`, 'i');
/** "KORVAN, March 5 (VNA) - " and "DUNMOOR —": a dateline belongs to the article, not to a brief. */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+(?:,[^–—\n]{0,40}?)?(?:\s*\([^)]{1,20}\))?\s*[-–—]+\s+/u;

export interface BriefOptions {
  /** The brief's length cap in words. */
  readonly briefWords?: number;
}

interface Candidate { readonly evidence: Evidence; readonly text: string; readonly words: number; readonly vector: Vector; readonly score: number }

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

function candidates(context: StoryContext): Candidate[] {
  const bySource = new Map<number, Vector[]>();
  const perArticle = context.articles.map((a) => {
    // A brief draws on each article's opening: the news is told there, and the cost stays bounded.
    const vectors = sentenceTerms(a).slice(0, M.sentencesPerArticle).map(vectorOfTerms);
    const source = context.sourceOf.get(a.id) ?? -1;
    bySource.set(source, [...(bySource.get(source) ?? []), ...vectors]);
    return { a, vectors, source };
  });
  const sourceCentres = new Map([...bySource].map(([s, vs]) => [s, centroid(vs)] as const));
  // Headlines say what the story is about in the fewest words.
  const titles = centroid(context.articles.filter((a) => a.title).map((a) => vectorOf(a.title ?? '')));
  const out: Candidate[] = [];
  for (const { a, vectors, source } of perArticle) {
    const others = [...sourceCentres].filter(([s]) => s !== source).map(([, v]) => v);
    const centre = centroid(others.length ? others : [sourceCentres.get(source) ?? new Map()]);
    a.sentences.slice(0, M.sentencesPerArticle).forEach((s, i) => {
      const text = s.text.replace(DATELINE, '').trim();
      const words = wordCount(text);
      // Headings, questions and sentences that open on a quotation are not brief material.
      if (words < M.minWords || words > M.maxWords || !/[.!"”’)]$/.test(text) || /^["“'‘]/.test(text)) return;
      const vector = vectors[i] as Vector;
      let score = M.centralityWeight * cosine(vector, centre) + M.titleWeight * cosine(vector, titles) + (M.leadBonus[i] ?? 0);
      if (OPINION.test(text)) score -= M.opinionPenalty;
      if (LOADED.test(text)) score -= M.loadedPenalty;
      if (DANGLING.test(text)) score -= M.danglingPenalty;
      out.push({ evidence: { article: a.id, start: s.start, end: s.end, text: s.text }, text, words, vector, score });
    });
  }
  return out;
}

/**
 * "Figures differ on Afghan fighters killed: Pakistan says 274; Afghanistan says 13." — one clause per
 * figure, naming everyone who gives it, each figure cited.
 */
export function disputeSentence(dispute: Dispute, context: StoryContext): BriefSentence {
  const byValue = new Map<string, { who: string[]; text: string }>();
  for (const p of dispute.positions) {
    const who = p.claimant ?? context.byId.get(p.article)?.outlet ?? 'one report';
    const key = String(p.value);
    const entry = byValue.get(key) ?? { who: [], text: p.text };
    if (!entry.who.includes(who)) entry.who.push(who);
    byValue.set(key, entry);
  }
  const clauses = [...byValue.values()].map(({ who, text }) => `${who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who[who.length - 1]} give` : `${who[0]} says`} ${text}`);
  return { text: `Figures differ on ${dispute.about}: ${clauses.join('; ')}.`, cites: dispute.positions.map(({ article, start, end, text }) => ({ article, start, end, text })) };
}

/**
 * A neutral brief: the sentences most of the story's other sources also carry (their centre), lead
 * sentences first among equals, opinion and loaded wording held back, no two sentences saying the same;
 * each disputed figure as "who says what". Every sentence cites its own span and the spans of other
 * sources that say the same.
 */
export function writeBrief(context: StoryContext, disputes: readonly Dispute[], options: BriefOptions = {}): Brief {
  const budget = options.briefWords ?? M.defaultWords;
  const pool = candidates(context).sort((x, y) => y.score - x.score);
  // Disputed figures are the story's news when there are any: they take their room first, but
  // never all of it (an opening sentence must still fit).
  const opening = Math.min(...pool.map((c) => c.words), budget);
  const disputeLines: BriefSentence[] = [];
  let used = 0;
  for (const d of disputes.slice(0, 3)) {
    const line = disputeSentence(d, context);
    if (used + wordCount(line.text) + opening > budget) break;
    disputeLines.push(line);
    used += wordCount(line.text);
  }
  const chosen: Candidate[] = [];
  for (;;) {
    let pick: Candidate | null = null;
    let best = -Infinity;
    for (const c of pool) {
      if (used + c.words > budget || chosen.includes(c)) continue;
      const overlap = Math.max(0, ...chosen.map((x) => cosine(x.vector, c.vector)));
      if (overlap > M.duplicate) continue; // says what a chosen sentence says
      const value = c.score - M.redundancy * overlap;
      if (value > best) best = value, pick = c;
    }
    if (!pick) break;
    chosen.push(pick);
    used += pick.words;
  }
  const cite = (c: Candidate): BriefSentence => {
    const support = pool.filter((o) => context.sourceOf.get(o.evidence.article) !== context.sourceOf.get(c.evidence.article) && cosine(o.vector, c.vector) >= 0.5);
    return { text: c.text, cites: [c.evidence, ...support.slice(0, 3).map((o) => o.evidence)] };
  };
  if (M.order === 'position') {
    const rank = new Map(context.articles.map((a, i) => [a.id, i]));
    chosen.sort((x, y) => x.evidence.start - y.evidence.start || (rank.get(x.evidence.article) ?? 0) - (rank.get(y.evidence.article) ?? 0));
  }
  const [first, ...rest] = chosen.map(cite);
  const sentences = first ? [first, ...disputeLines, ...rest] : disputeLines;
  return { text: sentences.map((x) => x.text).join(' '), sentences, method: 'extractive' };
}
