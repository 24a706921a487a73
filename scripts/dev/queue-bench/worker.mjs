// Child worker process, started by bench.mjs over IPC.
//   node worker.mjs <gw|boss> <db> <handler: cpu5|trivial|long> '<json opts>'
// Sends {type:'ready'} once started, {type:'started', payload} for every job when handler=long,
// and {type:'stats', ...} when asked with {type:'stats'}. Exits on {type:'stop'}.
import { busy, sleep, dbUrl } from './lib.mjs';

const [q, db, handlerName, optsJson = '{}'] = process.argv.slice(2);
const opts = JSON.parse(optsJson);
const adapter = await import(q === 'gw' ? './gw.mjs' : './boss.mjs');

let count = 0;
let first = null;
let last = null;
const handlers = {
  cpu5: () => busy(5),
  trivial: () => {},
  // Crash test: report the start, then run for a long time (the parent kills us meanwhile).
  long: async (payload) => {
    process.send({ type: 'started', payload, pid: process.pid, at: Date.now() });
    await sleep(opts.longMs ?? 60_000);
  },
};
const h = handlers[handlerName];
const handler = async (payload) => {
  const t = Date.now();
  if (first === null) first = t;
  await h(payload);
  count++;
  last = Date.now();
};

const w = await adapter.startWorker(dbUrl(db), handler, opts);
const cpu0 = process.cpuUsage();
process.on('message', async (m) => {
  if (m.type === 'stats') {
    const cpu = process.cpuUsage(cpu0); // whole process: queue library + handler
    process.send({ type: 'stats', count, first, last, pid: process.pid, cpu_s: (cpu.user + cpu.system) / 1e6 });
  }
  if (m.type === 'stop') {
    await w.stop();
    process.exit(0);
  }
});
process.send({ type: 'ready', pid: process.pid });
