// Dev: a compact dump of the stories stage over inputs.
import { analyze } from '../../src/analyze.js';
const r = await analyze(process.argv.slice(2));
console.log(JSON.stringify({ twins: r.twins, storylines: r.storylines, stories: r.stories.map((s) => ({ id: s.id, title: s.title, articles: s.articleIds, sources: s.sources })) }));
for (const s of r.stories) {
  console.log(`\n## ${s.title}`);
  console.log('disputes', JSON.stringify(s.disputes.map((d) => [d.about, d.positions.map((p) => [p.claimant, p.value, p.article])])));
  console.log('single', JSON.stringify(s.singleSource.map((d) => [d.about, d.value, d.claimant])));
  console.log('voices', JSON.stringify(s.voices));
  console.log('omissions', JSON.stringify(s.omissions.map((o) => [o.article, o.kind, o.topic.slice(0, 50), o.presentIn.join(',')])));
  console.log('brief:', s.brief.text);
  console.log('perspectives', JSON.stringify(s.perspectives.map((p) => [p.label, p.articleIds])));
  console.log('consensus', JSON.stringify(s.consensus.map((c) => [c.kind, c.articles.join(','), c.statement.slice(0, 90)]), null, 0));
  console.log('timeline', JSON.stringify(s.timeline.map((t) => [t.date, t.when, t.what.slice(0, 60)])));
}
