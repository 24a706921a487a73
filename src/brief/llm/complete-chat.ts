import { DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT_MS } from './model.js';

/** Where and how to reach an OpenAI-compatible chat completions server. */
export interface LlmOptions {
  /** The server's base URL (`http://127.0.0.1:8080/v1`) or its full `…/chat/completions` URL. */
  readonly url: string;
  readonly model: string;
  /** Sent as `Authorization: Bearer <key>` when given. */
  readonly apiKey?: string;
  /** Injected so stages stay pure; defaults to `globalThis.fetch`. */
  readonly fetch?: typeof fetch;
  /** How long to wait for the whole answer (default 60 000 ms). */
  readonly timeoutMs?: number;
  /** The largest response body read (default 1 MB). */
  readonly maxResponseBytes?: number;
}

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** The model's answer, or why there is none. */
export type ChatResult = { readonly kind: 'reply'; readonly content: string } | { readonly kind: 'failure'; readonly reason: string };

/** `http://host/v1` → `http://host/v1/chat/completions`; a URL that already ends so is used as is. */
export function chatCompletionsUrl(url: string): string {
  const base = url.replace(/\/+$/, '');
  return /\/chat\/completions$/.test(base) ? base : `${base}/chat/completions`;
}

/** The URL without credentials, for messages. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url;
  }
}

async function readCapped(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) return void (await reader.cancel()), null;
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const snippet = (s: string) => JSON.stringify(s.length > 200 ? `${s.slice(0, 200)}…` : s);

/** Asks the server for one chat completion (`temperature: 0`) and returns the text of its first choice. */
export async function completeChat(messages: readonly ChatMessage[], options: LlmOptions): Promise<ChatResult> {
  const endpoint = chatCompletionsUrl(options.url);
  const shown = displayUrl(endpoint);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const fail = (reason: string): ChatResult => ({ kind: 'failure', reason });
  let body: string | null;
  try {
    const response = await (options.fetch ?? globalThis.fetch)(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
      body: JSON.stringify({ model: options.model, messages, temperature: 0 }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = Number(response.headers.get('content-length') ?? 0) > limit ? null : await readCapped(response, limit);
    if (body === null) return fail(`the response of ${shown} is larger than ${limit} bytes; expected a chat completion of a few kilobytes`);
    if (!response.ok) return fail(`${shown} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}, expected 200 with a chat completion; the body starts ${snippet(body)}. Check the URL (an OpenAI-compatible base such as http://127.0.0.1:8080/v1), the model name and the key (PARALLAX_LLM_KEY)`);
  } catch (error) {
    const e = error as Error;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return fail(`${shown} did not answer within ${timeoutMs / 1000} s; a slow local model may need a longer timeout`);
    return fail(`could not reach ${shown}: ${e.message}${e.cause instanceof Error ? ` (${e.cause.message})` : ''}; is the server running?`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return fail(`${shown} did not answer JSON; expected a chat completion ({"choices":[{"message":{"content":…}}]}), found ${snippet(body)}`);
  }
  const content = (parsed as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') return fail(`${shown} answered JSON without choices[0].message.content; expected a chat completion, found ${snippet(body)}`);
  return { kind: 'reply', content };
}
