// Child of crash.mjs: ingests batches of 1,000 in a loop, resuming after what is committed.
// Reports on fd 1 synchronously: "open N", "commit K". With SELF_KILL=1 it SIGKILLs itself
// inside the transaction of the batch after the first one (articles written, links not yet).
import { writeSync } from 'node:fs';
import { open } from './open.mjs';
import { makeBatch } from './synth.mjs';

const [engine, path] = process.argv.slice(2);
const selfKill = process.env.SELF_KILL === '1';
const db = await open(engine, path);
let from = (await db.counts()).articles;
writeSync(1, `open ${from}\n`);
const members = new Map();
for (let k = 0; ; k++, from += 1000) {
  const batch = makeBatch(from, 1000, members);
  const hook = selfKill && k === 1 ? () => process.kill(process.pid, 'SIGKILL') : undefined;
  await db.ingestBatch(batch, hook);
  writeSync(1, `commit ${from + 1000}\n`);
}
