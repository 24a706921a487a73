// Dev: print each seed article's entities (id, type, mention count), to see which actors stance scores.
import { analyze } from '../../src/analyze.js';
import { sharedPath } from '../../src/eval/shared-data.js';
const dir = sharedPath('corpus', 'seeds');
if (!dir) throw new Error('seeds not found');
const report = await analyze([dir]);
for (const a of report.articles) {
  console.log(`== ${a.id} (${a.sentences.length} sentences)`);
  console.log(a.entities.map((e) => `${e.id}:${e.type}:${e.mentions.length}`).join('  '));
}
