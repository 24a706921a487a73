/**
 * `npm run golden`: rewrites test/golden/<case>/<article>/<stage>.json and messages.json from the
 * current code. Review the diff like code: a changed golden file is a changed behaviour.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { CASES, caseDir, caseReport, goldenJson, portableMessages, STAGES, storiesOf } from '../test/golden-cases.js';

for (const { name, input } of CASES) {
  const report = await caseReport(input);
  const root = caseDir(name);
  rmSync(root, { recursive: true, force: true });
  for (const article of report.articles) {
    const dir = new URL(`${article.id}/`, root);
    mkdirSync(dir, { recursive: true });
    for (const [stage, cut] of Object.entries(STAGES)) writeFileSync(new URL(`${stage}.json`, dir), goldenJson(cut(article)));
  }
  mkdirSync(root, { recursive: true });
  writeFileSync(new URL('messages.json', root), goldenJson(portableMessages(report, input)));
  writeFileSync(new URL('stories.json', root), goldenJson(storiesOf(report)));
  console.log(`${name}: golden files for ${report.articles.length} articles, ${report.messages.length} messages`);
}
