import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Failure } from './failure.js';
import { pinnedLookup } from './pinned-lookup.js';
import type { Timers } from './timers.js';
import { bareHostname, type ResolvedAddress } from './vet-host.js';

/** One GET to one URL, connected to addresses that were already vetted. */
export interface HopRequest {
  readonly url: URL;
  readonly addresses: readonly ResolvedAddress[];
  readonly headers: Readonly<Record<string, string>>;
  readonly headersTimeoutMs: number;
  readonly timers: Timers;
  /** Aborts with a Failure as its reason (total timeout, caller cancel). */
  readonly signal: AbortSignal;
  /** Extra trusted CA certificates in PEM (a private CA of an intranet, a test certificate). */
  readonly ca?: string;
}

const TLS_CODES = /^(?:CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS_|ERR_SSL_)/;

/** A socket error, said in words a user can act on. */
export function networkFailure(error: NodeJS.ErrnoException, url: URL): Failure {
  const code = error.code ?? '';
  if (code === 'ECONNREFUSED') return { ruleId: 'fetch/network', reason: `${url.host} refused the connection (ECONNREFUSED); the server is down or the port is wrong` };
  if (TLS_CODES.test(code)) return { ruleId: 'fetch/tls', reason: `the TLS certificate of ${url.host} was not accepted (${code}: ${error.message}); the site's HTTPS is misconfigured or the connection is intercepted` };
  return { ruleId: 'fetch/network', reason: `the connection to ${url.host} failed (${code || error.message}); check the network and try again` };
}

/**
 * Sends the request and waits for the response headers, at most `headersTimeoutMs` (connect
 * included). The caller owns the returned response and must read or destroy it. No agent: each
 * request gets a fresh socket, so a pooled connection can never bypass the address check.
 */
export function openRequest(hop: HopRequest): Promise<IncomingMessage | Failure> {
  const { url, signal, timers } = hop;
  return new Promise((resolve) => {
    let settled = false;
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send({
      hostname: bareHostname(url),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: hop.headers,
      lookup: pinnedLookup(hop.addresses),
      agent: false,
      ...(hop.ca ? { ca: hop.ca } : {}),
    });
    const settle = (value: IncomingMessage | Failure) => {
      if (settled) return;
      settled = true;
      timers.clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const fail = (failure: Failure) => {
      settle(failure);
      request.destroy();
    };
    const seconds = hop.headersTimeoutMs / 1000;
    const timer = timers.setTimeout(
      () => fail({ ruleId: 'fetch/timeout', reason: `${url.host} sent no response headers within ${seconds} s; the server is down or overloaded — try again later or raise the headers timeout` }),
      hop.headersTimeoutMs,
    );
    const onAbort = () => fail(signal.reason as Failure);
    // Listeners stay for the request's life: a late socket error after the response must not go unhandled.
    request.on('error', (error) => settle(networkFailure(error, url)));
    request.on('response', (response) => settle(response));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    request.end();
  });
}
