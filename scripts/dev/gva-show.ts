// Prints the casualty claims and lead of each article of the given GVA incidents:
// `npx tsx scripts/dev/gva-show.ts ID…`. Output quotes the articles: never copy it into the repository.
import { annotateText } from '../../src/eval/pipeline.js';
import { articleCounts, articleText, readGva } from '../../src/eval/gva.js';

const { articles, incidents } = readGva(process.env.GVA_DIR ?? '../shared/data/gva-incidents');
for (const id of process.argv.slice(2)) {
  const inc = incidents.find((i) => i.incident_id === id);
  console.log(`=== incident ${id}: gold killed ${inc?.num_killed} injured ${inc?.num_injured}`);
  for (const a of articles.filter((x) => x.incident_id === id)) {
    const text = articleText(a);
    const claims = annotateText(text).claims;
    const c = articleCounts(claims, text);
    console.log(`  -- article: killed ${c.killed} injured ${c.injured}${c.injuredImplied ? ' (implied)' : ''}`);
    for (const cl of claims.filter((x) => (x.measure === 'killed' || x.measure === 'wounded') && x.start < 1200)) console.log(`     @${cl.start} ${cl.measure}/${cl.unit} ${cl.value} "${cl.text}" subj="${cl.subject}" | ${text.slice(Math.max(0, cl.start - 60), cl.end + 80).replace(/\s+/g, ' ')}`);
    console.log(`     ${text.slice(0, Number(process.env.LEAD ?? 500)).replace(/\s+/g, ' ')}`);
  }
}
