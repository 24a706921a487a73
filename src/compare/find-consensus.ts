import { createRequire } from 'node:module';
import { backgroundIdf } from '../stories/background.js';
import { sentenceTerms } from '../stories/terms.js';
import type { Consensus, Evidence } from '../types.js';
import type { FigureGroup } from './find-figures.js';
import { unionFind } from '../lib/sets.js';
import { sourceCount, type StoryContext } from './story-context.js';

const require = createRequire(import.meta.url);
const { consensus: M } = require('../../model/stories.json') as { consensus: { sentenceSimilarity: number; minSharedTerms: number; indexTerms: number; maxItems: number; sentencesPerArticle: number } };

interface Unit { readonly evidence: Evidence; readonly terms: ReadonlyMap<string, number>; readonly weight: number }

function unitsOf(context: StoryContext): Unit[] {
  const units: Unit[] = [];
  for (const a of context.articles) {
    const perSentence = sentenceTerms(a);
    for (const [i, s] of a.sentences.slice(0, M.sentencesPerArticle).entries()) {
      const terms = new Map<string, number>();
      for (const t of perSentence[i] ?? []) terms.set(t, backgroundIdf(t));
      const weight = [...terms.values()].reduce((x, y) => x + y, 0);
      if (terms.size >= M.minSharedTerms) units.push({ evidence: { article: a.id, start: s.start, end: s.end, text: s.text }, terms, weight });
    }
  }
  return units;
}

/** Weighted Jaccard of two sentences' words, rare words weighing more; 0 under `minSharedTerms` shared words. */
function similarity(a: Unit, b: Unit): number {
  let shared = 0;
  let n = 0;
  for (const [t, w] of a.terms) if (b.terms.has(t)) shared += w, n++;
  return n < M.minSharedTerms ? 0 : shared / (a.weight + b.weight - shared);
}

/**
 * Statements at least two independent sources carry: sentences of different sources that say nearly
 * the same words (rare words counting most) are linked, and each linked set spanning two sources is one
 * statement, worded as its most central sentence. Figures agreed by two sources count too.
 */
export function findConsensus(context: StoryContext, figureGroups: readonly FigureGroup[]): Consensus[] {
  const units = unitsOf(context);
  const postings = new Map<string, number[]>();
  const rare = units.map((u) => [...u.terms].sort((x, y) => y[1] - x[1]).slice(0, M.indexTerms).map(([t]) => t));
  rare.forEach((terms, i) => {
    for (const t of terms) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const uf = unionFind(units.length);
  const centrality = new Array<number>(units.length).fill(0);
  const sourceOf = units.map((u) => context.sourceOf.get(u.evidence.article));
  units.forEach((a, i) => {
    // Later sentences of other sources that share one of this sentence's rarest words.
    const candidates = new Set<number>();
    for (const t of rare[i] ?? []) for (const j of postings.get(t) ?? []) if (j > i && sourceOf[j] !== sourceOf[i]) candidates.add(j);
    for (const j of candidates) {
      const sim = similarity(a, units[j] as Unit);
      if (sim < M.sentenceSimilarity) continue;
      uf.union(i, j);
      centrality[i] = (centrality[i] as number) + sim;
      centrality[j] = (centrality[j] as number) + sim;
    }
  });
  const groups = new Map<number, number[]>();
  units.forEach((_, i) => groups.set(uf.find(i), [...(groups.get(uf.find(i)) ?? []), i]));
  const items: (Consensus & { sources: number })[] = [];
  for (const members of groups.values()) {
    const support = members.map((i) => (units[i] as Unit).evidence);
    const sources = sourceCount(context, support.map((e) => e.article));
    if (sources < 2) continue;
    const central = [...members].sort((i, j) => (centrality[j] as number) - (centrality[i] as number) || i - j)[0] as number;
    items.push({ statement: (units[central] as Unit).evidence.text, support, articles: [...new Set(support.map((e) => e.article))], kind: 'statement', sources });
  }
  for (const g of figureGroups) {
    if (g.disputed) continue;
    const support = g.figures.map((f) => ({ article: f.article, start: f.claim.start, end: f.claim.end, text: f.claim.text }));
    const sources = sourceCount(context, support.map((e) => e.article));
    if (sources < 2) continue;
    const f = g.figures[0];
    if (!f) continue;
    items.push({ statement: f.claim.sentence?.text ?? g.about, support, articles: [...new Set(support.map((e) => e.article))], kind: 'figure', sources });
  }
  items.sort((a, b) => b.sources - a.sources || b.support.length - a.support.length);
  return items.slice(0, M.maxItems).map(({ sources: _, ...c }) => c);
}
