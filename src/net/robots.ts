import robotsModule from 'robots-parser';
import { message } from '../ingest/messages.js';
import type { Message } from '../types.js';
import { ROBOTS_FETCH, ROBOTS_TOKEN } from './fetch-defaults.js';
import type { SafeFetchOptions } from './fetch-types.js';
import { safeFetch } from './safe-fetch.js';

/** What robots.txt says about one URL. */
export type RobotsVerdict =
  | { readonly allowed: true; /** The site's Crawl-delay for us, capped, or null. */ readonly crawlDelayMs: number | null }
  | { readonly allowed: false; readonly message: Message };

export interface RobotsCheck {
  check(url: string): Promise<RobotsVerdict>;
}

export interface RobotsOptions {
  /** How robots.txt is fetched: address policy, resolver, timers (its accept list and size are fixed). */
  readonly fetchOptions?: SafeFetchOptions;
  readonly clock?: () => number;
  /** How long a fetched robots.txt is trusted. 1 h: Google caches up to 24 h; news sites change rules rarely, and an hour bounds the lag. */
  readonly ttlMs?: number;
  /** How long an unreadable robots.txt (5xx, unreachable) blocks its site before we ask again. 10 min: long enough not to hammer a failing server, short enough that a blip passes. */
  readonly errorTtlMs?: number;
}

/**
 * Largest Crawl-delay honoured. 60 s: a site asking one request a minute still gets it; a larger
 * value (some sites say 3600) would stall a watch run for hours, so it is capped, not obeyed.
 */
const MAX_CRAWL_DELAY_MS = 60_000;
const DEFAULT_TTL_MS = 3_600_000;
const DEFAULT_ERROR_TTL_MS = 600_000;

/** The part of robots-parser we use. */
interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getMatchingLineNumber(url: string, ua?: string): number;
  getCrawlDelay(ua?: string): number | undefined;
}

// robots-parser is CommonJS (`module.exports = function`) but its typings declare an ES default
// export, which NodeNext reads as `.default`; at run time the import itself is the function.
const robotsParser = robotsModule as unknown as (url: string, contents: string) => Robot;

type Rules =
  | { readonly kind: 'rules'; readonly robot: Robot }
  | { readonly kind: 'allow-all' }
  | { readonly kind: 'disallow-all'; readonly reason: string; /** Set when the page itself would fail the same way. */ readonly pageProblem: string | null };

/**
 * robots.txt failures that say nothing about robots: the page URL fails for the same reason, so
 * the caller is told that reason (e.g. `fetch/private-address`) instead of a robots message.
 */
const PAGE_PROBLEMS = new Set(['fetch/private-address', 'fetch/dns', 'fetch/bad-url', 'fetch/aborted']);

/** Reads robots.txt by RFC 9309: 4xx means no rules (allow all); 5xx or no answer means disallow all for now. */
async function fetchRules(origin: string, options: RobotsOptions): Promise<Rules> {
  const robotsUrl = `${origin}/robots.txt`;
  // Not spaced by the host scheduler: one fetch per origin per hour is negligible load, and a
  // redirect hop that needs another origin's robots.txt is checked while its host's slot is held —
  // waiting for a slot there could deadlock.
  const result = await safeFetch(robotsUrl, { ...options.fetchOptions, ...ROBOTS_FETCH, etag: null, lastModified: null, beforeRequest: undefined });
  // Parsed as the robots.txt of the origin asked, even when it was reached by redirect (RFC 9309 §2.3.1.2).
  if (result.kind === 'ok') return { kind: 'rules', robot: robotsParser(robotsUrl, result.body) };
  // 429 is "slow down", not "no rules": treated like a server error, as Google does.
  if (result.kind === 'error' && result.status !== null && result.status >= 400 && result.status < 500 && result.status !== 429) return { kind: 'allow-all' };
  if (result.kind === 'error') return { kind: 'disallow-all', reason: result.message.reason, pageProblem: PAGE_PROBLEMS.has(result.message.ruleId) ? result.message.ruleId : null };
  return { kind: 'disallow-all', reason: `unexpected HTTP ${result.status} answer`, pageProblem: null };
}

function verdict(rules: Rules, url: URL, origin: string): RobotsVerdict {
  if (rules.kind === 'allow-all') return { allowed: true, crawlDelayMs: null };
  if (rules.kind === 'disallow-all') {
    if (rules.pageProblem) return { allowed: false, message: message('error', rules.pageProblem, url.href, rules.reason) };
    const reason = `the robots.txt of ${origin} could not be read (${rules.reason}); RFC 9309 says to treat the whole site as disallowed until it can be — try again later`;
    return { allowed: false, message: message('error', 'fetch/robots', url.href, reason) };
  }
  if (rules.robot.isAllowed(url.href, ROBOTS_TOKEN) === false) {
    const line = rules.robot.getMatchingLineNumber(url.href, ROBOTS_TOKEN);
    const reason = `the robots.txt of ${origin} disallows ${ROBOTS_TOKEN} from ${url.pathname}${line > 0 ? ` (line ${line})` : ''}; Parallax respects robots.txt — save the page from a browser and pass the file instead`;
    return { allowed: false, message: message('error', 'fetch/robots', url.href, reason) };
  }
  const delay = rules.robot.getCrawlDelay(ROBOTS_TOKEN);
  return { allowed: true, crawlDelayMs: delay === undefined || !(delay > 0) ? null : Math.min(delay * 1000, MAX_CRAWL_DELAY_MS) };
}

/** A robots.txt check with a cache per origin (scheme, host, port); concurrent checks of one origin share one fetch. */
export function createRobotsCheck(options: RobotsOptions = {}): RobotsCheck {
  const clock = options.clock ?? options.fetchOptions?.clock ?? Date.now;
  const cache = new Map<string, { rules: Promise<Rules>; expiresAt: number }>();
  const load = (origin: string): Promise<Rules> => {
    const cached = cache.get(origin);
    if (cached && cached.expiresAt > clock()) return cached.rules;
    const entry = { rules: fetchRules(origin, options), expiresAt: Infinity };
    cache.set(origin, entry);
    void entry.rules.then((rules) => {
      // A fetch the caller cancelled says nothing about the site: forget it rather than block the origin.
      if (rules.kind === 'disallow-all' && rules.pageProblem === 'fetch/aborted') cache.delete(origin);
      entry.expiresAt = clock() + (rules.kind === 'disallow-all' ? options.errorTtlMs ?? DEFAULT_ERROR_TTL_MS : options.ttlMs ?? DEFAULT_TTL_MS);
    });
    return entry.rules;
  };
  return {
    async check(input) {
      let url: URL;
      try {
        url = new URL(input);
      } catch {
        return { allowed: false, message: message('error', 'fetch/bad-url', input, `"${input}" is not a URL; expected an absolute http:// or https:// address`) };
      }
      const rules = await load(url.origin);
      return verdict(rules, url, url.origin);
    },
  };
}
