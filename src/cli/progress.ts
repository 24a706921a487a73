import type { CliIo } from './io.js';

/** Redraw at most this often: cheap on huge batches, still lively (chosen by eye). */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

/**
 * A progress line on stderr for long runs, drawn only when stderr is a terminal so logs and
 * pipes stay clean. The bar fills against the number of inputs when known, else it counts.
 */
export function createProgress(io: CliIo) {
  let total: number | undefined;
  let last = 0;
  let drawn = false;
  const started = Date.now();
  return {
    /** The number of inputs known so far (files found in directories). */
    planned(inputs: number) {
      total = inputs;
    },
    update(p: { articles: number; errors: number; inputs: number; source: string }) {
      if (!io.stderrIsTTY) return;
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      drawn = true;
      const rate = p.articles / Math.max((now - started) / 1000, 0.001);
      const share = total ? Math.min(1, p.inputs / total) : null;
      const bar = share === null ? '' : `[${'#'.repeat(Math.round(share * BAR_WIDTH)).padEnd(BAR_WIDTH)}] `;
      const source = p.source.length > 40 ? `…${p.source.slice(-39)}` : p.source;
      io.stderr(`\r\x1b[K${bar}${p.articles} articles, ${p.errors} errors, ${rate.toFixed(0)}/s  ${source}`);
    },
    /** Clears the line so a message can be printed; the next update draws it again. */
    done() {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
      last = 0;
    },
  };
}
