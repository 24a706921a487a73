import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalSeedEntities } from './eval-seeds.js';

const shared = resolve(process.cwd(), '../shared');
const present = existsSync(resolve(shared, 'gold/seeds.json'));
if (!present) console.warn(`entities seed evaluation skipped: ${shared}/gold/seeds.json not found (the shared folder sits beside the repository)`);

/** Floors at what the rules achieved when written (2025-11, five seeds); they only go up. */
const FLOORS: Record<string, number> = {
  'people recall': 1,
  'role match': 1,
  'affiliation match': 1,
  'alias resolution': 1,
  'places recall': 1,
  'countries recall': 1,
  'organizations recall': 1,
  'other recall': 1,
  'one id per actor across articles': 1,
};

describe('entities on the seed articles', () => {
  it.skipIf(!present)('meets the floors and finds no spurious people', async () => {
    const rows = await evalSeedEntities(shared);
    const value = (metric: string) => rows.find((r) => r.metric === metric)?.value;
    expect(value('spurious people'), rows.find((r) => r.metric === 'spurious people')?.note).toBe(0);
    for (const [metric, floor] of Object.entries(FLOORS)) expect(value(metric), `${metric}: ${rows.find((r) => r.metric === metric)?.note}`).toBeGreaterThanOrEqual(floor);
  });
});
