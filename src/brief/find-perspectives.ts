import { createRequire } from 'node:module';
import type { Figure } from '../compare/find-figures.js';
import { unionFind, type StoryContext } from '../compare/story-context.js';
import { sentenceTerms } from '../stories/terms.js';
import type { Perspective, AnnotatedArticle } from '../types.js';
import { cosine, normalise } from './sentence-vectors.js';

const require = createRequire(import.meta.url);
const { perspectives: M } = require('../../model/stories.json') as { perspectives: { sharedSources: number; sharedEmphasis: number; emphasisTerms: number } };

interface Profile { readonly article: AnnotatedArticle; readonly sources: Set<string>; readonly emphasis: Map<string, number>; readonly top: string[] }

const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
};

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
  const profiles: Profile[] = context.articles.map((article) => {
    const claimants = figures.filter((f) => f.article === article.id && f.claimantKey).map((f) => `claimant:${f.claimantKey}`);
    const emphasis = emphasisOf(article, storyDf, n);
    return { article, sources: new Set([...(voices[article.id] ?? []).map((v) => `voice:${v}`), ...claimants]), emphasis, top: [...emphasis.keys()].slice(0, 3) };
  });
  const uf = unionFind(profiles.length);
  for (let i = 0; i < profiles.length; i++) {
    for (let j = i + 1; j < profiles.length; j++) {
      const a = profiles[i] as Profile;
      const b = profiles[j] as Profile;
      const sameSources = a.sources.size > 0 && b.sources.size > 0 && jaccard(a.sources, b.sources) >= M.sharedSources;
      if (sameSources || cosine(a.emphasis, b.emphasis) >= M.sharedEmphasis) uf.union(i, j);
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
  const label = [
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
