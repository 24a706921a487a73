// Dev: twin pairs among all inputs (as if one story).
import { analyze } from '../../src/analyze.js';
import { findTwins } from '../../src/stories/find-twins.js';
const report = await analyze(process.argv.slice(2));
console.log(findTwins(report.articles, [report.articles.map((a) => a.id)]));
