import { extractHtml } from '../extract/html/index.js';
import { readabilityBaseline } from './readability-baseline.js';

/** Pages per second of one extractor over all pages, each parsed fresh: by wall clock and by this process's CPU time. */
function time(pages: readonly string[], run: (html: string) => unknown): { wall: number; cpu: number } {
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const html of pages) run(html);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { wall: seconds > 0 ? pages.length / seconds : Infinity, cpu: cpuSeconds > 0 ? pages.length / cpuSeconds : Infinity };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Times `extractHtml` against plain Readability on linkedom over the same pages in the same run
 * (one untimed warm-up pass each, so JIT and module loading do not count against the first one).
 * The two alternate over `rounds` rounds and each reports its median, so a burst of load on a
 * shared machine hits both alike; CPU-time pages/s is given too, as it moves less under load.
 */
export async function benchHtml(pages: string[], rounds = 3): Promise<{ method: string; pagesPerSecond: number; cpuPagesPerSecond: number }[]> {
  const methods: [string, (html: string) => unknown][] = [
    ['parallax extractHtml', (html) => extractHtml(html)],
    ['readability.js on linkedom', readabilityBaseline],
  ];
  const warm = pages.slice(0, 3);
  for (const [, run] of methods) time(warm, run);
  const runs = methods.map(() => [] as { wall: number; cpu: number }[]);
  for (let round = 0; round < rounds; round++) methods.forEach(([, run], i) => runs[i]!.push(time(pages, run)));
  return methods.map(([method], i) => ({
    method,
    pagesPerSecond: median(runs[i]!.map((r) => r.wall)),
    cpuPagesPerSecond: median(runs[i]!.map((r) => r.cpu)),
  }));
}
