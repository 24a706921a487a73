import { describe, expect, it } from 'vitest';
import { chatCompletionsUrl, completeChat, displayUrl } from './complete-chat.js';
import { completion } from './testing.js';

const ask = [{ role: 'user', content: 'Say hi.' }] as const;
/** A fetch that answers every request with `body` and `status`, keeping what it was asked. */
function fakeFetch(body: string, status = 200, headers: Record<string, string> = {}) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => (calls.push({ url, init }), new Response(body, { status, headers }))) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('chatCompletionsUrl', () => {
  it.each([
    ['http://127.0.0.1:8080/v1', 'http://127.0.0.1:8080/v1/chat/completions'],
    ['http://127.0.0.1:8080/v1/', 'http://127.0.0.1:8080/v1/chat/completions'],
    ['https://api.example.test/v1/chat/completions', 'https://api.example.test/v1/chat/completions'],
  ])('%s → %s', (url, endpoint) => expect(chatCompletionsUrl(url)).toBe(endpoint));

  it('leaves credentials out of what messages show', () => {
    expect(displayUrl('http://user:secret@127.0.0.1:8080/v1')).toBe('http://127.0.0.1:8080/v1');
  });
});

describe('completeChat', () => {
  it('posts the model, the messages and temperature 0, with the key as a bearer token', async () => {
    const { fetch, calls } = fakeFetch(completion('hi'));
    expect(await completeChat(ask, { url: 'http://127.0.0.1:9/v1', model: 'tiny', apiKey: 'k-123', fetch })).toEqual({ kind: 'reply', content: 'hi' });
    expect(calls[0]?.url).toBe('http://127.0.0.1:9/v1/chat/completions');
    expect(calls[0]?.init.method).toBe('POST');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ model: 'tiny', messages: ask, temperature: 0 });
    expect((calls[0]?.init.headers as Record<string, string>).authorization).toBe('Bearer k-123');
  });

  it('sends no authorization header without a key', async () => {
    const { fetch, calls } = fakeFetch(completion('hi'));
    await completeChat(ask, { url: 'http://127.0.0.1:9/v1', model: 'tiny', fetch });
    expect(calls[0]?.init.headers).not.toHaveProperty('authorization');
  });

  it.each([
    ['an HTTP error', fakeFetch('{"error":"model not found"}', 404), /answered HTTP 404.*expected 200.*model not found/],
    ['a body that is not JSON', fakeFetch('<html>gateway</html>'), /did not answer JSON.*<html>gateway/],
    ['JSON that is not a chat completion', fakeFetch('{"result":"hi"}'), /without choices\[0\]\.message\.content/],
    ['a body over the cap', fakeFetch(completion('x'.repeat(5000))), /larger than 1000 bytes/],
    ['a declared length over the cap', fakeFetch(completion('hi'), 200, { 'content-length': '999999' }), /larger than 1000 bytes/],
  ])('fails with a reason on %s', async (_, { fetch }, reason) => {
    const result = await completeChat(ask, { url: 'http://127.0.0.1:9/v1', model: 'tiny', fetch, maxResponseBytes: 1000 });
    expect(result.kind).toBe('failure');
    expect(result.kind === 'failure' && result.reason).toMatch(reason);
  });

  it('fails with a reason when the server cannot be reached', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    }) as unknown as typeof globalThis.fetch;
    const result = await completeChat(ask, { url: 'http://127.0.0.1:9/v1', model: 'tiny', fetch });
    expect(result).toEqual({ kind: 'failure', reason: expect.stringMatching(/could not reach .*ECONNREFUSED.*is the server running/) });
  });

  it('gives up after the timeout', async () => {
    const fetch = ((_: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as unknown as typeof globalThis.fetch;
    const result = await completeChat(ask, { url: 'http://127.0.0.1:9/v1', model: 'tiny', fetch, timeoutMs: 50 });
    expect(result).toEqual({ kind: 'failure', reason: expect.stringMatching(/did not answer within 0.05 s/) });
  });
});
