// One measurement per call; prints one JSON line.
//   node bench.mjs enqueue <gw|boss> [--n=10000]
//   node bench.mjs e2e     <gw|boss> --handler=cpu5|trivial --procs=1|2 --concurrency=1|4 [--n=10000] [--opts=JSON]
//   node bench.mjs latency <gw|boss> [--n=200] [--gap=MIN,MAX ms] [--opts=JSON]
//   node bench.mjs crash   <gw|boss> [--timeout=120] [--recover=none|backdate|force] [--opts=JSON] [--queue=JSON]
// Database: --db=NAME (default qbench_gw / qbench_boss); it is created if missing, and the
// queue's schema is dropped and re-created at the start of every call.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { args, dbUrl, ensureDb, resetSchema, sleep, pct, median, load, round } from './lib.mjs';

const [mode, q] = process.argv.slice(2);
const a = args(process.argv.slice(4));
const db = a.db ?? (q === 'gw' ? 'qbench_gw' : 'qbench_boss');
const url = dbUrl(db);
const adapter = await import(q === 'gw' ? './gw.mjs' : './boss.mjs');
const opts = JSON.parse(a.opts ?? '{}');
const queueOpts = JSON.parse(a.queue ?? '{}');
const workerPath = fileURLToPath(new URL('./worker.mjs', import.meta.url));

await ensureDb(db);
await resetSchema(db, adapter.SCHEMA);

function spawnWorker(handler, o = opts) {
  const child = fork(workerPath, [q, db, handler, JSON.stringify(o)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiters = [];
  child.on('message', (m) => {
    for (const w of waiters.splice(0)) w(m);
  });
  // Next message of a given type (or null after timeoutMs).
  child.next = (type, timeoutMs = 60_000) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      const on = (m) => {
        if (m.type === type) {
          clearTimeout(timer);
          resolve(m);
        } else waiters.push(on);
      };
      waiters.push(on);
    });
  return child;
}

const out = { mode, queue: adapter.label, load1_start: load() };

