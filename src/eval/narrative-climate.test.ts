import { expect, it } from 'vitest';
import { evalNarrativeClimate } from './narrative-climate.js';
import { missingMessage, sharedPath } from './shared-data.js';

const dir = sharedPath('data', 'framing-narrative-climate');

// Measured (5-fold thresholds): RE 0.64, HI 0.20, CO 0.75, MO 0.44, EC 0.64. Floors pin MO and EC, the
// two frames the mapping lifts above the all-present baseline.
it.skipIf(!dir)(dir ? 'reports per-frame F1 on the climate articles' : missingMessage('data/framing-narrative-climate'), async () => {
  const rows = await evalNarrativeClimate(dir!);
  const f1 = (frame: string) => rows.find((r) => r.metric.startsWith(`${frame} `))!.value;
  expect(rows).toHaveLength(5);
  expect(f1('MO')).toBeGreaterThanOrEqual(0.4);
  expect(f1('EC')).toBeGreaterThanOrEqual(0.6);
});
