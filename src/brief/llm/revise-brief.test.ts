import { afterEach, describe, expect, it } from 'vitest';
import { buildStory } from '../../stories/build-stories.js';
import type { Story } from '../../types.js';
import { reviseBrief } from './revise-brief.js';
import { completion, ferryArticles, sourceNumber, startChatStub, type StubAnswer, type StubRequest } from './testing.js';

const articles = ferryArticles();
const story = buildStory(articles, []);
const texts = new Map(articles.map((a) => [a.id, a.text]));
const stubs: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((s) => s.close()));
});

async function stub(answer: (r: StubRequest) => StubAnswer) {
  const s = await startChatStub(answer);
  stubs.push(s);
  return s;
}

/** The model's brief as the stub answers it: sentences citing the prompt's sources by a phrase each contains. */
const brief = (sentences: (r: StubRequest) => { text: string; cites: number[] }[]) => (r: StubRequest): StubAnswer => ({
  body: completion(`\`\`\`json\n${JSON.stringify({ sentences: sentences(r) })}\n\`\`\``),
});
const n = sourceNumber;
const SUPPORTED = (r: StubRequest) => [
  { text: 'A passenger ferry ran aground near Tarnby Harbour on Monday evening, the coastguard said.', cites: [n(r, 'A passenger ferry'), n(r, 'A ferry carrying')] },
  { text: 'The coastguard said 212 passengers were taken off by lifeboats; Oslen Lines said 190 were brought ashore.', cites: [n(r, '212 passengers'), n(r, '190 passengers')] },
  { text: 'Harbour master Emil Sorg said the sea had been calm.', cites: [n(r, 'the sea had been calm')] },
];

function expectCitesHold(result: Story['brief']) {
  for (const s of result.sentences) {
    expect(s.cites.length).toBeGreaterThan(0);
    for (const c of s.cites) expect(texts.get(c.article)?.slice(c.start, c.end)).toBe(c.text);
  }
}

describe('reviseBrief against a local OpenAI-compatible stub', () => {
  it('keeps the supported sentences, cited, with method llm', async () => {
    const server = await stub(brief(SUPPORTED));
    const { brief: result, messages } = await reviseBrief(story, { url: server.url, model: 'stub-model', apiKey: 'k-1', articles });
    expect(messages).toEqual([]);
    expect(result.method).toBe('llm');
    expect(result.sentences.map((s) => s.text)).toEqual(SUPPORTED(server.requests[0] as StubRequest).map((s) => s.text));
    expect(result.text).toBe(result.sentences.map((s) => s.text).join(' '));
    expectCitesHold(result);
    expect(result.sentences[1]?.cites.map((c) => c.article).sort()).toEqual(['courier', 'gazette']);
    const [request] = server.requests;
    expect(request?.url).toBe('/v1/chat/completions');
    expect(request?.authorization).toBe('Bearer k-1');
    expect(request?.body).toMatchObject({ model: 'stub-model', temperature: 0 });
  });

  it('drops a sentence with an invented number, name or no valid cite, saying so', async () => {
    const server = await stub(brief((r) => [
      ...SUPPORTED(r),
      { text: 'The coastguard said 250 passengers were rescued.', cites: [n(r, '212 passengers')] },
      { text: 'Harbour master Mara Quist said the ferry left its channel in thick fog.', cites: [n(r, 'thick fog')] },
      { text: 'The ferry was taken off the sandbank.', cites: [99] },
    ]));
    const { brief: result, messages } = await reviseBrief(story, { url: server.url, model: 'stub-model', articles });
    expect(result.method).toBe('llm');
    expect(result.sentences).toHaveLength(3);
    expectCitesHold(result);
    expect(messages).toHaveLength(3);
    for (const m of messages) {
      expect(m).toMatchObject({ severity: 'warning', ruleId: 'synthesize/llm-unsupported', source: server.url });
      expect(m).not.toHaveProperty('article');
    }
    expect(messages[0]?.reason).toMatch(/sentence "The coastguard said 250 passengers were rescued\." because .* do not contain the number "250"/);
    expect(messages[1]?.reason).toMatch(/sentence "Harbour master Mara Quist said .*" because .* do not contain the name "Mara Quist"/);
    expect(messages[2]?.reason).toMatch(/cites none of the sources/);
  });

  it('leaves out trailing sentences over the word cap', async () => {
    const server = await stub(brief(SUPPORTED));
    const { brief: result } = await reviseBrief(story, { url: server.url, model: 'stub-model', articles, briefWords: 32 }); // 14 + 17 words fit, the third sentence does not
    expect(result.sentences.map((s) => s.text)).toEqual(SUPPORTED(server.requests[0] as StubRequest).slice(0, 2).map((s) => s.text));
    expect(server.requests[0]?.body.messages[0]?.content).toMatch(/at most 32 words/);
  });

  it.each([
    ['a 500 response', (): StubAnswer => ({ status: 500, body: '{"error":"overloaded"}' }), /HTTP 500/],
    ['a garbage body', (): StubAnswer => ({ body: 'not json at all' }), /did not answer JSON/],
    ['a reply that is not the asked JSON', (): StubAnswer => ({ body: completion('The ferry ran aground.') }), /not JSON; expected JSON \{"sentences"/],
    ['no supported sentence', brief((r) => [{ text: 'Mara Quist said 250 people were rescued.', cites: [n(r, '212 passengers')] }]), /no sentence of the model's brief was supported/],
    ['a timeout', (): StubAnswer => ({ body: completion('{"sentences":[]}'), delayMs: 2000 }), /did not answer within 0.2 s/],
  ])('keeps the extractive brief with a warning on %s', async (_, answer, reason) => {
    const server = await stub(answer);
    const { brief: result, messages } = await reviseBrief(story, { url: server.url, model: 'stub-model', articles, timeoutMs: 200 });
    expect(result).toBe(story.brief);
    const failed = messages.filter((m) => m.ruleId === 'synthesize/llm-failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ severity: 'warning', source: server.url, reason: expect.stringMatching(reason) });
    expect(failed[0]?.reason).toMatch(/kept the extractive brief/);
  });

  it('reports an unreachable server as a warning, never a throw', async () => {
    const server = await stub(brief(SUPPORTED));
    await server.close();
    const { brief: result, messages } = await reviseBrief(story, { url: server.url, model: 'stub-model', articles });
    expect(result).toBe(story.brief);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'synthesize/llm-failed', reason: expect.stringMatching(/could not reach/) })]);
  });
});
