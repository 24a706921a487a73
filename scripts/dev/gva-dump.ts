// Dumps each GVA incident's gold and its articles' counts as JSON Lines, for trying combination
// rules offline: `npx tsx scripts/dev/gva-dump.ts [dir] > /tmp/gva-counts.jsonl`.
import { annotateText } from '../../src/eval/pipeline.js';
import { articleCounts, articleText, incidentCounts, readGva, stated } from '../../src/eval/gva.js';

const { articles, incidents } = readGva(process.argv[2] ?? '../shared/data/gva-incidents');
const byIncident = new Map<string, typeof articles>();
for (const a of articles) byIncident.set(a.incident_id, [...(byIncident.get(a.incident_id) ?? []), a]);
for (const inc of incidents) {
  const texts = (byIncident.get(inc.incident_id) ?? []).map(articleText);
  if (!texts.length) continue;
  const arts = texts.map((text) => articleCounts(annotateText(text).claims, text));
  const statedK = inc.num_killed !== undefined && stated(texts, inc.num_killed);
  const statedI = inc.num_injured !== undefined && stated(texts, inc.num_injured);
  console.log(JSON.stringify({ id: inc.incident_id, killed: inc.num_killed, injured: inc.num_injured, statedK, statedI, found: incidentCounts(arts), arts }));
}
