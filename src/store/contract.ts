import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReportArticle } from '../types.js';
import { contentHash, urlKey } from './article-keys.js';
import type { SearchHit, Store, StoredArticle } from './store.js';
import { testArticle, testStory } from './testing.js';

export interface ContractOptions {
  /** True when what is written survives `close` and a new `makeStore` on the same path: runs the reopen tests. */
  readonly persistent: boolean;
}

// Invented articles: a bridge closure in the town of Quillmere, told by two outlets, and an unrelated orchard fire.
const bridge = testArticle({
  id: 'q1',
  title: 'Brannock bridge shut after cracks found',
  outlet: 'Quillmere Courier',
  url: 'https://courier.example/news/brannock-bridge',
  published: '2031-03-14',
  text: 'Inspectors closed the Brannock bridge in Quillmere on Tuesday after finding cracks in two piers. "We will not reopen it until every pier is sound," said Odile Renn, the county engineer. About 9,000 drivers cross the bridge each day.',
  quotes: [{ text: 'We will not reopen it until every pier is sound', speaker: 'Odile Renn' }],
  claims: [{ text: '9,000', subject: 'daily drivers', claimant: null, value: 9000 }],
});
const bridgeRetold = testArticle({
  id: 'q2',
  title: 'Quillmere loses its main crossing',
  outlet: 'Valley Ledger',
  url: 'https://ledger.example/2031/03/quillmere-crossing',
  published: '2031-03-15',
  text: 'The Brannock bridge will stay closed for weeks, county officials said. Shopkeepers in Quillmere fear a long detour will keep customers away. Officials estimated repairs at 4 million crowns.',
  claims: [{ text: '4 million', subject: 'repair cost', claimant: 'county officials', value: 4_000_000, measure: 'money' }],
});
const orchard = testArticle({
  id: 'o1',
  title: 'Fire sweeps through Hethby orchards',
  outlet: 'Valley Ledger',
  url: 'https://ledger.example/2031/03/hethby-fire',
  published: '2031-03-16',
  text: 'A grass fire spread into the orchards east of Hethby overnight. Volunteer crews saved the packing sheds but lost about 300 apple trees.',
  claims: [{ text: '300', subject: 'apple trees', claimant: 'volunteer crews', value: 300 }],
});

const AT = '2031-03-20T08:00:00.000Z';
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const stored = (article: ReportArticle, addedAt = AT): StoredArticle => json({ article, hash: contentHash(article), url: urlKey(article.url), addedAt });

/** Every hit cites text that exists: in bounds and equal to the article's text at its span. */
function expectValidSpans(hits: readonly SearchHit[], articles: readonly ReportArticle[]): void {
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const h of hits) {
    const text = byId.get(h.article)?.text ?? '';
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeLessThanOrEqual(text.length);
    expect(h.start).toBeLessThan(h.end);
    expect(h.text).toBe(text.slice(h.start, h.end));
  }
}

/**
 * The contract every storage adapter passes. `makeStore(path)` opens the adapter on `path` (a fresh
 * empty directory per test; the reopen tests call it twice with the same path). Adapters without
 * persistence ignore the path and pass `{ persistent: false }`.
 */
