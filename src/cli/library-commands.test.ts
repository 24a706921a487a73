import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './main.js';

function capture(env: Record<string, string | undefined> = {}): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stderrIsTTY: false, env, out: () => out, err: () => err };
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-lib-cli-'));
const db = join(dir, 'library');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parallax library commands (embedded SQLite)', () => {
  it('ingest adds the example, groups it, and a second ingest is a no-op', async () => {
    const io = capture();
    expect(await main(['ingest', 'examples', '--db', db], io)).toBe(0);
    expect(io.out()).toMatch(/9 added, 0 already there, 0 rejected; 3 new stories/);
    const again = capture();
    expect(await main(['ingest', 'examples', '--db', db], again)).toBe(0);
    expect(again.out()).toMatch(/0 added, 9 already there/);
  });

  it('stories lists them as a table and as JSON; --since filters', async () => {
    const io = capture();
    expect(await main(['stories', '--db', db, '--json'], io)).toBe(0);
    const rows = JSON.parse(io.out()) as { id: string; articles: number; sources: number }[];
    expect(rows).toHaveLength(3);
    expect(Math.max(...rows.map((r) => r.articles))).toBe(7);
    const table = capture();
    expect(await main(['stories', '--db', db], table)).toBe(0);
    expect(table.out()).toMatch(/\| id \| updated \|/);
    const later = capture();
    expect(await main(['stories', '--db', db, '--since', '2999-01-01'], later)).toBe(0);
    expect(later.out()).toMatch(/No story updated since 2999-01-01/);
  });

  it('story and article show one item (Markdown and JSON); unknown ids are clear errors', async () => {
    const list = capture();
    await main(['stories', '--db', db, '--json'], list);
    const main7 = (JSON.parse(list.out()) as { id: string; articles: number }[]).find((r) => r.articles === 7) as { id: string };
    const story = capture();
    expect(await main(['story', main7.id, '--db', db], story)).toBe(0);
    expect(story.out()).toMatch(/Brief/i);
    const json = capture();
    expect(await main(['story', main7.id, '--db', db, '--json'], json)).toBe(0);
    const stored = JSON.parse(json.out()) as { story: { articleIds: string[]; brief: { sentences: unknown[] } } };
    expect(stored.story.articleIds).toHaveLength(7);
    expect(stored.story.brief.sentences.length).toBeGreaterThan(1);
    const article = capture();
    expect(await main(['article', stored.story.articleIds[0] as string, '--db', db], article)).toBe(0);
    expect(article.out()).toMatch(new RegExp(`Stories: ${main7.id}`));
    for (const argv of [['story', 's-nope'], ['article', 'nope']]) {
      const io = capture();
      expect(await main([...argv, '--db', db], io)).toBe(1);
      expect(io.err()).toMatch(/no (story|article) "/);
    }
  });

  it('search finds words in text, quotes and claims, with spans', async () => {
    const io = capture();
    expect(await main(['search', 'Dunmoor', '--db', db, '--json'], io)).toBe(0);
    const hits = JSON.parse(io.out()) as { article: string; kind: string; text: string }[];
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => /dunmoor/i.test(h.text) || h.kind !== 'text')).toBe(true);
    const none = capture();
    expect(await main(['search', 'zzzqqq', '--db', db], none)).toBe(0);
    expect(none.out()).toMatch(/Nothing in the library/);
  });

  it('PARALLAX_DB names the library when --db is absent; usage errors exit 2', async () => {
    const io = capture({ PARALLAX_DB: db });
    expect(await main(['stories', '--json'], io)).toBe(0);
    expect(JSON.parse(io.out())).toHaveLength(3);
    for (const argv of [['story'], ['search'], ['stories', '--since', 'yesterday'], ['ingest']]) {
      const bad = capture();
      expect(await main([...argv, '--db', db], bad)).toBe(2);
    }
  });
});

describe('parallax status (embedded)', () => {
  it('reports the library and its feeds, as text and JSON', async () => {
    const io = capture();
    expect(await main(['status', '--db', db], io)).toBe(0);
    expect(io.out()).toMatch(/9 articles/);
    expect(io.out()).toMatch(/No feeds watched/);
    const json = capture();
    expect(await main(['status', '--db', db, '--json'], json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ articles: 9, staleStories: 0, feeds: [], queue: null });
  });
});
