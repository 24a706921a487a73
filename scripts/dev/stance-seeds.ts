// Dev: the stance profile of each seed article (actor, score, evidence count).
import { analyze } from '../../src/analyze.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { findStance } from '../../src/profile/stance/find-stance.js';

const dir = sharedPath('corpus', 'seeds');
if (!dir) throw new Error('seeds not found');
const report = await analyze([dir]);
const verbose = process.argv.includes('-v');
for (const a of report.articles) {
  const stance = findStance(a);
  console.log(`== ${a.id}: ${stance.map((s) => `${s.actorId} ${s.score.toFixed(2)}/${s.evidence.length}`).join('  ')}`);
  if (verbose) for (const s of stance) for (const e of s.evidence) console.log(`   ${s.actorId}: ${e.text.slice(0, 140)}`);
}
