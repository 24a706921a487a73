// Prints the GVA incidents whose counts miss the gold, with each article's counts, its casualty
// claims and its lead: `npx tsx scripts/dev/gva-errors.ts [injured|killed] [dir] > /tmp/gva-errors.txt`.
// Output quotes the articles: read it, never copy it into the repository.
import { annotateText } from '../../src/eval/pipeline.js';
import { articleCounts, articleText, incidentCounts, readGva, stated } from '../../src/eval/gva.js';

const kind = (process.argv[2] ?? 'injured') as 'killed' | 'injured';
const { articles, incidents } = readGva(process.argv[3] ?? '../shared/data/gva-incidents');
const byIncident = new Map<string, typeof articles>();
for (const a of articles) byIncident.set(a.incident_id, [...(byIncident.get(a.incident_id) ?? []), a]);
let misses = 0;
for (const inc of incidents) {
  const gold = inc[kind === 'killed' ? 'num_killed' : 'num_injured'];
  const arts = byIncident.get(inc.incident_id) ?? [];
  if (gold === undefined || !arts.length) continue;
  const texts = arts.map(articleText);
  if (!stated(texts, gold)) continue;
  const rows = texts.map((text) => {
    const claims = annotateText(text).claims;
    return { text, claims, counts: articleCounts(claims, text) };
  });
  const found = incidentCounts(rows.map((r) => r.counts));
  if (found[kind] === gold) continue;
  misses++;
  console.log(`=== incident ${inc.incident_id}: gold killed ${inc.num_killed} injured ${inc.num_injured}; found killed ${found.killed} injured ${found.injured}`);
  for (const r of rows) {
    const c = r.counts;
    console.log(`  -- article: killed ${c.killed} injured ${c.injured}${c.injuredImplied ? ' (implied)' : ''}`);
    for (const cl of r.claims.filter((x) => (x.measure === 'killed' || x.measure === 'wounded') && x.start < 1200)) console.log(`     @${cl.start} ${cl.measure}/${cl.unit} ${cl.value} "${cl.text}" subj="${cl.subject}"`);
    console.log(`     ${r.text.slice(0, 700).replace(/\s+/g, ' ')}`);
  }
}
console.log(`${misses} misses on ${kind}`);
