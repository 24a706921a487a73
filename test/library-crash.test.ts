import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { openLibrary } from '../src/library/library.js';
import { syntheticArticles, toRecord } from '../src/library/synthetic.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'parallax-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `parallax ingest --jsonl` as a child and kills it with SIGKILL once `killAfter` articles are acknowledged. */
function ingestUntilKilled(input: string, db: string, killAfter: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/cli-entry.ts', 'ingest', input, '--db', db, '--jsonl', '-q'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const acked: string[] = [];
    createInterface({ input: child.stdout }).on('line', (line) => {
      const r = JSON.parse(line) as { kind: string; id: string };
      if (r.kind === 'added') acked.push(r.id);
      if (acked.length === killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`ingest ended before it was killed (${acked.length} acknowledged)`))));
  });
}

describe('crash safety of the library (kill -9 during ingest)', () => {
  it('loses no acknowledged article, reopens, and a re-run completes without duplicates', { timeout: 240_000 }, async () => {
    const articles = syntheticArticles(250, 4, 11); // 1,000 invented articles
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, articles.map((a) => JSON.stringify(toRecord(a))).join('\n'));
    const db = join(dir, 'library');
    const acked = await ingestUntilKilled(input, db, 120);
    expect(acked).toHaveLength(120);

    const store = await openSqliteStore(db);
    for (const id of acked) expect(await store.getArticle(id), `acknowledged ${id}`).not.toBeNull();
    const stored = await store.countArticles();
    expect(stored).toBeGreaterThanOrEqual(120);
    // No article is outside a story, even if the kill came between placing and re-deriving.
    for (const a of await store.listArticles()) expect(await store.storiesOfArticle(a.id)).toHaveLength(1);
    await store.close();

    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: () => {}, stderrIsTTY: false, env: {} };
    expect(await main(['ingest', input, '--db', db, '-q'], io)).toBe(0);
    const [, added, already] = /(\d+) added, (\d+) already there/.exec(out) ?? [];
    expect(Number(added) + Number(already)).toBe(1000);
    expect(Number(already)).toBe(stored);

    const library = await openLibrary({ store: await openSqliteStore(db) });
    expect(await library.store.countArticles()).toBe(1000);
    const fps = await library.store.listFingerprints(0, 5000);
    expect(fps.map((f) => f.seq)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(await library.refresh()).toEqual([]); // nothing left stale
    const members = (await library.store.listStories()).flatMap((s) => s.story.articleIds);
    expect(members).toHaveLength(1000);
    expect(new Set(members).size).toBe(1000);
    await library.close();
  });
});
