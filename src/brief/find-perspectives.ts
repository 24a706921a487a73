import { createRequire } from 'node:module';
import type { Figure } from '../compare/find-figures.js';
import type { StoryContext } from '../compare/story-context.js';
import { jaccard, unionFind } from '../lib/sets.js';
import { sentenceTerms } from '../stories/terms.js';
import type { AnnotatedArticle, ArticleProfile, Perspective } from '../types.js';
import { cosine, normalise } from './sentence-vectors.js';

const require = createRequire(import.meta.url);
const { perspectives: M } = require('../../model/stories.json') as { perspectives: { sharedSources: number; sharedEmphasis: number; emphasisTerms: number; clearStance: number; sharedSympathies: number } };

interface Profile {
  readonly article: AnnotatedArticle;
  readonly sources: Set<string>;
  readonly emphasis: Map<string, number>;
  readonly top: string[];
  /** Actor id → sympathy (−1…+1), when the article has been profiled. */
  readonly stance: ReadonlyMap<string, { actor: string; score: number }>;
  readonly frames: readonly { frame: string; score: number }[];
}

/** Profiles are optional here: the story stages also run on articles that were only annotated. */
type MaybeProfiled = AnnotatedArticle & Partial<Pick<ArticleProfile, 'stance' | 'frames'>>;

/** Whether two articles' sympathies agree: same sign on shared actors that both treat clearly, and no clear opposite. */
function stanceAgreement(a: Profile, b: Profile): { agree: number; conflict: boolean } {
  let agree = 0;
  let conflict = false;
  for (const [id, x] of a.stance) {
    const y = b.stance.get(id);
    if (!y || Math.abs(x.score) < M.clearStance || Math.abs(y.score) < M.clearStance) continue;
    if (Math.sign(x.score) === Math.sign(y.score)) agree++;
    else conflict = true;
  }
  return { agree, conflict };
}


/** Which words an article stresses that the rest of the story does not: tf × how few of the story's articles use the word. */
function emphasisOf(article: AnnotatedArticle, storyDf: ReadonlyMap<string, number>, n: number): Map<string, number> {
  const tf = new Map<string, number>();
  for (const terms of sentenceTerms(article)) for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const weighted = [...tf].map(([t, f]) => [t, f * Math.log((n + 1) / (storyDf.get(t) ?? 1))] as const).filter(([, w]) => w > 0);
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return normalise(new Map(weighted.slice(0, M.emphasisTerms * 4)));
}

/**
 * How each side tells it: articles that quote the same voices and cite the same claimants, or stress
 * the same words the rest of the story does not, form one perspective. Found from the story's own
 * data, not from a fixed left/right axis; labelled by what the group stresses and whom it relies on.
 */
export function findPerspectives(context: StoryContext, voices: Readonly<Record<string, readonly string[]>>, figures: readonly Figure[]): Perspective[] {
  const storyDf = new Map<string, number>();
  for (const a of context.articles) for (const t of new Set(sentenceTerms(a).flat())) storyDf.set(t, (storyDf.get(t) ?? 0) + 1);
  const n = context.articles.length;
  const profiles: Profile[] = (context.articles as readonly MaybeProfiled[]).map((article) => {
    const claimants = figures.filter((f) => f.article === article.id && f.claimantKey).map((f) => `claimant:${f.claimantKey}`);
    const emphasis = emphasisOf(article, storyDf, n);
    const stance = new Map((article.stance ?? []).map((s) => [s.actorId, { actor: s.actor, score: s.score }]));
    return { article, sources: new Set([...(voices[article.id] ?? []).map((v) => `voice:${v}`), ...claimants]), emphasis, top: [...emphasis.keys()].slice(0, 3), stance, frames: article.frames ?? [] };
  });
  const uf = unionFind(profiles.length);
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const a = profiles[i] as Profile;
      const b = profiles[j] as Profile;
      const sameSources = a.sources.size > 0 && b.sources.size > 0 && jaccard(a.sources, b.sources) >= M.sharedSources;
      // Mirror-image rewrites share words but take opposite sides: clear opposite sympathies keep articles apart.
      const { agree, conflict } = stanceAgreement(a, b);
      if (conflict) continue;
      if (sameSources || agree >= M.sharedSympathies || cosine(a.emphasis, b.emphasis) >= M.sharedEmphasis) uf.union(i, j);
    }
  }
  const groups = new Map<number, Profile[]>();
  profiles.forEach((p, i) => groups.set(uf.find(i), [...(groups.get(uf.find(i)) ?? []), p]));
  return [...groups.values()].map((members) => describe(members));
}

function describe(members: readonly Profile[]): Perspective {
  const emphasis = new Map<string, number>();
  for (const m of members) for (const [t, w] of m.emphasis) emphasis.set(t, (emphasis.get(t) ?? 0) + w);
  const stressed = [...emphasis].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([t]) => t);
  const voices = [...new Set(members.flatMap((m) => [...m.sources].filter((s) => s.startsWith('voice:')).map((s) => s.slice(6))))];
  const claimants = [...new Set(members.flatMap((m) => [...m.sources].filter((s) => s.startsWith('claimant:')).map((s) => s.slice(9))))];
  const sympathy = new Map<string, { actor: string; sum: number }>();
  for (const m of members) for (const [id, s] of m.stance) sympathy.set(id, { actor: s.actor, sum: (sympathy.get(id)?.sum ?? 0) + s.score / members.length });
  const ranked = [...sympathy.values()].filter((s) => Math.abs(s.sum) >= M.clearStance).sort((a, b) => b.sum - a.sum);
  const warm = ranked.filter((s) => s.sum > 0).slice(0, 2).map((s) => s.actor);
  const cold = ranked.filter((s) => s.sum < 0).slice(-2).reverse().map((s) => s.actor);
  const frameTotals = new Map<string, number>();
  for (const m of members) for (const f of m.frames) frameTotals.set(f.frame, (frameTotals.get(f.frame) ?? 0) + f.score);
  const frames = [...frameTotals].sort((a, b) => b[1] - a[1]).slice(0, 2).filter(([, v]) => v > 0).map(([f]) => f);
  const label = [
    warm.length ? `sympathetic to ${warm.join(' and ')}` : '',
    cold.length ? `critical of ${cold.join(' and ')}` : '',
    frames.length ? `frames: ${frames.join(', ')}` : '',
    stressed.length ? `stresses ${stressed.join(', ')}` : '',
    voices.length ? `quotes ${voices.slice(0, 3).join(', ')}` : 'quotes no one',
    claimants.length ? `figures from ${claimants.join(', ')}` : '',
  ].filter(Boolean).join('; ');
  // Each member's sentence that carries most of the group's stressed words.
  const cites = members.map((m) => {
    const terms = sentenceTerms(m.article);
    const best = m.article.sentences.map((s, i) => ({ s, w: (terms[i] ?? []).reduce((sum, t) => sum + (emphasis.get(t) ?? 0), 0) })).sort((a, b) => b.w - a.w)[0];
    const s = best?.s ?? m.article.sentences[0];
    return s ? { article: m.article.id, start: s.start, end: s.end, text: s.text } : null;
  }).filter((c): c is NonNullable<typeof c> => c !== null);
  return { label, articleIds: members.map((m) => m.article.id), summary: cites[0]?.text ?? '', cites };
}
