/**
 * Security headers on every response. Pages send the policy of their layout (only the inline
 * style and script they carry may run, pinned by SHA-256: see src/web/csp.ts), which the server
 * repeats as a header with `frame-ancestors 'none'` (a meta tag cannot forbid framing). Everything
 * else — JSON, errors, redirects — gets a policy that allows nothing at all.
 */
import type { MiddlewareHandler } from 'hono';

/** What a response that is not a page may load: nothing; and no one may frame it. */
export const LOCKED_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** A page's policy as a header: its layout's policy, and no framing. */
export function pagePolicy(layoutPolicy: string): string {
  return `${layoutPolicy}; frame-ancestors 'none'`;
}

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', LOCKED_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('Referrer-Policy', 'no-referrer');
    headers.set('X-Frame-Options', 'DENY');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store');
  };
}
