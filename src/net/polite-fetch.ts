import { message } from '../ingest/messages.js';
import type { Message } from '../types.js';
import type { FetchResult, SafeFetchOptions } from './fetch-types.js';
import type { HostScheduler } from './politeness.js';
import { createRobotsCheck, type RobotsCheck } from './robots.js';
import { safeFetch } from './safe-fetch.js';

export interface PoliteFetchOptions extends SafeFetchOptions {
  /** Spaces requests per host. Share one across many URLs; without it nothing is spaced. */
  readonly scheduler?: HostScheduler;
  /**
   * The robots.txt check. Share one across many URLs (it caches per origin); without it each call
   * makes its own. `false` skips robots.txt — only for a site that is yours.
   */
  readonly robots?: RobotsCheck | false;
}

/**
 * safeFetch with manners: robots.txt is checked before the first request (so a disallowed URL
 * never waits for its host's turn) and before every redirect hop; Crawl-delay raises the host's
 * spacing; the request waits for its host's turn. Redirect hops belong to the same visit and are
 * not spaced separately.
 */
export async function politeFetch(url: string, options: PoliteFetchOptions, accept: readonly string[]): Promise<FetchResult> {
  const { scheduler } = options;
  const robots = options.robots === false ? null : options.robots ?? createRobotsCheck({ fetchOptions: options });
  const consult = async (hop: string): Promise<Message | null> => {
    if (!robots) return null;
    const verdict = await robots.check(hop);
    if (!verdict.allowed) return verdict.message;
    if (verdict.crawlDelayMs !== null) scheduler?.setHostDelay(hop, verdict.crawlDelayMs);
    return null;
  };
  const refusal = await consult(url);
  if (refusal) return { kind: 'error', url, status: null, message: message('error', refusal.ruleId, url, refusal.reason) };
  const fetch = () => safeFetch(url, { ...options, accept, beforeRequest: consult });
  return scheduler ? scheduler.run(url, fetch) : fetch();
}
