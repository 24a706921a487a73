/**
 * Helpers for the src/net tests only (no production code imports this file): servers on
 * 127.0.0.1, timers the test fires by hand, a clock the test moves.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Timers } from './timers.js';

/** What a test server saw of one request. */
export interface SeenRequest {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

export interface TestServer {
  /** `http://127.0.0.1:PORT` (or https://public.test:PORT for the TLS server). */
  readonly origin: string;
  readonly port: number;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, server: { origin: string }) => void;

async function listen(server: Server, scheme: 'http' | 'https', host: string, handler: Handler): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `${scheme}://${host}:${port}`;
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    requests.push({ path: request.url ?? '', headers: request.headers });
    handler(request, response, { origin });
  });
  return {
    origin,
    port,
    requests,
    close: () => {
      server.closeAllConnections(); // endless and never-answering handlers hold sockets open
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A node:http server on 127.0.0.1 with a random port. */
export function serve(handler: Handler): Promise<TestServer> {
  return listen(createServer(), 'http', '127.0.0.1', handler);
}

/**
 * A throwaway self-signed certificate for the name `public.test` (EC P-256), made for these tests
 * with openssl and valid 2000–2100 so no machine's clock finds it "not yet valid"; the key
 * protects nothing.
 */
export const TEST_TLS = {
  key: `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgsHoCsVaiqwivN4+u
VnT4n1JMmeYe8hZLHJXTji+OiGChRANCAARAelLczFLXs2Gkrbn8X974sVrAiUjY
K1FO85f5/xTPhpyYTk4l3fHk/XwWJolJOnkqwJ+zJiEK10OWrl+u9vpX
-----END PRIVATE KEY-----
`,
  cert: `-----BEGIN CERTIFICATE-----
MIIBZzCCAQ2gAwIBAgIBATAKBggqhkjOPQQDAjAWMRQwEgYDVQQDDAtwdWJsaWMu
dGVzdDAgFw0wMDAxMDEwMDAwMDBaGA8yMTAwMDEwMTAwMDAwMFowFjEUMBIGA1UE
AwwLcHVibGljLnRlc3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAARAelLczFLX
s2Gkrbn8X974sVrAiUjYK1FO85f5/xTPhpyYTk4l3fHk/XwWJolJOnkqwJ+zJiEK
10OWrl+u9vpXo0owSDAWBgNVHREEDzANggtwdWJsaWMudGVzdDAPBgNVHRMBAf8E
BTADAQH/MB0GA1UdDgQWBBSF5jjmyzva4EkbEFzgfELa4s6DHzAKBggqhkjOPQQD
AgNIADBFAiEAlDCjx06pTduvu2AJ4DxANUufqoFhas/FJTdvdNC2/4cCIHkikZD8
GupRCPj3jD+8KL3svqPNpcXe+jTurmKHezU/
-----END CERTIFICATE-----
`,
};

/** An https server on 127.0.0.1 presenting TEST_TLS; `servernames` records the SNI each connection sent. */
export async function serveTls(handler: Handler): Promise<TestServer & { servernames: (string | false)[] }> {
  const server = createTlsServer({ key: TEST_TLS.key, cert: TEST_TLS.cert });
  const servernames: (string | false)[] = [];
  server.on('secureConnection', (socket: { servername?: string | false }) => servernames.push(socket.servername ?? false));
  return { ...(await listen(server, 'https', 'public.test', handler)), servernames };
}

/** Timers that fire only when the test says so, so timeouts are tested without waiting. */
export function manualTimers(): Timers & { pending(): number[]; fire(ms: number): void } {
  let next = 0;
  const live = new Map<number, { fire: () => void; ms: number }>();
  return {
    setTimeout(fire, ms) {
      live.set(++next, { fire, ms });
      return next;
    },
    clearTimeout(handle) {
      live.delete(handle as number);
    },
    /** The durations of the timers still pending. */
    pending: () => [...live.values()].map((t) => t.ms),
    /** Fires every pending timer set for `ms`. */
    fire(ms) {
      for (const [id, timer] of [...live]) {
        if (timer.ms !== ms) continue;
        live.delete(id);
        timer.fire();
      }
    },
  };
}

/** A clock that stands still until advanced; `sleep` resolves when the clock passes its end. */
export function fakeClock(start = 0) {
  let now = start;
  const sleepers: { until: number; wake: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms: number) => new Promise<void>((wake) => {
      if (ms <= 0) return wake();
      sleepers.push({ until: now + ms, wake });
    }),
    /** Moves time forward and wakes the sleepers whose time has come, then lets their continuations run. */
    async advance(ms: number) {
      now += ms;
      for (const sleeper of sleepers.filter((s) => s.until <= now)) {
        sleepers.splice(sleepers.indexOf(sleeper), 1);
        sleeper.wake();
      }
      await settle();
    },
  };
}

/** Lets pending promise continuations and I/O callbacks run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
