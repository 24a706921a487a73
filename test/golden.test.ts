import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASES, caseDir, caseReport, goldenJson, portableMessages, STAGES, storiesOf } from './golden-cases.js';

// Golden files are reviewed machine output (regenerate with `npm run golden`), not human truth:
// they catch regressions stage by stage. Spans carry their text, so a diff reads as text.
for (const { name, input } of CASES) {
  describe(`golden: ${name}`, async () => {
    const report = await caseReport(input);
    const root = caseDir(name);
    const ids = existsSync(root) ? readdirSync(root).filter((f) => !f.endsWith('.json')).sort() : [];

    it('has the articles of the golden files', () => {
      expect(report.articles.map((a) => a.id).sort()).toEqual(ids);
    });

    for (const id of ids) {
      for (const [stage, cut] of Object.entries(STAGES)) {
        it(`${id}: ${stage}`, () => {
          const article = report.articles.find((a) => a.id === id);
          expect(goldenJson(article ? cut(article) : null)).toBe(readFileSync(new URL(`${id}/${stage}.json`, root), 'utf8'));
        });
      }
    }

    it('stories, storylines and twins', () => {
      expect(goldenJson(storiesOf(report))).toBe(readFileSync(new URL('stories.json', root), 'utf8'));
    });

    it('messages', () => {
      expect(goldenJson(portableMessages(report, input))).toBe(readFileSync(new URL('messages.json', root), 'utf8'));
    });
  });
}
