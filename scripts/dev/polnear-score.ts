// Prints the PolNeAR attribution scores for one split: `tsx scripts/dev/polnear-score.ts [dev|train]`.
import { evalPolnear } from '../../src/eval/polnear.js';

const split = (process.argv[2] ?? 'dev') as 'dev' | 'train';
const t0 = performance.now();
const rows = await evalPolnear(process.env.POLNEAR_DIR ?? '../shared/data/polnear', split);
for (const r of rows) console.log(`${r.metric.padEnd(44)} ${r.value.toFixed(3)}  ${r.note ?? ''}`);
console.log(`${((performance.now() - t0) / 1000).toFixed(1)}s`);
