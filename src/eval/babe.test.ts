import { describe, expect, it } from 'vitest';
import { evalBabe, prf } from './babe.js';
import { missingMessage, sharedPath } from './shared-data.js';

const dir = sharedPath('data', 'babe');

describe('prf', () => {
  it('counts the positive class', () => {
    expect(prf([[true, true], [true, false], [false, true], [false, false]])).toEqual({ p: 0.5, r: 0.5, f1: 0.5 });
    expect(prf([]).f1).toBe(0);
  });
});

describe('BABE loaded-language evaluation', () => {
  it.skipIf(!dir)(dir ? 'holds its floors' : missingMessage('data/babe'), async () => {
    const rows = await evalBabe(dir!);
    const value = (metric: string) => rows.find((r) => r.metric === metric)?.value ?? -1;
    // Floors just below today's numbers (biased F1 0.711, by opinion 0.704, opinionated 0.771); the target 0.75 is not reached.
    expect(value('biased F1 (parallax)')).toBeGreaterThanOrEqual(0.705);
    expect(value('biased F1 (opinion score)')).toBeGreaterThanOrEqual(0.7);
    expect(value('opinionated F1 (parallax)')).toBeGreaterThanOrEqual(0.765);
  });
});
