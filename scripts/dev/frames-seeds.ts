// Dev: the frame profile of each seed article (top frames with scores and one evidence sentence).
import { analyze } from '../../src/analyze.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { findFrames } from '../../src/profile/frames/find-frames.js';

const dir = sharedPath('corpus', 'seeds');
if (!dir) throw new Error('seeds not found');
const report = await analyze([dir]);
for (const a of report.articles) {
  const frames = findFrames(a);
  console.log(`== ${a.id}: ${frames.map((f) => `${f.frame} ${f.score.toFixed(3)}/${f.evidence.length}`).join('  ')}`);
}
