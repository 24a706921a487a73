import type { Failure } from './failure.js';

/** The two timer calls fetching needs, injected so tests fire timeouts when they choose (no sleeping tests). */
export interface Timers {
  setTimeout(fire: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (fire, ms) => setTimeout(fire, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Waits for a promise unless the signal aborts first; then the abort reason (a Failure) wins.
 * For steps that take no signal themselves (dns.lookup, a robots.txt check).
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | Failure> {
  if (signal.aborted) return Promise.resolve(signal.reason as Failure);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(signal.reason as Failure);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
