import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../scripts/build-schema.js';
import { analyze, extractInputs } from '../src/analyze.js';
import { sharedPath } from '../src/eval/shared-data.js';
import type { Evidence, Report } from '../src/types.js';

const committed = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function validator(ref: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addSchema(committed, 'report');
  return ajv.getSchema(`report#/definitions/${ref}`)!;
}

/** Every span points at the text it names: the contract's one invariant for all derived facts. */
function spansHold(report: Report): string[] {
  const bad: string[] = [];
  for (const a of report.articles) {
    const spans = [
      ...a.paragraphs,
      ...a.headings,
      ...a.sentences,
      ...a.times,
      ...a.events.flatMap((e) => [e, e.when]),
      ...a.entities.flatMap((e) => e.mentions),
      ...a.quotes.flatMap((q) => [q, q.speakerSpan, q.cue]),
      ...a.claims.flatMap((c) => [c, c.claimantSpan, c.sentence]),
      ...a.sentences.flatMap((s) => s.loadedSpans),
      ...a.genreEvidence,
      ...a.frames.flatMap((f) => f.evidence),
      ...a.stance.flatMap((x) => x.evidence),
    ];
    for (const s of spans) if (s && a.text.slice(s.start, s.end) !== s.text) bad.push(`${a.id} ${s.start}-${s.end}`);
  }
  return [...bad, ...evidenceHolds(report)];
}

/** Every piece of evidence a story cites names one of its articles and quotes its text exactly. */
export function evidenceHolds(report: Report): string[] {
  const text = new Map(report.articles.map((a) => [a.id, a.text]));
  const bad: string[] = [];
  for (const story of report.stories) {
    const evidence: Evidence[] = [
      ...story.consensus.flatMap((c) => c.support),
      ...story.disputes.flatMap((d) => d.positions.flatMap((p) => [p, ...p.support])),
      ...story.singleSource,
      ...story.timeline,
      ...story.brief.sentences.flatMap((s) => s.cites),
      ...story.perspectives.flatMap((p) => p.cites),
    ];
    for (const e of evidence) {
      if (!story.articleIds.includes(e.article) || text.get(e.article)?.slice(e.start, e.end) !== e.text) bad.push(`${story.id} → ${e.article} ${e.start}-${e.end}`);
    }
    if (story.brief.sentences.some((s) => !s.cites.length)) bad.push(`${story.id}: a brief sentence without citations`);
  }
  return bad;
}

describe('the JSON Schema of the report', () => {
  it('is up to date with src/types.ts (regenerate with `npm run schema`)', () => {
    expect(buildSchema()).toEqual(committed);
  });

  const inputs = ['examples', sharedPath('corpus/seeds')].filter((x): x is string => Boolean(x));
  it.each(inputs)('validates the report on %s, and every span holds', async (input) => {
    const report = await analyze([input]);
    expect(report.articles.length).toBeGreaterThan(0);
    const validate = validator('Report');
    const ok = validate(JSON.parse(JSON.stringify(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(spansHold(report)).toEqual([]);
    const record = validator('ExtractRecord');
    for await (const item of extractInputs([input])) if (item.kind === 'article') expect(record(JSON.parse(JSON.stringify(item.article)))).toBe(true);
  });
});