if (mode === 'enqueue') {
  const n = Number(a.n ?? 10_000);
  const t0 = performance.now();
  let p = await adapter.open(url, { queue: queueOpts });
  out.migrate_ms = round(performance.now() - t0);
  const payloads = Array.from({ length: n }, (_, i) => ({ i, story: `s${i % 500}` }));
  let t = performance.now();
  await p.addBatch(payloads);
  out.batch_per_s = round(n / ((performance.now() - t) / 1000));
  out.check_batch = await p.remaining();
  await p.close();
  await resetSchema(db, adapter.SCHEMA);
  p = await adapter.open(url, { queue: queueOpts });
  t = performance.now();
  for (const pl of payloads) await p.addOne(pl);
  out.single_per_s = round(n / ((performance.now() - t) / 1000));
  out.check_single = await p.remaining();
  await p.close();
} else if (mode === 'e2e') {
  const n = Number(a.n ?? 10_000);
  const procs = Number(a.procs ?? 1);
  const o = { ...opts, concurrency: Number(a.concurrency ?? 1) };
  Object.assign(out, { handler: a.handler, procs, concurrency: o.concurrency, n, opts: o });
  const p = await adapter.open(url, { queue: queueOpts });
  const kids = Array.from({ length: procs }, () => spawnWorker(a.handler, o));
  await Promise.all(kids.map((k) => k.next('ready')));
  await sleep(1000); // let every worker reach its idle poll/listen state
  const payloads = Array.from({ length: n }, (_, i) => ({ i }));
  let t = performance.now();
  await p.addBatch(payloads);
  const t0 = performance.now();
  out.insert_ms = round(t0 - t);
  const deadline = t0 + Number(a.timeout ?? 900) * 1000;
  let rem;
  while ((rem = await p.remaining()) > 0 && performance.now() < deadline) await sleep(25);
  const t1 = performance.now();
  out.left = rem;
  out.seconds = round((t1 - t0) / 1000, 2);
  out.jobs_per_s = round((n - rem) / ((t1 - t0) / 1000));
  const stats = await Promise.all(kids.map((k) => (k.send({ type: 'stats' }), k.next('stats'))));
  out.per_proc = stats.map((s) => s.count);
  out.per_proc_cpu_s = stats.map((s) => round(s.cpu_s, 2)); // worker CPU (library + handler)
  await Promise.all(kids.map((k) => new Promise((r) => (k.on('exit', r), k.send({ type: 'stop' })))));
  await p.close();
} else if (mode === 'latency') {
  const n = Number(a.n ?? 200);
  // Gap between jobs, ms: at least as wide as the poll interval so arrivals fall at random phases.
  const gap = (a.gap ?? '50,250').split(',').map(Number);
  out.gap_ms = gap;
  const p = await adapter.open(url, { queue: queueOpts });
  let resolveStart;
  const lat = [];
  const w = await adapter.startWorker(url, async (payload) => {
    lat.push(performance.now() - payload.t);
    resolveStart();
  }, { ...opts, concurrency: 1 });
  await sleep(1000);
  for (let i = 0; i < n + 5; i++) {
    const started = new Promise((r) => (resolveStart = r));
    await p.addOne({ t: performance.now() });
    await started;
    await sleep(gap[0] + Math.random() * (gap[1] - gap[0])); // random gap: don't phase-lock to a poll timer
  }
  const xs = lat.slice(5); // 5 warm-up jobs
  Object.assign(out, {
    n: xs.length, opts,
    p50_ms: round(pct(xs, 50)), p95_ms: round(pct(xs, 95)), max_ms: round(Math.max(...xs)),
    min_ms: round(Math.min(...xs)), mean_ms: round(xs.reduce((s, x) => s + x, 0) / xs.length),
  });
  await w.stop();
  await p.close();
} else if (mode === 'crash') {
  // Worker A takes a long job and is SIGKILLed 1 s into it; worker B is idle and waiting.
  const timeout = Number(a.timeout ?? 120);
  const p = await adapter.open(url, { queue: queueOpts });
  const A = spawnWorker('long', opts);
  await A.next('ready');
  await p.addOne({ job: 'crash-me' }, JSON.parse(a.addopts ?? '{}'));
  const sA = await A.next('started', 30_000);
  const B = spawnWorker('long', { ...opts, longMs: 100 });
  await B.next('ready');
  const bStarted = B.next('started', (timeout + 60) * 1000);
  await sleep(Math.max(0, sA.at + 1000 - Date.now()));
  const tk = Date.now();
  A.kill('SIGKILL');
  out.opts = opts;
  out.queue_opts = queueOpts;
  out.recover = a.recover ?? 'none';
  if (q === 'gw' && out.recover !== 'none') {
    await sleep(1000);
    const locks = await p.lockedBy();
    out.locked_by_after_kill = locks.map((l) => l.locked_by);
    const tr = Date.now();
    if (out.recover === 'backdate') await p.backdateLocks('4 hours 1 second'); // as if 4 h had passed
    if (out.recover === 'force') await p.forceUnlock([...new Set(out.locked_by_after_kill)]);
    out.recover_started_after_kill_s = round((tr - tk) / 1000, 2);
  }
  const got = await Promise.race([bStarted, sleep(timeout * 1000).then(() => null)]);
  out.picked_up = !!got;
  out.pickup_after_kill_s = got ? round((got.at - tk) / 1000, 2) : null;
  out.timeout_s = timeout;
  if (!got && q === 'gw') out.locks_still_held = (await p.lockedBy()).length;
  B.kill('SIGTERM');
  B.kill('SIGKILL');
  await p.close();
} else {
  throw new Error(`unknown mode ${mode}`);
}
out.load1_end = load();
console.log(JSON.stringify(out));
process.exit(0);
