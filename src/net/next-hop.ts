import type { Failure } from './failure.js';

export interface RedirectPolicy {
  readonly maxRedirects: number;
  /**
   * Follow https → http redirects. Off by default: nothing Parallax sends is secret, but a page
   * read over plain http can be altered in transit, and Parallax would then cite altered words
   * as the outlet's. A site that really downgrades can be allowed explicitly.
   */
  readonly allowDowngrade: boolean;
}

/** A URL without its fragment: `#top` never changes what the server sends. */
function withoutHash(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/**
 * Where a redirect leads, or why it is not followed: a Location that is no URL, a scheme other
 * than http(s), a downgrade, a loop, or one hop too many. `chain` is every URL fetched so far,
 * the first included. The new host's addresses are checked by the next hop like the first's.
 */
export function nextHop(from: URL, location: string | undefined, chain: readonly string[], policy: RedirectPolicy): URL | Failure {
  if (!location) return { ruleId: 'fetch/redirects', reason: `${from.href} answered with a redirect but no Location header; the server is misconfigured` };
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    return { ruleId: 'fetch/redirects', reason: `${from.href} redirects to "${location}", which is not a valid URL` };
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    return { ruleId: 'fetch/redirects', reason: `${from.href} redirects to ${next.protocol} (${next.href}); only http and https are followed` };
  }
  if (from.protocol === 'https:' && next.protocol === 'http:' && !policy.allowDowngrade) {
    return { ruleId: 'fetch/redirects', reason: `${from.href} redirects from https to plain http (${next.href}); not followed because the page could be altered in transit — pass allowDowngrade to follow it` };
  }
  const key = withoutHash(next);
  if (chain.some((seen) => withoutHash(new URL(seen)) === key)) {
    return { ruleId: 'fetch/redirects', reason: `redirect loop: ${[...chain, next.href].join(' → ')}; the site is misconfigured` };
  }
  if (chain.length > policy.maxRedirects) {
    return { ruleId: 'fetch/redirects', reason: `more than ${policy.maxRedirects} redirects (${[...chain, next.href].join(' → ')}); raise maxRedirects if the chain is genuine` };
  }
  return next;
}
