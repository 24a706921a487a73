import type { Message } from '../types.js';
import type { Timers } from './timers.js';
import type { AddressPolicy, Resolver } from './vet-host.js';

/** Response headers a caller keeps (conditional GET, format detection). */
export interface FetchedHeaders {
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentType: string | null;
}

export interface FetchTimings {
  /** When the fetch began (ISO). */
  readonly startedAt: string;
  /** Milliseconds from the start until the final response's headers arrived. */
  readonly headersMs: number;
  /** Milliseconds from the start until the body was read. */
  readonly totalMs: number;
}

interface Fetched {
  /** The URL as the caller gave it. */
  readonly url: string;
  /** The URL the content came from, after redirects. */
  readonly finalUrl: string;
  /** Every URL that redirected, in order (empty when there was no redirect). */
  readonly redirects: readonly string[];
  readonly status: number;
  readonly headers: FetchedHeaders;
  readonly timings: FetchTimings;
}

/** What safeFetch returns. It never throws for network problems: they are `error` results. */
export type FetchResult =
  | (Fetched & {
      readonly kind: 'ok';
      /** Lower-case media type of the body (`text/html`), or null when the server did not say and any type was accepted. */
      readonly mediaType: string | null;
      readonly body: string;
      /** Decoded (decompressed) body size in bytes. */
      readonly bytes: number;
    })
  | (Fetched & { readonly kind: 'not-modified' })
  | {
      readonly kind: 'error';
      readonly url: string;
      /** The HTTP status when the server answered with one (robots.txt rules depend on 4xx vs 5xx), else null. */
      readonly status: number | null;
      readonly message: Message;
    };

export interface SafeFetchOptions extends AddressPolicy {
  readonly resolver?: Resolver;
  readonly maxRedirects?: number;
  /** Follow https → http redirects (refused by default; see next-hop.ts). */
  readonly allowDowngrade?: boolean;
  readonly headersTimeoutMs?: number;
  readonly totalTimeoutMs?: number;
  readonly maxBytes?: number;
  /** Accepted media types (`*\/*` for any); default: pages and feeds (fetch-defaults.ts). */
  readonly accept?: readonly string[];
  /** Conditional GET: the ETag of the copy the caller has. */
  readonly etag?: string | null;
  /** Conditional GET: the Last-Modified of the copy the caller has. */
  readonly lastModified?: string | null;
  readonly userAgent?: string;
  /** Extra trusted CA certificates in PEM, for a private CA. */
  readonly ca?: string;
  /** Called before every request (the first and each redirect); a message stops the fetch. Used for robots.txt. */
  readonly beforeRequest?: (url: string) => Promise<Message | null>;
  readonly timers?: Timers;
  /** Milliseconds since the epoch, for timings (Date.now by default). */
  readonly clock?: () => number;
  /** Cancels the fetch (it then ends with `fetch/aborted`). */
  readonly signal?: AbortSignal;
}
