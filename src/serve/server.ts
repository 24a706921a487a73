/**
 * Puts the app on a socket with @hono/node-server. `startServer` resolves once the port is bound,
 * with the URL to open; `close` stops taking connections, lets requests in flight finish (up to a
 * grace period), then cuts what is left open (an event stream a browser keeps alive).
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

export interface ServerOptions {
  readonly app: Pick<Hono, 'fetch'>;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** 0 picks any free port. Default 4173. */
  readonly port?: number;
  /** How long `close` waits for requests in flight before cutting them. Default 2000 ms. */
  readonly graceMs?: number;
}

export interface RunningServer {
  /** `http://127.0.0.1:4173`, with the port actually bound. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;

/** `http://HOST:PORT`, with an IPv6 address in brackets and the any-address shown as loopback-reachable. */
export function serverUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const graceMs = options.graceMs ?? 2000;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: options.app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info: AddressInfo) => {
      server.off('error', reject);
      let closing: Promise<void> | null = null;
      const close = () =>
        (closing ??= new Promise<void>((done) => {
          const http = server as import('node:http').Server;
          const cut = setTimeout(() => http.closeAllConnections?.(), graceMs);
          cut.unref();
          server.close(() => {
            clearTimeout(cut);
            done();
          });
          http.closeIdleConnections?.();
        }));
      resolve({ url: serverUrl(host, info.port), port: info.port, close });
    });
    server.once('error', reject);
  });
}
