// Dev: the pairwise similarity matrix of grouping fingerprints over inputs (with the background idf).
import { analyze } from '../../src/analyze.js';
import { fingerprint } from '../../src/stories/fingerprint.js';
import { createStoryIndex } from '../../src/stories/story-index.js';
import { GROUPING_DEFAULTS } from '../../src/stories/group-stories.js';

const report = await analyze(process.argv.slice(2));
const articles = report.articles.filter((a) => a.language === 'en' || a.language === 'und');
const index = createStoryIndex({ ...GROUPING_DEFAULTS, storyThreshold: 2 });
for (const a of articles) index.add(fingerprint(a));
for (const a of articles) {
  const sims = new Map(index.candidates(fingerprint(a)).map((c) => [c.id, c.similarity]));
  console.log(a.id.slice(0, 6).padEnd(7), articles.map((b) => (a === b ? '  -  ' : (sims.get(b.id)?.toFixed(3) ?? '  ?  '))).join(' '));
}