export function storeContract(name: string, makeStore: (path: string) => Promise<Store>, options: ContractOptions): void {
  describe(`store contract: ${name}`, () => {
    const cleanups: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });
    /** A fresh directory, removed after the test. */
    const freshPath = async () => {
      const dir = await mkdtemp(join(tmpdir(), 'parallax-store-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      return dir;
    };
    /** A store on `path` (fresh when not given), closed after the test. */
    const open = async (path?: string) => {
      const store = await makeStore(path ?? (await freshPath()));
      cleanups.push(() => store.close());
      return store;
    };

    describe('articles', () => {
      it('gets back what was put, as JSON, in the order added', async () => {
        const store = await open();
        expect(await store.putArticle(bridge, AT)).toEqual({ kind: 'added', id: 'q1' });
        expect(await store.putArticle(orchard, '2031-03-20T09:00:00.000Z')).toEqual({ kind: 'added', id: 'o1' });
        expect(await store.getArticle('q1')).toEqual(stored(bridge));
        expect(await store.getArticle('nope')).toBeNull();
        expect(await store.getArticles(['o1', 'nope', 'q1'])).toEqual([stored(orchard, '2031-03-20T09:00:00.000Z'), stored(bridge)]);
        expect(await store.countArticles()).toBe(2);
        const list = await store.listArticles();
        expect(list.map((a) => a.id)).toEqual(['q1', 'o1']);
        expect(list[0]).toEqual({ id: 'q1', title: bridge.title, outlet: bridge.outlet, published: bridge.published, url: urlKey(bridge.url), hash: contentHash(bridge), addedAt: AT });
        expect((await store.listArticles({ offset: 1, limit: 5 })).map((a) => a.id)).toEqual(['o1']);
        expect(await store.listArticles({ limit: 0 })).toEqual([]);
      });

      it('keeps its own copy: changing the object put or got changes nothing stored', async () => {
        const store = await open();
        const mine = json(bridge) as { -readonly [K in keyof ReportArticle]: ReportArticle[K] };
        await store.putArticle(mine, AT);
        mine.title = 'changed after put';
        const got = (await store.getArticle('q1')) as { article: { title: string | null } };
        got.article.title = 'changed after get';
        expect((await store.getArticle('q1'))?.article.title).toBe(bridge.title);
      });

      it('re-adding the same article is a no-op that returns the stored id', async () => {
        const store = await open();
        await store.putArticle(bridge, AT);
        expect(await store.putArticle(bridge, '2031-04-01T00:00:00.000Z')).toEqual({ kind: 'duplicate', id: 'q1', by: 'hash' });
        expect(await store.countArticles()).toBe(1);
        expect((await store.getArticle('q1'))?.addedAt).toBe(AT);
      });

      it('deduplicates by content: same outlet and text under another id and URL, whitespace aside', async () => {
        const store = await open();
        await store.putArticle(bridge, AT);
        const copy = { ...bridge, id: 'q1-copy', url: 'https://mirror.example/b', title: 'A new headline', text: `  ${bridge.text.replace(/ /g, '  ')}\n` };
        expect(await store.putArticle(copy, AT)).toEqual({ kind: 'duplicate', id: 'q1', by: 'hash' });
        expect(await store.getArticle('q1-copy')).toBeNull();
      });

      it('keeps the same text carried by another outlet: two articles (twins), not one', async () => {
        const store = await open();
        await store.putArticle(bridge, AT);
        const syndicated = { ...bridge, id: 'q1-wire', outlet: 'Hethby Herald', url: 'https://herald.example/brannock' };
        expect(await store.putArticle(syndicated, AT)).toEqual({ kind: 'added', id: 'q1-wire' });
      });

      it('deduplicates by URL, fragment and tracking parameters aside', async () => {
        const store = await open();
        await store.putArticle(bridge, AT);
        const updated = testArticle({ id: 'q1-v2', outlet: bridge.outlet, url: 'HTTPS://Courier.example/news/brannock-bridge?utm_source=feed#top', text: 'An updated text about the bridge.' });
        expect(await store.putArticle(updated, AT)).toEqual({ kind: 'duplicate', id: 'q1', by: 'url' });
        expect(await store.countArticles()).toBe(1);
      });

      it('rejects, as data, another article under a stored id', async () => {
        const store = await open();
        await store.putArticle(bridge, AT);
        const result = await store.putArticle({ ...orchard, id: 'q1' }, AT);
        expect(result.kind).toBe('rejected');
        if (result.kind === 'rejected') expect(result.message).toMatchObject({ severity: 'error', ruleId: 'store/id-taken', article: 'q1' });
        expect(await store.getArticle('q1')).toEqual(stored(bridge));
        expect(await store.countArticles()).toBe(1);
      });

      it('two concurrent puts of one article end with one row', async () => {
        const store = await open();
        const results = await Promise.all([store.putArticle(bridge, AT), store.putArticle(bridge, AT), store.putArticle({ ...bridge, id: 'q1-other' }, AT)]);
        expect(results.filter((r) => r.kind === 'added')).toHaveLength(1);
        const ids = new Set(results.map((r) => (r.kind === 'rejected' ? null : r.id)));
        expect(ids.size).toBe(1);
        expect(await store.countArticles()).toBe(1);
      });

      it('round-trips a 2 MB text, and finds a word at its end', async () => {
        const store = await open();
        const filler = 'The ferry to Ostrel ran late again. ';
        const text = `${filler.repeat(Math.ceil(2_000_000 / filler.length))}Finally the zephyrine lamps were lit.`;
        const big = testArticle({ id: 'big', text, outlet: 'Long Reads' });
        await store.putArticle(big, AT);
        const got = await store.getArticle('big');
        expect(got?.article.text.length).toBe(text.length);
        expect(got?.article.text === text).toBe(true);
        const hits = await store.search('zephyrine');
        expect(hits.map((h) => h.article)).toEqual(['big']);
        expectValidSpans(hits, [big]);
      });

      it('round-trips Unicode: accents, combining marks, right-to-left, CJK, emoji', async () => {
        const store = await open();
        const text = 'Émile Øberg met Ngā Tāngata in Zürich 🏳️‍🌈. مرحبا بالعالم. 東京で会議。 Cafe\u0301 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.';
        const article = testArticle({ id: 'ü-1 🐙', title: 'Réunion à Zürich — 会議', outlet: 'Ærø Tidende', text, url: 'https://ærø.example/ü?q=ß' });
        await store.putArticle(article, AT);
        expect(await store.getArticle('ü-1 🐙')).toEqual(stored(article));
        expect((await store.search('émile')).map((h) => h.article)).toEqual(['ü-1 🐙']);
        await store.setMeta('naïve 🔑', { 'clé': ['値', 1.5, null, true] });
        expect(await store.getMeta('naïve 🔑')).toEqual({ 'clé': ['値', 1.5, null, true] });
      });

      it('refuses U+0000 and lone surrogates (misuse: they cannot be stored everywhere), storing nothing', async () => {
        const store = await open();
        await expect(store.putArticle(testArticle({ id: 'nul', text: 'a\u0000b' }), AT)).rejects.toThrow(/U\+0000/);
        await expect(store.putArticle(testArticle({ id: 'half', text: 'a\ud800b' }), AT)).rejects.toThrow(/surrogate/);
        await expect(store.putArticle(testArticle({ id: 'escaped', text: 'a literal \\u0000 is fine' }), AT)).resolves.toMatchObject({ kind: 'added' });
        expect((await store.listArticles()).map((a) => a.id)).toEqual(['escaped']);
      });

      it('refuses malformed timestamps (misuse)', async () => {
        const store = await open();
        await expect(store.putArticle(bridge, 'yesterday')).rejects.toThrow(/ISO 8601/);
        await expect(store.listStories({ since: '14/03/2031' })).rejects.toThrow(/ISO 8601/);
        expect(await store.countArticles()).toBe(0);
      });
    });

    describe('stories and storylines', () => {
      const seed = async (store: Store) => {
        for (const a of [bridge, bridgeRetold, orchard]) await store.putArticle(a, AT);
      };

      it('round-trips stories with their membership, and replaces them whole', async () => {
        const store = await open();
        await seed(store);
        const story = { story: testStory('s-bridge', ['q1']), updatedAt: '2031-03-20T10:00:00.000Z' };
        await store.putStory(story);
        expect(await store.getStory('s-bridge')).toEqual(json(story));
        expect(await store.storiesOfArticle('q1')).toEqual(['s-bridge']);
        expect(await store.storiesOfArticle('q2')).toEqual([]);
        const grown = { story: testStory('s-bridge', ['q1', 'q2'], 'Brannock bridge closed'), updatedAt: '2031-03-20T11:00:00.000Z' };
        await store.putStory(grown);
        expect(await store.getStory('s-bridge')).toEqual(json(grown));
        expect(await store.storiesOfArticle('q2')).toEqual(['s-bridge']);
        const shrunk = { story: testStory('s-bridge', ['q2']), updatedAt: '2031-03-20T12:00:00.000Z' };
        await store.putStory(shrunk);
        expect(await store.storiesOfArticle('q1')).toEqual([]);
        expect(await store.getStory('nope')).toBeNull();
      });

      it('refuses a story naming an article it does not hold (misuse), storing nothing', async () => {
        const store = await open();
        await seed(store);
        await expect(store.putStory({ story: testStory('s-x', ['q1', 'ghost']), updatedAt: AT })).rejects.toThrow(/ghost/);
        expect(await store.getStory('s-x')).toBeNull();
        expect(await store.storiesOfArticle('q1')).toEqual([]);
      });

      it('lists stories changed at or after a date or timestamp, most recent first', async () => {
        const store = await open();
        await seed(store);
        await store.putStory({ story: testStory('s-a', ['q1']), updatedAt: '2031-03-18T23:59:59.999Z' });
        await store.putStory({ story: testStory('s-c', ['o1']), updatedAt: '2031-03-19T08:00:00.000Z' });
        await store.putStory({ story: testStory('s-b', ['q2']), updatedAt: '2031-03-19T08:00:00.000Z' });
        const ids = async (since?: string) => (await store.listStories(since === undefined ? {} : { since })).map((s) => s.story.id);
        expect(await ids()).toEqual(['s-b', 's-c', 's-a']);
        expect(await ids('2031-03-19')).toEqual(['s-b', 's-c']);
        expect(await ids('2031-03-19T08:00:00.000Z')).toEqual(['s-b', 's-c']);
        expect(await ids('2031-03-19T08:00:00.001Z')).toEqual([]);
        expect((await store.listStories({ offset: 1, limit: 1 })).map((s) => s.story.id)).toEqual(['s-c']);
        await store.putStory({ story: testStory('s-a', ['q1']), updatedAt: '2031-03-21T00:00:00.000Z' });
        expect(await ids('2031-03-20')).toEqual(['s-a']);
      });

      it('round-trips storylines; a story a storyline names cannot be deleted until the storyline lets go', async () => {
        const store = await open();
        await seed(store);
        await store.putStory({ story: testStory('s-a', ['q1']), updatedAt: AT });
        await store.putStory({ story: testStory('s-b', ['q2']), updatedAt: AT });
        const line = { storyline: { id: 'l-bridge', title: 'Brannock bridge', storyIds: ['s-a', 's-b'] }, updatedAt: AT };
        await store.putStoryline(line);
        expect(await store.getStoryline('l-bridge')).toEqual(json(line));
        expect(await store.listStorylines()).toEqual([json(line)]);
        await expect(store.putStoryline({ storyline: { id: 'l-x', title: 'x', storyIds: ['s-ghost'] }, updatedAt: AT })).rejects.toThrow(/s-ghost/);
        await expect(store.deleteStory('s-b')).rejects.toThrow(/l-bridge/);
        await store.transaction(async (tx) => {
          await tx.putStoryline({ ...line, storyline: { ...line.storyline, storyIds: ['s-a'] } });
          await tx.deleteStory('s-b');
        });
        expect(await store.getStory('s-b')).toBeNull();
        expect(await store.storiesOfArticle('q2')).toEqual([]);
        await store.deleteStory('s-never-stored');
        await store.deleteStoryline('l-bridge');
        expect(await store.getStoryline('l-bridge')).toBeNull();
        expect(await store.listStorylines()).toEqual([]);
      });
    });

    describe('story index', () => {
      it('keeps fingerprints in placement order, once per article', async () => {
        const store = await open();
        for (const a of [bridge, bridgeRetold, orchard]) await store.putArticle(a, AT);
        const terms = [['brannock', 3.5], ['@odile-renn', 2], ['#count:9000', 1], ['zürich', 0.25]] as const;
        expect(await store.appendFingerprint('q1', terms, 22_353)).toBe(1);
        expect(await store.appendFingerprint('o1', [], null)).toBe(2);
        expect(await store.appendFingerprint('q1', [['other', 1]], 1)).toBe(1);
        expect(await store.appendFingerprint('q2', [['quillmere', 1]], 22_354)).toBe(3);
        expect(await store.listFingerprints()).toEqual([
          { seq: 1, articleId: 'q1', terms: json(terms), day: 22_353 },
          { seq: 2, articleId: 'o1', terms: [], day: null },
          { seq: 3, articleId: 'q2', terms: [['quillmere', 1]], day: 22_354 },
        ]);
        expect((await store.listFingerprints(1)).map((f) => f.seq)).toEqual([2, 3]);
        expect((await store.listFingerprints(1, 1)).map((f) => f.seq)).toEqual([2]);
        await expect(store.appendFingerprint('ghost', [], null)).rejects.toThrow(/ghost/);
      });

      it('keeps small values as meta', async () => {
        const store = await open();
        expect(await store.getMeta('grouping')).toBeNull();
        await store.setMeta('grouping', { storyThreshold: 0.3, version: 'x' });
        await store.setMeta('grouping', { storyThreshold: 0.35, version: 'y' });
        expect(await store.getMeta('grouping')).toEqual({ storyThreshold: 0.35, version: 'y' });
      });
    });

    describe('search', () => {
      const articles = [bridge, bridgeRetold, orchard];
      const seeded = async () => {
        const store = await open();
        for (const a of articles) await store.putArticle(a, AT);
        return store;
      };

      it('finds words in body sentences, case aside, whole words only', async () => {
        const store = await seeded();
        const hits = await store.search('QUILLMERE');
        expect(hits.map((h) => [h.article, h.kind])).toEqual([['q1', 'text'], ['q2', 'text']]);
        expect(hits[0]?.text).toContain('Inspectors closed the Brannock bridge in Quillmere');
        expect(hits[0]?.terms).toEqual(['quillmere']);
        expectValidSpans(hits, articles);
        expect(await store.search('crack')).toEqual([]); // the text says "cracks": words match whole, unstemmed
        expect(await store.search('Quill')).toEqual([]);
      });

      it('finds words in quotes and their speakers, and in claims, their subjects and claimants', async () => {
        const store = await seeded();
        const quote = await store.search('Renn');
        expect(quote.map((h) => h.kind).sort()).toEqual(['quote', 'text']);
        expect(quote.find((h) => h.kind === 'quote')?.text).toBe('We will not reopen it until every pier is sound');
        const claim = await store.search('apple trees');
        expect(claim.map((h) => [h.article, h.kind, h.text])).toEqual([['o1', 'text', 'Volunteer crews saved the packing sheds but lost about 300 apple trees.'], ['o1', 'claim', '300']]);
        const repair = await store.search('county officials 4');
        expect(repair.filter((h) => h.kind === 'claim').map((h) => h.text)).toEqual(['4 million']);
        expectValidSpans([...quote, ...claim, ...repair], articles);
      });

      it('matches articles holding every query word; most hits first; nothing for no words', async () => {
        const store = await seeded();
        expect(new Set((await store.search('Brannock bridge')).map((h) => h.article))).toEqual(new Set(['q1', 'q2']));
        expect((await store.search('Brannock orchards')).length).toBe(0);
        const ranked = await store.search('bridge');
        expect(ranked[0]?.article).toBe('q1'); // three sentences of q1 name the bridge, one of q2
        expect(await store.search('   ')).toEqual([]);
        expect(await store.search('!!')).toEqual([]);
        expect((await store.search('bridge', { limit: 2 })).length).toBe(2);
      });
    });

    describe('transactions', () => {
      const storyOf = (id: string, ids: string[], updatedAt = AT) => ({ story: testStory(id, ids), updatedAt });

      it('commits all the writes of the work together and returns its value', async () => {
        const store = await open();
        const value = await store.transaction(async (tx) => {
          await tx.putArticle(bridge, AT);
          expect(await tx.getArticle('q1')).toEqual(stored(bridge)); // a transaction sees its own writes
          await tx.appendFingerprint('q1', [['brannock', 1]], null);
          await tx.putStory(storyOf('s-a', ['q1']));
          return 'placed';
        });
        expect(value).toBe('placed');
        expect(await store.storiesOfArticle('q1')).toEqual(['s-a']);
        expect((await store.listFingerprints()).length).toBe(1);
      });

      it('rolls back everything when the work throws, and rethrows its error', async () => {
        const store = await open();
        await store.putArticle(bridge, AT);
        await store.putStory(storyOf('s-a', ['q1'], '2031-03-20T01:00:00.000Z'));
        const boom = new Error('re-derivation failed');
        await expect(store.transaction(async (tx) => {
          await tx.putArticle(bridgeRetold, AT);
          await tx.appendFingerprint('q2', [['quillmere', 1]], null);
          await tx.putStory(storyOf('s-a', ['q1', 'q2'], '2031-03-20T02:00:00.000Z'));
          await tx.putStoryline({ storyline: { id: 'l-1', title: 't', storyIds: ['s-a'] }, updatedAt: AT });
          await tx.setMeta('k', 1);
          throw boom;
        })).rejects.toBe(boom);
        expect(await store.getArticle('q2')).toBeNull();
        expect(await store.countArticles()).toBe(1);
        expect(await store.listFingerprints()).toEqual([]);
        expect(await store.getStory('s-a')).toEqual(json(storyOf('s-a', ['q1'], '2031-03-20T01:00:00.000Z')));
        expect(await store.storiesOfArticle('q2')).toEqual([]);
        expect(await store.getStoryline('l-1')).toBeNull();
        expect(await store.getMeta('k')).toBeNull();
        expect(await store.search('shopkeepers')).toEqual([]);
        // The store goes on working: the rolled-back article can be added again, and seq has no gap.
        expect(await store.putArticle(bridgeRetold, AT)).toEqual({ kind: 'added', id: 'q2' });
        expect(await store.appendFingerprint('q1', [], null)).toBe(1);
      });

      it('shows nothing of an unfinished transaction to readers outside it', async () => {
        const store = await open();
        let written!: () => void;
        const wrote = new Promise<void>((resolve) => (written = resolve));
        let release!: () => void;
        const gate = new Promise<void>((resolve) => (release = resolve));
        const done = store.transaction(async (tx) => {
          await tx.putArticle(bridge, AT);
          await tx.putStory(storyOf('s-a', ['q1']));
          written();
          await gate;
        });
        await wrote;
        // An adapter may answer at once (snapshot reads) or make the reader wait for the commit; it must never show half.
        let released = false;
        const seenBeforeCommit: unknown[] = [];
        const reads = Promise.all([store.getArticle('q1'), store.getStory('s-a'), store.countArticles()]).then((r) => {
          if (!released) seenBeforeCommit.push(...r);
        });
        await Promise.race([reads, new Promise((resolve) => setTimeout(resolve, 50))]);
        released = true;
        release();
        await done;
        await reads;
        if (seenBeforeCommit.length) expect(seenBeforeCommit).toEqual([null, null, 0]);
        expect(await store.countArticles()).toBe(1);
      });

      it('runs transactions one at a time (the grouping lock): read-modify-write never loses an update', async () => {
        const store = await open();
        const bump = () => store.transaction(async (tx) => {
          const n = ((await tx.getMeta('counter')) as number | null) ?? 0;
          await new Promise((resolve) => setTimeout(resolve, 5));
          await tx.setMeta('counter', n + 1);
        });
        await Promise.all([bump(), bump(), bump(), bump()]);
        expect(await store.getMeta('counter')).toBe(4);
      });

      it('refuses the store itself inside the work (misuse: it would wait for the transaction), and a tx after its end', async () => {
        const store = await open();
        await expect(store.transaction(async () => store.getArticle('q1'))).rejects.toThrow(/inside a transaction/);
        await expect(store.transaction(async () => store.putArticle(bridge, AT))).rejects.toThrow(/inside a transaction/);
        let kept: Parameters<Parameters<Store['transaction']>[0]>[0] | undefined;
        await store.transaction(async (tx) => {
          kept = tx;
        });
        await expect(Promise.resolve().then(() => kept?.putArticle(bridge, AT))).rejects.toThrow(/ended/);
        expect(await store.countArticles()).toBe(0);
      });
    });

    describe('lifecycle', () => {
      it('closing twice is harmless; using a closed store throws', async () => {
        const store = await makeStore(await freshPath());
        await store.putArticle(bridge, AT);
        await store.close();
        await store.close();
        await expect(store.getArticle('q1')).rejects.toThrow(/closed/);
        await expect(store.putArticle(orchard, AT)).rejects.toThrow(/closed/);
        await expect(store.transaction(async () => 1)).rejects.toThrow(/closed/);
      });

      it.skipIf(!options.persistent)('keeps everything across close and reopen, and still deduplicates', async () => {
        const path = await freshPath();
        const first = await makeStore(path);
        for (const a of [bridge, bridgeRetold, orchard]) await first.putArticle(a, AT);
        await first.appendFingerprint('q1', [['brannock', 2]], 22_353);
        await first.putStory({ story: testStory('s-a', ['q1', 'q2']), updatedAt: AT });
        await first.putStoryline({ storyline: { id: 'l-a', title: 'Bridge', storyIds: ['s-a'] }, updatedAt: AT });
        await first.setMeta('schema', 1);
        await first.close();
        const again = await open(path);
        expect(await again.getArticle('q1')).toEqual(stored(bridge));
        expect((await again.listArticles()).map((a) => a.id)).toEqual(['q1', 'q2', 'o1']);
        expect(await again.storiesOfArticle('q2')).toEqual(['s-a']);
        expect(await again.getStoryline('l-a')).toEqual({ storyline: { id: 'l-a', title: 'Bridge', storyIds: ['s-a'] }, updatedAt: AT });
        expect(await again.listFingerprints()).toEqual([{ seq: 1, articleId: 'q1', terms: [['brannock', 2]], day: 22_353 }]);
        expect(await again.appendFingerprint('q2', [], null)).toBe(2);
        expect(await again.getMeta('schema')).toBe(1);
        expect(await again.putArticle(bridge, AT)).toEqual({ kind: 'duplicate', id: 'q1', by: 'hash' });
        expect((await again.search('Shopkeepers')).map((h) => h.article)).toEqual(['q2']);
      });

      it.skipIf(!options.persistent)('keeps nothing of a transaction that failed before close', async () => {
        const path = await freshPath();
        const first = await makeStore(path);
        await first.transaction(async (tx) => {
          await tx.putArticle(bridge, AT);
          throw new Error('stop');
        }).catch(() => undefined);
        await first.close();
        const again = await open(path);
        expect(await again.countArticles()).toBe(0);
      });
    });
  });
}
