/** Spaces requests per host so Parallax never hammers one site, while other hosts proceed. */
export interface HostScheduler {
  /** Runs `task` when `url`'s host is free: at most `maxConcurrentPerHost` at once, starts spaced by the host's delay. */
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
  /** Raises one host's delay (robots.txt `Crawl-delay`); a value below the minimum is ignored. */
  setHostDelay(url: string, delayMs: number): void;
  /** The delay currently applied to a URL's host. */
  hostDelay(url: string): number;
}

export interface HostSchedulerOptions {
  /**
   * Minimum time between the starts of two requests to one host. 1 s: Scrapy's AutoThrottle and
   * most polite crawlers start there; a news site sees one reader, not a flood.
   */
  readonly minDelayMs?: number;
  /** Requests in flight per host. 1: a single reader, the politest setting. */
  readonly maxConcurrentPerHost?: number;
  /** Milliseconds, monotonic enough for spacing (Date.now by default). */
  readonly clock?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

interface HostState {
  active: number;
  readonly waiting: (() => void)[];
  /** Start of the latest request (reserved, possibly still in the future). */
  lastStartAt: number;
  delayMs: number;
}

/** The politeness key: the host name (ports share it: one machine serves them all). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createHostScheduler(options: HostSchedulerOptions = {}): HostScheduler {
  const minDelayMs = options.minDelayMs ?? 1000;
  const maxConcurrent = Math.max(1, options.maxConcurrentPerHost ?? 1);
  const clock = options.clock ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const hosts = new Map<string, HostState>();
  const stateOf = (url: string): HostState => {
    const key = hostOf(url);
    let state = hosts.get(key);
    if (!state) hosts.set(key, (state = { active: 0, waiting: [], lastStartAt: -Infinity, delayMs: minDelayMs }));
    return state;
  };
  const acquire = (state: HostState): Promise<void> | void => {
    if (state.active < maxConcurrent) {
      state.active++;
      return;
    }
    return new Promise((resolve) => state.waiting.push(resolve)); // the slot is handed over by release
  };
  const release = (state: HostState) => {
    const next = state.waiting.shift();
    if (next) next();
    else state.active--;
  };
  return {
    async run(url, task) {
      const state = stateOf(url);
      await acquire(state);
      try {
        // The start is reserved before sleeping, so concurrent slots of one host stay spaced too;
        // spacing from the last start (not a precomputed next start) applies a raised delay at once.
        const startAt = Math.max(clock(), state.lastStartAt + state.delayMs);
        state.lastStartAt = startAt;
        const wait = startAt - clock();
        if (wait > 0) await sleep(wait);
        return await task();
      } finally {
        release(state);
      }
    },
    setHostDelay(url, delayMs) {
      const state = stateOf(url);
      state.delayMs = Math.max(minDelayMs, delayMs);
    },
    hostDelay: (url) => stateOf(url).delayMs,
  };
}
