import { createHash } from 'node:crypto';
import { alignEntities } from '../annotate/align-entities.js';
import { analyzeArticle } from '../analyze-article.js';
import { message } from '../ingest/messages.js';
import { buildStory } from '../stories/build-stories.js';
import { findTwins } from '../stories/find-twins.js';
import { fingerprint, type Fingerprint } from '../stories/fingerprint.js';
import { GROUPING_DEFAULTS } from '../stories/group-stories.js';
import { createStoryIndex, type StoryIndex } from '../stories/story-index.js';
import type { Json, StoredFingerprint, StoreReader, StoreTx } from '../store/store.js';
import type { ExtractedArticle, ReportArticle, Story } from '../types.js';
import type { AddResult, Library, LibraryOptions } from './types.js';

/** Meta key: ids of stories whose membership changed since their analysis was last written. */
const DIRTY = 'library.dirty';
/** Meta key: the grouping options the placements were made with (a replay must use the same). */
const GROUPING = 'library.grouping';
/**
 * Stories are re-derived after this many added articles within one `add` call (and at its end), so a
 * long ingest shows up-to-date stories as it goes while a story growing by 100 articles is rebuilt a
 * few times, not 100 times.
 */
const REFRESH_EVERY = 100;

const hashId = (prefix: string, key: string) => `${prefix}-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
/** A story's stored id: fixed by its first article, so it stays the same while the story grows (and on every replay). */
export const storyIdFor = (firstArticle: string) => hashId('s', firstArticle);
/** A storyline's stored id: fixed by its first story. */
export const storylineIdFor = (firstStory: string) => hashId('l', firstStory);

const fingerprintOf = (f: StoredFingerprint): Fingerprint => ({ id: f.articleId, terms: new Map(f.terms), day: f.day });
const groupingKey = () => createHash('sha1').update(JSON.stringify({ ...GROUPING_DEFAULTS, background: GROUPING_DEFAULTS.background?.docs })).digest('hex').slice(0, 16);

/**
 * The placement state: the story index rebuilt from the stored fingerprints, and the stored ids of its
 * story and storyline numbers. Replaying fingerprints in `seq` order through `add` reproduces every
 * placement (the index is deterministic for an order and `model/stories.json`), so ids need no lookup:
 * a story's id comes from its first article, a storyline's from its first story.
 */
class Placements {
  index: StoryIndex = createStoryIndex(GROUPING_DEFAULTS);
  lastSeq = 0;
  readonly storyIds: string[] = [];
  readonly lineIds: string[] = [];
  /** Story id → its storyline id, and storyline id → its story ids in order (kept as placed: no scan per lookup). */
  readonly lineOf = new Map<string, string>();
  readonly storiesOf = new Map<string, string[]>();

  /** Adds a fingerprint to the index; returns the stored ids of its story and storyline and whether each is new. */
  place(fp: Fingerprint) {
    const p = this.index.add(fp);
    const newStory = p.story === this.storyIds.length;
    if (newStory) this.storyIds.push(storyIdFor(fp.id));
    const story = this.storyIds[p.story] as string;
    const newLine = newStory && p.storyline === this.lineIds.length;
    if (newLine) this.lineIds.push(storylineIdFor(story));
    const storyline = this.lineIds[p.storyline] as string;
    if (newStory) {
      this.lineOf.set(story, storyline);
      const members = this.storiesOf.get(storyline);
      if (members) members.push(story);
      else this.storiesOf.set(storyline, [story]);
    }
    return { story, newStory, storyline, newLine };
  }

  /** Replays the fingerprints committed after the last one seen (other processes', or all on first use). */
  async catchUp(reader: StoreReader): Promise<void> {
    for (;;) {
      const page = await reader.listFingerprints(this.lastSeq, 1000);
      for (const f of page) {
        if (f.seq !== this.lastSeq + 1) throw new Error(`Library: fingerprint ${this.lastSeq + 1} is missing (found ${f.seq}); the library is damaged`);
        this.place(fingerprintOf(f));
        this.lastSeq = f.seq;
      }
      if (page.length < 1000) return;
    }
  }

  /** Story ids of the storyline a story belongs to, in order. */
  storiesOfLine(storyId: string): { id: string; stories: readonly string[] } | null {
    const id = this.lineOf.get(storyId);
    return id ? { id, stories: this.storiesOf.get(id) ?? [] } : null;
  }
}

const asIds = (value: Json | null): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * Opens the library over a store. Reads need nothing more; the story index is rebuilt from the stored
 * fingerprints the first time articles are added (about 1 ms an article), then kept up to date.
 */
export async function openLibrary(options: LibraryOptions): Promise<Library> {
  const { store } = options;
  const clock = options.clock ?? (() => new Date());
  const now = () => clock().toISOString();
  let placements: Placements | null = null;

  /** The index, caught up with every committed placement; checked against the grouping options it was built with. */
  async function ready(tx: StoreTx): Promise<Placements> {
    if (!placements) {
      const key = groupingKey();
      const stored = await tx.getMeta(GROUPING);
      if (stored === null) await tx.setMeta(GROUPING, key);
      else if (stored !== key) throw new Error('Library: it was grouped with other story options (model/stories.json changed); re-ingest into a new library');
      placements = new Placements();
    }
    await placements.catchUp(tx);
    return placements;
  }

  /** Analyse outside the lock (the costly part), then store, place and record in one transaction. */
  async function addOne(extracted: ExtractedArticle): Promise<AddResult> {
    let article: ReportArticle;
    try {
      article = analyzeArticle(extracted);
    } catch (error) {
      return { kind: 'rejected', id: extracted.id, message: message('error', 'library/analyze-failed', extracted.path ?? extracted.url ?? extracted.id, `Could not analyse the article: ${(error as Error).message}. It was not added; the other articles go on.`, extracted.id) };
    }
    const fp = fingerprint(article);
    // The story it would start on its own, built before taking the lock (the lock serialises every
    // placement across processes: only storing and placing happen under it).
    const solo = buildStory([article], [], options.stories);
    try {
      return await store.transaction(async (tx) => {
        const put = await tx.putArticle(article, now());
        if (put.kind === 'duplicate') return { kind: 'duplicate', id: put.id, by: put.by } as const;
        if (put.kind === 'rejected') return { kind: 'rejected', id: article.id, message: put.message } as const;
        const p = await ready(tx);
        const placed = p.place(fp);
        const seq = await tx.appendFingerprint(article.id, [...fp.terms], fp.day);
        if (seq !== p.lastSeq + 1) throw new Error(`Library: expected placement ${p.lastSeq + 1}, the store gave ${seq}`);
        p.lastSeq = seq;
        await recordPlacement(tx, article, placed, solo);
        return { kind: 'added', id: article.id, story: placed.story, newStory: placed.newStory } as const;
      });
    } catch (error) {
      // The transaction rolled back, but the in-memory index may hold the placement: rebuild it next time.
      placements = null;
      throw error;
    }
  }

  /**
   * Writes the membership at once (so no committed article is ever outside a story): a new story gets
   * its full analysis (one article: cheap); a grown one keeps its old analysis with the new member
   * appended and is marked dirty, re-derived by `refresh`.
   */
  async function recordPlacement(tx: StoreTx, article: ReportArticle, placed: ReturnType<Placements['place']>, solo: Story): Promise<void> {
    const updatedAt = now();
    if (placed.newStory) {
      await tx.putStory({ story: { ...solo, id: placed.story }, updatedAt });
    } else {
      const old = await tx.getStory(placed.story);
      if (!old) throw new Error(`Library: story ${placed.story} is placed but not stored; the library is damaged`);
      const story: Story = { ...old.story, articleIds: [...old.story.articleIds, article.id], sources: [...old.story.sources, [article.id]], voices: { ...old.story.voices, [article.id]: [] } };
      await tx.putStory({ story, updatedAt });
      const dirty = asIds(await tx.getMeta(DIRTY));
      if (!dirty.includes(placed.story)) await tx.setMeta(DIRTY, [...dirty, placed.story]);
    }
    if (placed.newLine) await tx.putStoryline({ storyline: { id: placed.storyline, title: article.title ?? article.id, storyIds: [placed.story] }, updatedAt });
    else if (placed.newStory) {
      const line = await tx.getStoryline(placed.storyline);
      if (!line) throw new Error(`Library: storyline ${placed.storyline} is placed but not stored; the library is damaged`);
      await tx.putStoryline({ storyline: { ...line.storyline, storyIds: [...line.storyline.storyIds, placed.story] }, updatedAt });
    }
  }

  /** Re-derives one story from its stored members; false when its membership changed meanwhile (it stays dirty). */
  async function rederive(id: string): Promise<boolean> {
    const stored = await store.getStory(id);
    if (!stored) return true;
    const members = (await store.getArticles(stored.story.articleIds)).map((s) => s.article);
    const aligned = alignEntities(members);
    const story: Story = { ...buildStory(aligned, findTwins(aligned, [aligned.map((a) => a.id)]), options.stories), id };
    return store.transaction(async (tx) => {
      const current = await tx.getStory(id);
      if (current && current.story.articleIds.join('\u0000') !== stored.story.articleIds.join('\u0000')) return false;
      const updatedAt = now();
      if (current) await tx.putStory({ story, updatedAt });
      await retitleStoryline(tx, id, updatedAt);
      await tx.setMeta(DIRTY, asIds(await tx.getMeta(DIRTY)).filter((d) => d !== id));
      return true;
    });
  }

  /** A storyline is titled by its largest story. */
  async function retitleStoryline(tx: StoreTx, storyId: string, updatedAt: string): Promise<void> {
    const p = await ready(tx);
    const line = p.storiesOfLine(storyId);
    if (!line) return;
    const stored = await tx.getStoryline(line.id);
    if (!stored) return;
    let title = stored.storyline.title;
    let size = 0;
    for (const sid of line.stories) {
      const s = await tx.getStory(sid);
      if (s && s.story.articleIds.length > size) size = s.story.articleIds.length, title = s.story.title;
    }
    if (title !== stored.storyline.title) await tx.putStoryline({ storyline: { ...stored.storyline, title }, updatedAt });
  }

  async function refresh(): Promise<string[]> {
    const done: string[] = [];
    for (const id of asIds(await store.getMeta(DIRTY))) if (await rederive(id)) done.push(id);
    return done;
  }

  return {
    store,
    async add(articles, onProgress, addOptions = {}) {
      const refreshing = addOptions.refresh ?? true;
      const results: AddResult[] = [];
      let sinceRefresh = 0;
      for (const extracted of articles) {
        const result = await addOne(extracted);
        results.push(result);
        if (refreshing && result.kind === 'added' && ++sinceRefresh >= REFRESH_EVERY) await refresh(), (sinceRefresh = 0);
        onProgress?.({ done: results.length, total: articles.length, last: result });
      }
      if (refreshing) await refresh();
      return results;
    },
    refresh,
    refreshStory: rederive,
    close: () => store.close(),
  };
}
