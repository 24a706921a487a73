// Dev: pairwise similarities and grouping on a directory (e.g. ../shared/corpus/seeds, examples).
import { analyze } from '../../src/analyze.js';
import { fingerprint } from '../../src/stories/fingerprint.js';
import { createStoryIndex } from '../../src/stories/story-index.js';
import { GROUPING_DEFAULTS, groupStories } from '../../src/stories/group-stories.js';

const report = await analyze(process.argv.slice(2));
const articles = report.articles.filter((a) => a.language === 'en' || a.language === 'und');
const g = groupStories(articles);
console.log(JSON.stringify(g));
for (const a of articles) {
  const index = createStoryIndex({ ...GROUPING_DEFAULTS, storyThreshold: 2 });
  for (const b of articles) if (b !== a) index.add(fingerprint(b));
  const p = index.add(fingerprint(a));
  console.log(a.id, p.nearest);
}
