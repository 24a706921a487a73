import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreExtractionBenchmark } from './extraction.js';

const BENCHMARK = resolve(process.cwd(), '../shared/data/article-extraction-benchmark');
const present = existsSync(resolve(BENCHMARK, 'ground-truth.json'));
/** Just below the mean F1 measured on the 70 development pages (0.973); floors only go up. */
const F1_FLOOR = 0.965;

describe('article-extraction benchmark', () => {
  if (!present) it.skip(`skipped: ${BENCHMARK} not found (shared development data is not checked in)`, () => {});
  it.skipIf(!present)(`mean shingle F1 of extractHtml stays >= ${F1_FLOOR}`, async () => {
    const { parallax } = await scoreExtractionBenchmark(BENCHMARK, { baseline: false });
    const f1 = parallax.reduce((a, p) => a + p.f1, 0) / parallax.length;
    expect(parallax.length).toBeGreaterThan(0);
    expect(f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });
});
