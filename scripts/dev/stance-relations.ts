// Dev: the seed relations with their measured values (what `npm run eval` scores under "seeds").
import { evalSeedRelations } from '../../src/eval/seeds-relations.js';
import { sharedPath } from '../../src/eval/shared-data.js';

const root = sharedPath('.');
if (!root) throw new Error('shared data not found');
for (const r of await evalSeedRelations(root)) console.log(r.value ? 'holds ' : 'FAILS ', r.metric, ` (${r.note})`);
