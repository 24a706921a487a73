// Median and range per configuration from results.jsonl (as written by run-all.sh).
//   node summarize.mjs results/results.jsonl
import fs from 'node:fs';
import { median, round } from './lib.mjs';

const rows = fs.readFileSync(process.argv[2] ?? 'results/results.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const groups = new Map();
const add = (key, metric, v) => {
  if (v == null || Number.isNaN(v)) return;
  const k = `${key} | ${metric}`;
  if (!groups.has(k)) groups.set(k, []);
  groups.get(k).push(v);
};
for (const r of rows) {
  const q = r.queue;
  if (r.mode === 'enqueue') {
    add(`${q} enqueue`, 'batch jobs/s', r.batch_per_s);
    add(`${q} enqueue`, 'one-by-one jobs/s', r.single_per_s);
    add(`${q} enqueue`, 'migrate ms', r.migrate_ms);
  } else if (r.mode === 'e2e') {
    const tag = r.queue === 'pg-boss' ? (r.opts.nudge ? ' nudge' : ' default-loop') + (r.opts.batchSize > 1 ? ` batch${r.opts.batchSize}` : '') : (r.opts.completeJobBatchDelay != null ? ` completeJobBatchDelay=${r.opts.completeJobBatchDelay}` : '') + (r.opts.localQueue ? ` localQueue=${r.opts.localQueue}` : '');
    const key = `${q}${tag} e2e ${r.handler} ${r.procs}p×c${r.concurrency}${r.n !== 10000 ? ` n=${r.n}` : ''}`;
    add(key, 'jobs/s', r.jobs_per_s);
    add(key, 'load1', Number(r.load1_start));
    if (r.per_proc_cpu_s?.every((x) => x != null)) add(key, 'worker CPU ms/job', (r.per_proc_cpu_s.reduce((s, x) => s + x, 0) * 1000) / r.n);
  } else if (r.mode === 'latency') {
    const key = `${q} latency${r.opts.pollingIntervalSeconds ? ` poll ${r.opts.pollingIntervalSeconds}s` : ''}`;
    add(key, 'p50 ms', r.p50_ms);
    add(key, 'p95 ms', r.p95_ms);
    add(key, 'max ms', r.max_ms);
  } else if (r.mode === 'crash') {
    const key = `${q} crash recover=${r.recover}`;
    add(key, 'picked up (1/0)', r.picked_up ? 1 : 0);
    add(key, 'pickup after kill s', r.pickup_after_kill_s);
  }
}
for (const [k, xs] of groups) {
  const fmt = (x) => round(x, x < 10 ? 2 : 1);
  console.log(`${k}: median ${fmt(median(xs))} (range ${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}, n=${xs.length})`);
}
