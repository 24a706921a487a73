import { extractHtml } from '../extract/html/index.js';
import { readabilityBaseline } from './readability-baseline.js';

/** Pages per second of one extractor over all pages, each parsed fresh. */
function time(pages: readonly string[], run: (html: string) => unknown): number {
  const start = process.hrtime.bigint();
  for (const html of pages) run(html);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return seconds > 0 ? pages.length / seconds : Infinity;
}

/**
 * Times `extractHtml` against plain Readability on linkedom over the same pages in the same run
 * (one untimed warm-up pass each, so JIT and module loading do not count against the first one).
 */
export async function benchHtml(pages: string[]): Promise<{ method: string; pagesPerSecond: number }[]> {
  const warm = pages.slice(0, 3);
  time(warm, (html) => extractHtml(html));
  time(warm, readabilityBaseline);
  return [
    { method: 'parallax extractHtml', pagesPerSecond: time(pages, (html) => extractHtml(html)) },
    { method: 'readability.js on linkedom', pagesPerSecond: time(pages, readabilityBaseline) },
  ];
}
