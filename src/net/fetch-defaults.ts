import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

/** The product token robots.txt groups are matched against (`User-agent: Parallax`). */
export const ROBOTS_TOKEN = 'Parallax';

/** Names the tool and its version so site operators can tell who is calling and write robots rules for it. */
export const USER_AGENT = `${ROBOTS_TOKEN}/${version} (news comparison; honours robots.txt)`;

const MB = 1024 * 1024;

/** The limits of one fetch; every value can be changed per call. */
export const FETCH_DEFAULTS = {
  /**
   * Connect + response headers. 10 s: a news server that has not started answering by then is
   * down or tarpitting; browsers wait longer, but a crawler with a queue should move on.
   */
  headersTimeoutMs: 10_000,
  /** The whole fetch, redirects and body included. 30 s: a 5 MB page over a slow 2 Mbit/s link takes ~20 s. */
  totalTimeoutMs: 30_000,
  /** Largest body accepted (after decompression). Real article pages are 50 KB–2 MB; 5 MB leaves room for inline-heavy pages. */
  maxBytes: 5 * MB,
  /** Redirects followed. Browsers allow 20; news sites use 1–3 (http→https, www, tracking hop); 5 is RFC 9309's minimum for robots.txt. */
  maxRedirects: 5,
} as const;

/** Media types of pages that can become an article. */
export const PAGE_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml', 'text/plain'];

/** Media types feeds are served as in practice (text/xml and application/xml for many RSS feeds). */
export const FEED_TYPES: readonly string[] = [
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
];

/** Everything safeFetch accepts unless told otherwise. */
export const DEFAULT_TYPES: readonly string[] = [...PAGE_TYPES, ...FEED_TYPES];

/** robots.txt: any type (servers label it oddly; RFC 9309 only cares about the bytes), at most 500 KiB (the RFC's minimum to parse). */
export const ROBOTS_FETCH = { accept: ['*/*'], maxBytes: 500 * 1024 } as const;
