// Usage: node crash.mjs sqlite|pglite PATH [ROUNDS=10]
// Kills crash-child.mjs with SIGKILL ROUNDS times (odd rounds: the parent at a random moment
// 0.5–3 s after the child opened; even rounds: the child itself, inside a transaction), then
// reopens the store and checks: integrity, no partial batch, no acknowledged batch lost.
import { spawn } from 'node:child_process';
import { open } from './open.mjs';
import { rng } from './synth.mjs';

const [engine, path, roundsArg] = process.argv.slice(2);
const ROUNDS = Number(roundsArg ?? 10);
const r = rng(99);
const results = [];
for (let round = 0; round < ROUNDS; round++) {
  const selfKill = round % 2 === 1;
  const child = spawn(process.execPath, ['crash-child.mjs', engine, path], { env: { ...process.env, SELF_KILL: selfKill ? '1' : '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let acknowledged = 0, openedAt = 0, opened = -1, out = '';
  const killedBy = selfKill ? 'self, mid-transaction' : 'parent, random time';
  const exit = new Promise((res) => child.on('exit', (code, signal) => res(signal ?? code)));
  child.stdout.on('data', (d) => {
    out += d;
    for (const line of out.split('\n').slice(0, -1)) {
      const [k, v] = line.split(' ');
      if (k === 'open' && opened < 0) {
        opened = Number(v); openedAt = Date.now();
        if (!selfKill) setTimeout(() => child.kill('SIGKILL'), 500 + r() * 2500);
      }
      if (k === 'commit') acknowledged = Math.max(acknowledged, Number(v));
    }
    out = out.slice(out.lastIndexOf('\n') + 1);
  });
  const signal = await exit;
  const ranMs = Date.now() - openedAt;
  const db = await open(engine, path);
  const t = performance.now();
  const counts = await db.counts();
  const integrity = await db.integrity();
  const checkMs = performance.now() - t;
  await db.close();
  const ok = counts.articles % 1000 === 0 && counts.links === counts.articles && counts.orphans === 0 && counts.articles >= acknowledged;
  results.push({ round, killedBy, signal, ranMs, openedWith: opened, acknowledged, after: counts, integrity, checkMs: Math.round(checkMs), ok });
  console.error(JSON.stringify(results.at(-1)));
}
console.log(JSON.stringify({ engine, rounds: ROUNDS, allOk: results.every((x) => x.ok), results }));
