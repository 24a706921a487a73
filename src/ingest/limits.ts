/** Limits on what ingest reads; all can be changed by the caller. */
export interface IngestLimits {
  /** Largest input read, in bytes (after gunzip). Chosen well above real saved pages (a few MB) and below what a 2-core box parses in seconds. */
  readonly maxBytes: number;
  /** Most files taken from one directory tree, so a mistaken `parallax extract /` ends with a clear error. */
  readonly maxFiles: number;
}

export const DEFAULT_LIMITS: IngestLimits = { maxBytes: 64 * 1024 * 1024, maxFiles: 100_000 };
