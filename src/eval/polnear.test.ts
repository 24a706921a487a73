import { describe, expect, it } from 'vitest';
import { evalPolnear } from './polnear.js';
import { missingMessage, sharedPath } from './shared-data.js';

const dir = sharedPath('data', 'polnear');

describe('PolNeAR attribution evaluation', () => {
  it.skipIf(!dir)(dir ? 'holds its floors on the dev split' : missingMessage('data/polnear'), async () => {
    const rows = await evalPolnear(dir!);
    const value = (metric: string) => rows.find((r) => r.metric === metric)?.value ?? -1;
    // Floors just below today's numbers (see the report); the targets (F1 0.75) are not reached yet.
    expect(value('content F1 (all)')).toBeGreaterThanOrEqual(0.645);
    expect(value('content F1 (direct)')).toBeGreaterThanOrEqual(0.82);
    expect(value('content F1 (indirect)')).toBeGreaterThanOrEqual(0.59);
    expect(value('content P (all)')).toBeGreaterThanOrEqual(0.8);
    expect(value('speaker accuracy (all)')).toBeGreaterThanOrEqual(0.89);
  });
});
