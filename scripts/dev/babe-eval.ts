/** Prints the BABE evaluation rows (dev). Run: npx tsx scripts/dev/babe-eval.ts */
import { evalBabe } from '../../src/eval/babe.js';
import { missingMessage, sharedPath } from '../../src/eval/shared-data.js';
const dir = sharedPath('data', 'babe');
if (!dir) console.log(missingMessage('data/babe'));
else for (const r of await evalBabe(dir)) console.log(r.metric.padEnd(34), r.value.toFixed(3), r.note ?? '');
