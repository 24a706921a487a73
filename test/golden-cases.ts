import { analyze } from '../src/analyze.js';
import type { Report } from '../src/types.js';

/** The stages that have a golden file per article, and how each is cut out of the report. */
export const STAGES = {
  extract: (a: Report['articles'][number]) => {
    const { path: _path, sentences: _s, entities: _e, quotes: _q, claims: _c, times: _t, events: _v, genre: _g, genreScores: _gs, genreEvidence: _ge, frames: _f, stance: _st, ...rest } = a; // paths depend on the clone
    return rest;
  },
  annotate: (a: Report['articles'][number]) => ({ sentences: a.sentences.map(({ loaded: _l, opinion: _o, loadedSpans: _s, ...s }) => s), entities: a.entities, quotes: a.quotes, claims: a.claims, times: a.times, events: a.events }),
  profile: (a: Report['articles'][number]) => ({
    genre: a.genre,
    genreScores: a.genreScores,
    genreEvidence: a.genreEvidence,
    frames: a.frames,
    stance: a.stance,
    sentences: a.sentences.map((s) => ({ start: s.start, end: s.end, loaded: s.loaded, opinion: s.opinion, loadedSpans: s.loadedSpans })),
  }),
} as const;

/** The report-level stages (cluster, compare, synthesize): one golden file per case. */
export function storiesOf(report: Report) {
  return { twins: report.twins, storylines: report.storylines, stories: report.stories };
}

/** Each golden case: an input corpus, with files under test/golden/<case>/. */
export const CASES = [
  { name: 'examples', input: 'examples' }, // the bundled fictional corpus
  { name: 'bad-inputs', input: 'test/fixtures/bad-inputs' }, // empty, binary, mis-encoded, truncated, broken JSON
] as const;

export function caseDir(name: string): URL {
  return new URL(`./golden/${name}/`, import.meta.url);
}

export async function caseReport(input: string): Promise<Report> {
  return analyze([input]);
}

/** Messages with their sources made relative, so golden files do not depend on the clone's path. */
export function portableMessages(report: Report, input: string) {
  return report.messages.map((m) => ({ ...m, source: m.source.slice(m.source.indexOf(input)) }));
}

export function goldenJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
