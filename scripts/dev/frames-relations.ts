// Dev: which seed relations of frames and stance hold, with the measured values.
import { evalSeedRelations } from '../../src/eval/seeds-relations.js';
import { sharedPath } from '../../src/eval/shared-data.js';

const root = sharedPath('gold', 'seeds.json') ? sharedPath('.') : null;
if (!root) throw new Error('seeds not found');
for (const r of await evalSeedRelations(root)) console.log(r.value ? 'holds' : 'FAILS', r.metric, r.note);
