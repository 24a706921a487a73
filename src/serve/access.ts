/**
 * Who may use the server.
 *
 * - **Token** (optional, `--token` / PARALLAX_TOKEN): every route but `/healthz` and `/favicon.ico`
 *   needs it. Programs send `Authorization: Bearer T`. Browsers cannot add a header to a link, so
 *   visiting any page with `?token=T` once sets an HttpOnly, SameSite=Strict cookie and redirects to
 *   the same page without the token (it stays out of history, bookmarks and the Referer); the
 *   pages' own scripts then call the API with the cookie. HttpOnly keeps the token from scripts;
 *   SameSite=Strict keeps other sites from riding on it.
 * - **Writes from other sites** are refused whatever the token: a POST whose `Origin` (or
 *   `Sec-Fetch-Site`) says it comes from another site gets 403, so a page on the web cannot add
 *   articles to a library served on localhost.
 * - **Host names** (optional): a server bound to loopback answers only requests addressed to a
 *   loopback name, which stops DNS-rebinding pages from reading the library through the victim's browser.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { problem } from './problem.js';

export const TOKEN_COOKIE = 'parallax_token';

/** Routes anyone may read: liveness, and the (empty) icon browsers ask for. Neither holds library data. */
const OPEN = /^\/(?:healthz|favicon\.ico)$/;

const digest = (s: string) => createHash('sha256').update(s).digest();
/** Compares in constant time (on digests, so lengths do not leak either). */
export function sameToken(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

export interface AccessOptions {
  readonly token?: string;
  readonly allowedHosts?: readonly string[];
  /** Renders the HTML page shown to a browser without the token. */
  readonly denyPage: (c: Context, status: 401 | 403, message: string) => Response | Promise<Response>;
}

function hostname(host: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  return (bracketed ? bracketed[1]! : host.replace(/:\d+$/, '')).toLowerCase();
}

export function access(options: AccessOptions): MiddlewareHandler {
  const { token, allowedHosts } = options;
  const allowed = allowedHosts ? new Set(allowedHosts.map((h) => h.toLowerCase())) : null;
  const deny = (c: Context, status: 401 | 403, message: string) => {
    if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="parallax"');
    return isApi(c.req.path) ? problem(c, status, message) : options.denyPage(c, status, message);
  };

  return async (c, next) => {
    const host = c.req.header('host');
    if (allowed && host && !allowed.has(hostname(host))) {
      return deny(c, 403, `this server answers only requests addressed to ${[...allowed].join(', ')}; found Host "${host}"`);
    }
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && crossSite(c)) {
      return deny(c, 403, 'writes must come from this server\'s own pages; this request came from another site');
    }
    if (!token || OPEN.test(c.req.path)) return next();

    const queryToken = c.req.query('token');
    if (queryToken !== undefined && !isApi(c.req.path) && c.req.method === 'GET') {
      if (!sameToken(queryToken, token)) return deny(c, 401, 'the token in the address is wrong; open the address that parallax serve printed');
      setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: new URL(c.req.url).protocol === 'https:' });
      const url = new URL(c.req.url);
      url.searchParams.delete('token');
      return c.redirect(`${url.pathname}${url.search}`, 303);
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    const presented = bearer ?? getCookie(c, TOKEN_COOKIE);
    if (presented === undefined) {
      return deny(c, 401, isApi(c.req.path) ? 'this server needs a token: send "Authorization: Bearer <token>"' : 'this server needs a token: open the address that parallax serve printed (it ends in ?token=…)');
    }
    if (!sameToken(presented, token)) return deny(c, 401, bearer !== undefined ? 'the bearer token is wrong' : 'the token cookie is out of date; open the address that parallax serve printed (it ends in ?token=…)');
    return next();
  };
}

/** A request a browser says comes from another site (`Origin` of another host, or `Sec-Fetch-Site: cross-site`). */
function crossSite(c: Context): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = c.req.header('origin');
  if (!origin) return false;
  if (origin === 'null') return true;
  const host = c.req.header('host');
  try {
    return !host || new URL(origin).host.toLowerCase() !== host.toLowerCase();
  } catch {
    return true;
  }
}
