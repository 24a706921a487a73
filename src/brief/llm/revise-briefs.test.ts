import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze.js';
import { echoDraft, startChatStub } from './testing.js';

describe('analyze with an LLM brief', () => {
  it('rewrites every story through the stub, keeps only cited, supported sentences and reports the rest', async () => {
    const invented = { text: 'The council said 9,999 people left the city.', cites: [1] };
    const server = await startChatStub(echoDraft([invented]));
    try {
      const report = await analyze(['examples'], { llm: { url: server.url, model: 'stub-model' } });
      const texts = new Map(report.articles.map((a) => [a.id, a.text]));
      expect(server.requests).toHaveLength(report.stories.length);
      for (const story of report.stories) {
        expect(story.brief.method).toBe('llm');
        expect(story.brief.sentences.map((s) => s.text)).not.toContain(invented.text);
        for (const c of story.brief.sentences.flatMap((s) => s.cites)) {
          expect(story.articleIds).toContain(c.article);
          expect(texts.get(c.article)?.slice(c.start, c.end)).toBe(c.text);
        }
      }
      const dropped = report.messages.filter((m) => m.ruleId === 'synthesize/llm-unsupported' && m.reason.includes(invented.text));
      expect(dropped).toHaveLength(report.stories.length);
      expect(dropped[0]?.reason).toMatch(/do not contain the number "9,999"/);
      expect(report.messages.filter((m) => m.ruleId === 'synthesize/llm-failed')).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('leaves the extractive brief alone without the option', async () => {
    const report = await analyze(['examples']);
    expect(report.stories.every((s) => s.brief.method === 'extractive')).toBe(true);
    expect(report.messages.some((m) => m.ruleId.startsWith('synthesize/llm'))).toBe(false);
  });
});
