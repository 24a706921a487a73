import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { storeContract } from './contract.js';
import { createMemoryStore } from './memory-store.js';
import { SCHEMA_VERSION } from './sqlite-migrations.js';
import { articleWords, DATABASE_FILE, ftsToken, openSqliteStore } from './sqlite-store.js';
import type { Page, Store } from './store.js';
import { testArticle, testStory } from './testing.js';

storeContract('sqlite', (path) => openSqliteStore(path), { persistent: true });

const AT = '2031-03-20T08:00:00.000Z';
// Invented: a ferry strike in the port town of Ostrel.
const ferry = testArticle({ id: 'f1', outlet: 'Ostrel Gazette', url: 'https://gazette.example/ferry', text: 'Ferry crews in Ostrel walked out at dawn. "We sail when the pay is fair," said Marit Vell.', quotes: [{ text: 'We sail when the pay is fair', speaker: 'Marit Vell' }] });
const numbered = (i: number) => testArticle({ id: `n${i}`, outlet: 'Ostrel Gazette', text: `Notice number ${i} about the harbour.` });

describe('sqlite store', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const freshDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-sqlite-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  };
  const open = async (dir: string) => {
    const store = await openSqliteStore(dir);
    cleanups.push(() => store.close());
    return store;
  };
  /** Resolves when `f` is called: what a test awaits instead of a delay. */
  const signal = () => {
    let fire!: () => void;
    const fired = new Promise<void>((resolve) => (fire = resolve));
    return { fire, fired };
  };
  /** A few timer turns: the chance a broken lock would take to let a second transaction in. A correct store passes however long this is. */
  const someTurns = () => new Promise((resolve) => setTimeout(resolve, 50));

  describe('files', () => {
    it('keeps library.sqlite inside the directory, creating missing directories, at the current schema version', async () => {
      const dir = join(await freshDir(), 'nested', '.parallax');
      const store = await open(dir);
      await store.putArticle(ferry, AT);
      await store.close();
      expect(statSync(join(dir, DATABASE_FILE)).isFile()).toBe(true);
      const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare('SELECT id FROM articles').pluck().all()).toEqual(['f1']);
      db.close();
    });

    it('refuses a path that is a regular file, saying a directory is expected', async () => {
      const file = join(await freshDir(), 'library.txt');
      await writeFile(file, 'not a directory');
      await expect(openSqliteStore(file)).rejects.toThrow(/Cannot open the library at .*library\.txt: expected a directory .* found a file/);
      await expect(openSqliteStore(join(file, 'inside'))).rejects.toThrow(/Cannot open the library at .*: expected a directory that exists or can be created, found ENOTDIR/);
    });

    it('refuses a library.sqlite that is not a database, and a library from a newer Parallax', async () => {
      const garbage = await freshDir();
      await writeFile(join(garbage, DATABASE_FILE), 'x'.repeat(4096));
      await expect(openSqliteStore(garbage)).rejects.toThrow(/expected library\.sqlite to be a SQLite database, found something else/);
      const newer = await freshDir();
      const db = new Database(join(newer, DATABASE_FILE));
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      db.close();
      await expect(openSqliteStore(newer)).rejects.toThrow(new RegExp(`expected schema version ${SCHEMA_VERSION} or older, found ${SCHEMA_VERSION + 1}.*Upgrade Parallax`));
    });
  });

  describe('two connections to one library', () => {
    it('two stores on one directory run their transactions one at a time, and read committed data meanwhile', async () => {
      const dir = await freshDir();
      const [a, b] = [await open(dir), await open(dir)];
      const events: string[] = [];
      const inA = signal();
      const gate = signal();
      const bump = (store: Store, name: string, wait?: Promise<void>) => store.transaction(async (tx) => {
        events.push(`${name} start`);
        const n = ((await tx.getMeta('counter')) as number | null) ?? 0;
        inA.fire();
        await wait;
        await tx.setMeta('counter', n + 1);
        events.push(`${name} end`);
      });
      const first = bump(a, 'a', gate.fired);
      await inA.fired;
      const second = bump(b, 'b');
      await someTurns();
      expect(events).toEqual(['a start']);
      expect(await b.getMeta('counter')).toBeNull(); // answered at once, from committed data
      gate.fire();
      await Promise.all([first, second]);
      expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
      expect(await a.getMeta('counter')).toBe(2);
    });

    it('waits for a transaction of another process (BEGIN IMMEDIATE), then sees what it committed', async () => {
      const dir = await freshDir();
      const store = await open(dir);
      const child = spawn(process.execPath, ['-e', `
        const db = new (require(process.argv[1]))(process.argv[2]);
        db.exec('BEGIN IMMEDIATE');
        db.exec("INSERT INTO meta (key, json) VALUES ('child', '1')");
        process.stdout.write('locked\\n');
        process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });
      `, createRequire(import.meta.url).resolve('better-sqlite3'), join(dir, DATABASE_FILE)], { stdio: ['pipe', 'pipe', 'inherit'] });
      cleanups.push(async () => child.kill());
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      let started = false;
      const seen = store.transaction(async (tx) => {
        started = true;
        return tx.getMeta('child');
      });
      await someTurns();
      expect(started).toBe(false);
      expect(await store.getMeta('child')).toBeNull();
      child.stdin.write('commit\n');
      expect(await seen).toBe(1);
    });

    it('refuses a second store on the same file inside a transaction of the first (it would wait for ever), not after it', async () => {
      const dir = await freshDir();
      const [a, b] = [await open(dir), await open(dir)];
      await expect(a.transaction(async () => b.getMeta('x'))).rejects.toThrow(/inside a transaction/);
      await expect(a.transaction(async () => b.transaction(async () => 1))).rejects.toThrow(/inside a transaction/);
      // Work that leaves a callback behind: once its transaction has ended, the callback may use the store.
      const later = signal();
      let afterwards: Promise<unknown> = Promise.resolve();
      await a.transaction(async () => {
        later.fired.then(() => (afterwards = a.getMeta('x'))).catch(() => undefined);
      });
      later.fire();
      await later.fired;
      await Promise.resolve();
      await expect(afterwards).resolves.toBeNull();
    });

    it('answers reads outside a transaction at once, without its uncommitted writes', async () => {
      const store = await open(await freshDir());
      const wrote = signal();
      const gate = signal();
      const done = store.transaction(async (tx) => {
        await tx.putArticle(ferry, AT);
        wrote.fire();
        await gate.fired;
      });
      await wrote.fired;
      expect(await store.countArticles()).toBe(0);
      expect(await store.search('ferry')).toEqual([]);
      gate.fire();
      await done;
      expect(await store.countArticles()).toBe(1);
    });

    it('keeps every acknowledged article when the process is killed (SIGKILL) while writing', async () => {
      const dir = await freshDir();
      const script = join(dir, 'writer.mts');
      await writeFile(script, `
        import { openSqliteStore } from ${JSON.stringify(new URL('./sqlite-store.ts', import.meta.url).href)};
        import { testArticle } from ${JSON.stringify(new URL('./testing.ts', import.meta.url).href)};
        const store = await openSqliteStore(process.argv[2]);
        for (let i = 0; ; i++) {
          await store.putArticle(testArticle({ id: 'k' + i, text: 'Harbour notice ' + i + '.' }), '${AT}');
          process.stdout.write('ack k' + i + '\\n');
        }
      `);
      const lib = join(dir, 'lib');
      const child = spawn(process.execPath, ['--import', 'tsx', script, lib], { cwd: fileURLToPath(new URL('../../', import.meta.url)), stdio: ['ignore', 'pipe', 'inherit'] });
      cleanups.push(async () => child.kill('SIGKILL'));
      const acked: string[] = [];
      let output = '';
      await new Promise<void>((resolve, reject) => {
        child.on('close', () => reject(new Error(`the writer exited early: ${output.slice(-200)}`)));
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const lines = output.split('\n');
          output = lines.pop() ?? '';
          for (const line of lines) acked.push(line.slice('ack '.length));
          if (acked.length >= 40) {
            child.removeAllListeners('close');
            child.kill('SIGKILL');
            child.on('close', () => resolve());
          }
        });
      });
      const db = new Database(join(lib, DATABASE_FILE));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.prepare("INSERT INTO article_words (article_words) VALUES ('integrity-check')").run(); // throws if the full-text index is damaged
      db.close();
      const store = await open(lib);
      const stored = new Set((await store.listArticles()).map((a) => a.id));
      expect(acked.filter((id) => !stored.has(id))).toEqual([]);
      expect((await store.getArticles(acked)).map((a) => a.article.id)).toEqual(acked);
    });
  });

  describe('like the memory store', () => {
    /** The same writes on both stores. */
    const both = async (dir: string) => [await createMemoryStore(), await open(dir)] as const;

    it('pages lists alike, odd pages included', async () => {
      const [memory, sqlite] = await both(await freshDir());
      for (const store of [memory, sqlite]) {
        for (let i = 0; i < 5; i++) await store.putArticle(numbered(i), AT);
        for (let i = 0; i < 5; i++) await store.putStory({ story: testStory(`s${i}`, [`n${i}`]), updatedAt: `2031-03-2${i % 3}T00:00:00.000Z` });
        for (let i = 0; i < 5; i++) await store.appendFingerprint(`n${i}`, [[`w${i}`, i]], i);
      }
      const pages: Page[] = [{}, { offset: 2 }, { limit: 2 }, { offset: 1, limit: 3 }, { offset: 4, limit: 9 }, { offset: 9 }, { limit: 0 }, { offset: -1, limit: 3 }, { offset: 1.5, limit: 1.2 }, { offset: Infinity }, { limit: Infinity }, { limit: -2 }, { offset: Number.NaN }, { limit: Number.NaN }];
      for (const page of pages) {
        expect(await sqlite.listArticles(page), JSON.stringify(page)).toEqual(await memory.listArticles(page));
        expect(await sqlite.listStories(page), JSON.stringify(page)).toEqual(await memory.listStories(page));
        expect(await sqlite.listStories({ ...page, since: '2031-03-21' }), JSON.stringify(page)).toEqual(await memory.listStories({ ...page, since: '2031-03-21' }));
      }
      for (const [after, limit] of [[0, undefined], [2, undefined], [0, 2], [1, 1.5], [0, 0], [0, -1], [9, 3], [0, Number.NaN]] as const) {
        expect(await sqlite.listFingerprints(after, limit), `${after} ${limit}`).toEqual(await memory.listFingerprints(after, limit));
      }
      await memory.close();
    });

    it('keeps FTS5 query syntax out of searches: a query is only its words', async () => {
      const [memory, sqlite] = await both(await freshDir());
      for (const store of [memory, sqlite]) await store.putArticle(ferry, AT);
      for (const query of ['"ferry" OR -x NEAR(', 'ferry AND', 'NOT ferry', 'ferry*', '^ferry', 'ferry:crews', 'crews "', '(Ostrel', 'said NEAR/2 Vell', '{ferry}', '"""']) {
        expect(await sqlite.search(query), query).toEqual(await memory.search(query));
      }
      expect((await sqlite.search('Ostrel: "ferry" crews!')).length).toBeGreaterThan(0);
      await memory.close();
    });

    it('finds exactly what the memory store finds, over words that fold in odd ways (fast-check)', async () => {
      // Words whose case or normalisation folds trickily, or which FTS5's own tokenizers would split or fold otherwise.
      const vocabulary = ['O’Neill', "o'neill", "don't", 'DON’T', 'ΟΔΟΣ', 'οδός', 'Σίσυφος', 'ΣΊΣΥΦΟΣ', 'Café', 'Cafe\u0301', 'ﬁle', 'file', 'İstanbul', 'istanbul', 'i\u0307stanbul', '東京で会議', '東京', '⑴', '1', '½', '1⁄2', 'ǅemal', 'DŽEMAL', 'Straße', 'STRASSE', 'ﷺ', '\u212a', 'k', 'ferry', 'Ferry', 'ferries', 'NEAR', 'AND', 'OR', 'naïve', 'Ærø', '🏳️‍🌈', 'x'];
      const separators = [' ', '. ', ', ', '\n', '-', "'", '’', '"', '(', ' ⑴ '];
      const word = fc.constantFrom(...vocabulary);
      const text = fc.array(fc.tuple(word, fc.constantFrom(...separators)), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join('').trim() || 'x');
      const article = fc.record({ text, speaker: fc.option(word), subject: word, claimant: fc.option(word) });
      const corpus = fc.sample(fc.array(article, { minLength: 40, maxLength: 40 }), { numRuns: 1, seed: 20310320 })[0] ?? [];
      const [memory, sqlite] = await both(await freshDir());
      for (const store of [memory, sqlite]) {
        for (const [i, a] of corpus.entries()) {
          const first = a.text.split(/\s+/u)[0] ?? a.text;
          await store.putArticle(testArticle({ id: `t${i}`, outlet: `Outlet ${i}`, text: a.text, quotes: [{ text: first, speaker: a.speaker }], claims: [{ text: first, subject: a.subject, claimant: a.claimant, value: null }] }), AT);
        }
      }
      const query = fc.array(fc.tuple(word, fc.constantFrom(' ', ' OR ', ' "', '-', '*', ' NEAR(')), { minLength: 1, maxLength: 3 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
      let found = 0;
      await fc.assert(fc.asyncProperty(query, async (q) => {
        const expected = await memory.search(q);
        found += expected.length ? 1 : 0;
        expect(await sqlite.search(q)).toEqual(expected);
      }), { numRuns: 300, seed: 42 });
      expect(found).toBeGreaterThan(50); // the queries do find things: the comparison is not of empty lists
      await memory.close();
    });
  });

  describe('full-text tokens', () => {
    it('makes each folded word exactly one token, and different words different tokens', () => {
      expect(ftsToken('ferry')).toBe('ferry');
      expect(ftsToken('zürich')).toBe('zürich');
      expect(ftsToken("don't")).not.toBe(ftsToken('don’t'));
      expect(ftsToken("don't")).toMatch(/^don[^\x00-\x7f]t$/u);
      expect(ftsToken('(1)')).toMatch(/^[^\x00-\x7f]1[^\x00-\x7f]$/u);
      expect(articleWords(ferry).split(' ')).toEqual(expect.arrayContaining(['ferry', 'ostrel', 'marit', 'vell']));
    });
  });
});
