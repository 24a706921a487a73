/**
 * Metrics in the Prometheus text exposition format (version 0.0.4): counters and histograms kept in
 * the process, gauges read when scraped. Small on purpose: a registry, not a client library.
 */
export interface Labels { readonly [name: string]: string }

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (labels: Labels) => {
  const entries = Object.entries(labels);
  return entries.length ? `{${entries.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',')}}` : '';
};
const num = (n: number) => (Number.isFinite(n) ? String(n) : n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN');

interface Family { readonly help: string; readonly type: 'counter' | 'gauge' | 'histogram'; render(): string[] }

export function createMetrics() {
  const families = new Map<string, Family>();

  function counter(name: string, help: string) {
    const values = new Map<string, { labels: Labels; value: number }>();
    families.set(name, { help, type: 'counter', render: () => [...values.values()].map((v) => `${name}${labelText(v.labels)} ${num(v.value)}`) });
    return {
      inc(labels: Labels = {}, by = 1) {
        const key = labelText(labels);
        const entry = values.get(key) ?? { labels, value: 0 };
        entry.value += by;
        values.set(key, entry);
      },
    };
  }

  function histogram(name: string, help: string, buckets: readonly number[]) {
    const values = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
    families.set(name, {
      help,
      type: 'histogram',
      render: () =>
        [...values.values()].flatMap((v) => [
          ...buckets.map((b, i) => `${name}_bucket${labelText({ ...v.labels, le: num(b) })} ${v.counts[i]}`),
          `${name}_bucket${labelText({ ...v.labels, le: '+Inf' })} ${v.count}`,
          `${name}_sum${labelText(v.labels)} ${num(v.sum)}`,
          `${name}_count${labelText(v.labels)} ${v.count}`,
        ]),
    });
    return {
      observe(value: number, labels: Labels = {}) {
        const key = labelText(labels);
        const entry = values.get(key) ?? { labels, counts: buckets.map(() => 0), sum: 0, count: 0 };
        buckets.forEach((b, i) => value <= b && (entry.counts[i] = (entry.counts[i] as number) + 1));
        entry.sum += value;
        entry.count++;
        values.set(key, entry);
      },
    };
  }

  /** A gauge read at scrape time (e.g. the number of stored articles). */
  function gauge(name: string, help: string, read: () => Promise<readonly { labels?: Labels; value: number }[]> | readonly { labels?: Labels; value: number }[]) {
    let last: readonly { labels?: Labels; value: number }[] = [];
    families.set(name, { help, type: 'gauge', render: () => last.map((v) => `${name}${labelText(v.labels ?? {})} ${num(v.value)}`) });
    return { refresh: async () => void (last = await read()) };
  }

  const gauges: { refresh: () => Promise<void> }[] = [];
  return {
    counter,
    histogram,
    gauge(name: string, help: string, read: Parameters<typeof gauge>[2]) {
      const g = gauge(name, help, read);
      gauges.push(g);
      return g;
    },
    /** The exposition text, gauges read now. */
    async render(): Promise<string> {
      await Promise.all(gauges.map((g) => g.refresh()));
      const out: string[] = [];
      for (const [name, f] of families) out.push(`# HELP ${name} ${f.help}`, `# TYPE ${name} ${f.type}`, ...f.render());
      return `${out.join('\n')}\n`;
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
