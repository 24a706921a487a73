import { join } from 'node:path';
import { analyze } from '../analyze.js';
import { classifyGenre } from '../profile/genre/classify-genre.js';
import { scoreSentences, sentenceSignals } from '../profile/loaded/score-sentences.js';
import type { ReportArticle } from '../types.js';
import type { EvalRow } from './types.js';

const SET = 'seeds-genre';
/** The genres of ../shared/gold/seeds.json and examples/README.md (human reading, issue 5). */
export const SEED_GENRES: Readonly<Record<string, string>> = { '000': 'opinion', '001': 'opinion', '002': 'analysis', '003': 'commentary', '004': 'report' };
export const EXAMPLE_GENRES: Readonly<Record<string, string>> = {
  '01-kessel-accord-suspended': 'report', '02-varnian-herald-dunmoor-operation': 'report', '03-ostrel-ledger-dunmoor-buries-guards': 'report', '04-cpa-ostrel-strikes-brask': 'report',
  '05-northbridge-times-talks-analysis': 'analysis', 'vna-20260305-talks': 'report', '07-korvan-evening-post-dunmoor-self-defence': 'opinion', '08-selva-watch-dunmoor-aggression': 'commentary',
};
/** The loaded phrases the seeds' `relations` name, by article. */
const LOADED_PHRASES: readonly [string, string][] = [
  ['001', 'cross-border aggression'], ['001', 'appeasement of radical elements only emboldens them'], ['000', 'devastating'], ['000', 'war crimes'], ['000', 'impunity'],
];

interface Profiled { article: ReportArticle; genre: string; opinionMean: number; attributed: number }

function profile(a: ReportArticle): Profiled & { spans: { start: number; end: number }[] } {
  const signals = sentenceSignals(a);
  const sentences = scoreSentences(a, signals);
  const { genre } = classifyGenre(a, signals, sentences);
  return {
    article: a, genre,
    opinionMean: sentences.reduce((s, x) => s + x.opinion, 0) / Math.max(1, sentences.length),
    attributed: signals.filter((s) => s.attributed || s.cues.some((c) => c.kind === 'attribution' && !s.words[c.first]?.quoted)).length,
    spans: sentences.flatMap((s) => s.loadedSpans),
  };
}

const accuracy = (ps: Profiled[], gold: Readonly<Record<string, string>>) => ps.filter((p) => gold[p.article.id] !== undefined && gold[p.article.id] === p.genre).length / Object.keys(gold).length;

/** Genre accuracy on the example corpus (examples/README.md): runs without ../shared. */
export async function evalExampleGenre(examplesDir: string): Promise<EvalRow[]> {
  const report = await analyze([examplesDir]);
  const ps = report.articles.map(profile);
  return [{ set: 'examples-genre', metric: 'genre accuracy', value: accuracy(ps, EXAMPLE_GENRES), target: 1, note: ps.map((p) => `${p.article.id.slice(0, 2)}:${p.genre}`).join(' ') }];
}

/**
 * The seeds' genres and the profile relations of ../shared/gold/seeds.json: 000 and 001 the most
 * opinionated, 002 the most attributed statements, and each named loaded phrase overlapped by a
 * loaded span of its article.
 */
export async function evalSeedGenre(sharedRoot: string): Promise<EvalRow[]> {
  const report = await analyze([join(sharedRoot, 'corpus', 'seeds')]);
  const ps = report.articles.map(profile);
  const byId = new Map(ps.map((p) => [p.article.id, p]));
  const topOpinion = [...ps].sort((a, b) => b.opinionMean - a.opinionMean).slice(0, 2).map((p) => p.article.id).sort().join(',');
  const topAttributed = [...ps].sort((a, b) => b.attributed - a.attributed)[0]?.article.id;
  const found = LOADED_PHRASES.filter(([id, phrase]) => {
    const p = byId.get(id);
    const at = p?.article.text.toLowerCase().indexOf(phrase) ?? -1;
    return p !== undefined && at >= 0 && p.spans.some((s) => s.start < at + phrase.length && s.end > at);
  });
  return [
    { set: SET, metric: 'genre accuracy', value: accuracy(ps, SEED_GENRES), target: 1, note: ps.map((p) => `${p.article.id}:${p.genre}`).join(' ') },
    { set: SET, metric: 'relation: 000 and 001 most opinionated', value: topOpinion === '000,001' ? 1 : 0, target: 1, note: ps.map((p) => `${p.article.id}:${p.opinionMean.toFixed(2)}`).join(' ') },
    { set: SET, metric: 'relation: 002 most attributed statements', value: topAttributed === '002' ? 1 : 0, target: 1, note: ps.map((p) => `${p.article.id}:${p.attributed}`).join(' ') },
    { set: SET, metric: 'loaded phrases found', value: found.length / LOADED_PHRASES.length, target: 1, note: `${found.length}/${LOADED_PHRASES.length}` },
  ];
}
