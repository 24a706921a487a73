// Dev: per-frame F1 on the narrative-framing climate articles.
import { evalNarrativeClimate } from '../../src/eval/narrative-climate.js';
import { sharedPath } from '../../src/eval/shared-data.js';

const dir = sharedPath('data', 'framing-narrative-climate');
if (!dir) throw new Error('framing-narrative-climate not found');
for (const r of await evalNarrativeClimate(dir)) console.log(r.metric, r.value.toFixed(3), r.note);
