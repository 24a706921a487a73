import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { echoDraft, FERRY_TEXTS, startChatStub } from '../brief/llm/testing.js';
import type { Report } from '../types.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

function capture(env: Record<string, string> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stderrIsTTY: false, env, out: () => out, err: () => err };
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-llm-'));
for (const [name, text] of Object.entries(FERRY_TEXTS)) writeFileSync(join(dir, `${name}.txt`), text);

describe('parallax analyze --llm', () => {
  const invented = { text: 'Harbour master Mara Quist said the ferry was new.', cites: [1] };
  let server: Awaited<ReturnType<typeof startChatStub>>;
  beforeAll(async () => {
    server = await startChatStub(echoDraft([invented]));
  });
  afterAll(async () => {
    await server.close();
  });

  it('asks the server for each brief, with the model and the key from PARALLAX_LLM_KEY', async () => {
    const io = capture({ PARALLAX_LLM_KEY: 'k-cli' });
    expect(await main(['analyze', dir, '--json', '--llm', server.url, '--llm-model', 'tiny'], io)).toBe(0);
    const report = JSON.parse(io.out()) as Report;
    expect(report.stories.length).toBeGreaterThan(0);
    for (const story of report.stories) expect(story.brief.method).toBe('llm');
    expect(server.requests.at(-1)).toMatchObject({ url: '/v1/chat/completions', authorization: 'Bearer k-cli', body: { model: 'tiny', temperature: 0 } });
    expect(report.messages).toContainEqual(expect.objectContaining({ ruleId: 'synthesize/llm-unsupported', reason: expect.stringContaining('Mara Quist') }));
    expect(io.err()).toMatch(/synthesize\/llm-unsupported/);
  });

  it('uses the default model and no key when none is given', async () => {
    const io = capture();
    expect(await main(['analyze', dir, '--json', '--llm', `${server.url}/chat/completions`], io)).toBe(0);
    expect(server.requests.at(-1)).toMatchObject({ url: '/v1/chat/completions', authorization: undefined, body: { model: 'gpt-4o-mini' } });
  });

  it('keeps the extractive brief and warns when the server is down; the run still succeeds', async () => {
    const down = await startChatStub(echoDraft());
    await down.close();
    const io = capture();
    expect(await main(['analyze', dir, '--json', '--llm', down.url], io)).toBe(0);
    const report = JSON.parse(io.out()) as Report;
    for (const story of report.stories) expect(story.brief.method).toBe('extractive');
    expect(io.err()).toMatch(/could not reach.*\[synthesize\/llm-failed\]/);
  });

  it.each([
    [['--llm', 'ftp://127.0.0.1/v1'], /--llm takes the http\(s\) URL of an OpenAI-compatible server.*found "ftp:\/\/127\.0\.0\.1\/v1"/],
    [['--llm', 'localhost:8080'], /--llm takes the http\(s\) URL/],
    [['--llm-model', 'tiny'], /--llm-model needs --llm URL/],
  ])('%j is a usage error', async (flags, pattern) => {
    const io = capture();
    expect(await main(['analyze', dir, ...flags], io)).toBe(2);
    expect(io.err()).toMatch(pattern);
  });

  it('documents the flags in the help', async () => {
    const io = capture();
    expect(await main(['analyze', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/--llm URL[\s\S]*OpenAI-compatible[\s\S]*llama\.cpp[\s\S]*PARALLAX_LLM_KEY[\s\S]*--llm-model NAME.*default gpt-4o-mini/);
  });
});
