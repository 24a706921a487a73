import type { IncomingMessage } from 'node:http';
import { decodeBody } from './decode-body.js';
import { failureMessage, isFailure, type Failure } from './failure.js';
import { DEFAULT_TYPES, FETCH_DEFAULTS, USER_AGENT } from './fetch-defaults.js';
import type { FetchedHeaders, FetchResult, SafeFetchOptions } from './fetch-types.js';
import { acceptsType, parseContentType } from './media-type.js';
import { nextHop } from './next-hop.js';
import { openRequest } from './open-request.js';
import { readBody } from './read-body.js';
import { abortable, realTimers } from './timers.js';
import { systemResolver, vetHost } from './vet-host.js';

export type { FetchResult, SafeFetchOptions } from './fetch-types.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function startUrl(input: string): URL | Failure {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ruleId: 'fetch/bad-url', reason: `"${input}" is not a URL; expected an absolute http:// or https:// address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ruleId: 'fetch/bad-url', reason: `the scheme ${url.protocol} is not fetched; expected an http:// or https:// address` };
  if (url.username || url.password) return { ruleId: 'fetch/bad-url', reason: 'the URL carries a user name or password; Parallax does not send credentials — remove them from the URL' };
  return url;
}

function requestHeaders(options: SafeFetchOptions, accept: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? USER_AGENT,
    accept: accept.join(', '),
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  return headers;
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function httpStatusFailure(status: number, url: URL): Failure {
  const hint = status === 404 || status === 410 ? 'the page does not exist (any more); check the URL'
    : status === 401 || status === 403 ? 'the site refuses access (login or paywall, or it blocks crawlers); save the page from a browser and pass the file'
    : status === 429 ? 'the site asks us to slow down; try again later'
    : status >= 500 ? 'the server failed; try again later'
    : 'expected 200 OK';
  return { ruleId: 'fetch/http-status', reason: `${url.href} answered HTTP ${status}; ${hint}` };
}

/**
 * Fetches one URL safely: http(s) only, every hop's addresses checked to be public and then
 * connected to directly (no second DNS answer), redirects followed by hand, timeouts on the
 * headers and on the whole fetch, a size cap, an accepted-type check, conditional GET, and the
 * body decoded to text. Problems come back as `{ kind: 'error' }`; it never throws for them.
 */
export async function safeFetch(input: string, options: SafeFetchOptions = {}): Promise<FetchResult> {
  const clock = options.clock ?? Date.now;
  const timers = options.timers ?? realTimers;
  const started = clock();
  const totalMs = options.totalTimeoutMs ?? FETCH_DEFAULTS.totalTimeoutMs;
  const controller = new AbortController();
  const total = timers.setTimeout(
    () => controller.abort({ ruleId: 'fetch/timeout', reason: `the fetch took longer than ${totalMs / 1000} s in total (redirects and body included); the server is too slow — try again later or raise the total timeout` } satisfies Failure),
    totalMs,
  );
  const cancel = () => controller.abort({ ruleId: 'fetch/aborted', reason: 'the fetch was cancelled before it finished' } satisfies Failure);
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const outcome = await fetchHops(input, options, controller.signal, clock, started);
    return isFailure(outcome.result) ? { kind: 'error', url: input, status: outcome.status, message: failureMessage(outcome.result, input) } : outcome.result;
  } finally {
    timers.clearTimeout(total);
    options.signal?.removeEventListener('abort', cancel);
  }
}

interface Landing {
  readonly input: string;
  readonly url: URL;
  readonly chain: readonly string[];
  readonly accept: readonly string[];
  readonly options: SafeFetchOptions;
  readonly clock: () => number;
  readonly started: number;
  readonly headersAt: number;
  readonly signal: AbortSignal;
}

/** The final (non-redirect) response: not modified, an HTTP error, a refused type, or the body read and decoded. */
async function finish(response: IncomingMessage, landing: Landing): Promise<FetchResult | Failure> {
  const { url, accept, options, started, headersAt } = landing;
  const status = response.statusCode ?? 0;
  const kept: FetchedHeaders = {
    etag: headerValue(response.headers.etag),
    lastModified: headerValue(response.headers['last-modified']),
    contentType: headerValue(response.headers['content-type']),
  };
  const timings = (end: number) => ({ startedAt: new Date(started).toISOString(), headersMs: headersAt - started, totalMs: end - started });
  const fetched = { url: landing.input, finalUrl: url.href, redirects: landing.chain.slice(0, -1), status, headers: kept };
  if (status === 304) {
    response.destroy();
    return { kind: 'not-modified', ...fetched, timings: timings(headersAt) };
  }
  if (status < 200 || status > 299) {
    response.destroy();
    return httpStatusFailure(status, url);
  }
  const { mediaType, charset } = parseContentType(kept.contentType ?? undefined);
  if (!acceptsType(accept, mediaType)) {
    response.destroy();
    const found = kept.contentType ? `"${kept.contentType}"` : 'no Content-Type';
    return { ruleId: 'fetch/content-type', reason: `${url.href} sent ${found}; expected one of ${accept.join(', ')} — this is not an HTML page or a feed` };
  }
  const bytes = await readBody(response, options.maxBytes ?? FETCH_DEFAULTS.maxBytes, landing.signal);
  if (isFailure(bytes)) return bytes;
  const body = decodeBody(bytes, charset);
  if (isFailure(body)) return body;
  return { kind: 'ok', ...fetched, timings: timings(landing.clock()), mediaType, body, bytes: bytes.length };
}

async function fetchHops(input: string, options: SafeFetchOptions, signal: AbortSignal, clock: () => number, started: number): Promise<{ result: FetchResult | Failure; status: number | null }> {
  const first = startUrl(input);
  if (isFailure(first)) return { result: first, status: null };
  const accept = options.accept ?? DEFAULT_TYPES;
  const headers = requestHeaders(options, accept);
  const policy = { maxRedirects: options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects, allowDowngrade: options.allowDowngrade ?? false };
  const chain: string[] = [first.href];
  let url = first;
  for (;;) {
    const addresses = await abortable(vetHost(url, options.resolver ?? systemResolver, options), signal);
    if (isFailure(addresses)) return { result: addresses, status: null };
    const refusal = options.beforeRequest ? await abortable(options.beforeRequest(url.href), signal) : null;
    if (refusal) return { result: { ruleId: refusal.ruleId, reason: refusal.reason }, status: null };
    const response = await openRequest({
      url, addresses, headers, signal,
      headersTimeoutMs: options.headersTimeoutMs ?? FETCH_DEFAULTS.headersTimeoutMs,
      timers: options.timers ?? realTimers,
      ...(options.ca ? { ca: options.ca } : {}),
    });
    if (isFailure(response)) return { result: response, status: null };
    const headersAt = clock();
    const status = response.statusCode ?? 0;
    if (REDIRECTS.has(status)) {
      response.destroy(); // a redirect's body is never read
      const next = nextHop(url, headerValue(response.headers.location) ?? undefined, chain, policy);
      if (isFailure(next)) return { result: next, status };
      chain.push(next.href);
      url = next;
      continue;
    }
    return { result: await finish(response, { input, url, chain, accept, options, clock, started, headersAt, signal }), status };
  }
}
