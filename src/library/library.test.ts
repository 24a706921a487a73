import { describe, expect, it } from 'vitest';
import { analyze, extractInputs } from '../analyze.js';
import { createMemoryStore } from '../store/memory-store.js';
import type { ExtractedArticle } from '../types.js';
import { openLibrary, storyIdFor } from './library.js';

const clock = () => new Date('2031-05-02T10:00:00.000Z');

async function examples(): Promise<ExtractedArticle[]> {
  const out: ExtractedArticle[] = [];
  for await (const item of extractInputs(['examples'])) if (item.kind === 'article') out.push(item.article);
  return out;
}

/** Story memberships as sorted sets, to compare groupings whatever the ids. */
const groups = (stories: readonly { articleIds: readonly string[] }[]) => stories.map((s) => [...s.articleIds].sort().join(' ')).sort();

describe('library', () => {
  it('groups articles added one by one like the one-shot incremental pass, and re-derives grown stories', async () => {
    const articles = await examples();
    const library = await openLibrary({ store: await createMemoryStore(), clock });
    const results = await library.add(articles);
    expect(results.every((r) => r.kind === 'added')).toBe(true);
    const stored = (await library.store.listStories()).map((s) => s.story);
    // Every article in exactly one story, and the story of each result holds it.
    expect(stored.flatMap((s) => s.articleIds).sort()).toEqual(articles.map((a) => a.id).sort());
    for (const r of results) if (r.kind === 'added') expect((await library.store.getStory(r.story))?.story.articleIds).toContain(r.id);
    // Nothing left stale: each story's analysis covers all its members (sources and voices per article).
    for (const s of stored) {
      expect(s.sources.flat().sort()).toEqual([...s.articleIds].sort());
      expect(Object.keys(s.voices).sort()).toEqual([...s.articleIds].sort());
    }
    // The main event gathers several sources, as in the one-shot report.
    const report = await analyze(['examples']);
    const largest = Math.max(...report.stories.map((s) => s.articleIds.length));
    expect(Math.max(...stored.map((s) => s.articleIds.length))).toBeGreaterThanOrEqual(largest - 1);
    expect(await library.refresh()).toEqual([]);
  });

  it('re-adding is a no-op; ids stay fixed by the first article; a reopened library places new articles where a continuous one would', async () => {
    const articles = await examples();
    const store = await createMemoryStore();
    const first = await openLibrary({ store, clock });
    await first.add(articles.slice(0, 5));
    const again = await first.add(articles.slice(0, 5));
    expect(again.map((r) => r.kind)).toEqual(Array(5).fill('duplicate'));
    // A second library object on the same store (another process) replays the placements and goes on.
    const second = await openLibrary({ store, clock });
    await second.add(articles.slice(5));
    const continuous = await openLibrary({ store: await createMemoryStore(), clock });
    await continuous.add(articles);
    const ids = async (lib: typeof first) => (await lib.store.listStories()).map((s) => s.story.id).sort();
    expect(groups((await second.store.listStories()).map((s) => s.story))).toEqual(groups((await continuous.store.listStories()).map((s) => s.story)));
    expect(await ids(second)).toEqual(await ids(continuous));
    for (const s of (await continuous.store.listStories()).map((x) => x.story)) expect(s.id).toBe(storyIdFor(s.articleIds[0] as string));
    // Storylines name stored stories only.
    for (const l of await continuous.store.listStorylines()) for (const sid of l.storyline.storyIds) expect(await continuous.store.getStory(sid)).not.toBeNull();
  });

  it('rejects an article it cannot store, as data, and goes on with the rest', async () => {
    const articles = await examples();
    const library = await openLibrary({ store: await createMemoryStore(), clock });
    const clash = { ...(articles[1] as ExtractedArticle), id: (articles[0] as ExtractedArticle).id };
    const results = await library.add([articles[0] as ExtractedArticle, clash, articles[2] as ExtractedArticle]);
    expect(results.map((r) => r.kind)).toEqual(['added', 'rejected', 'added']);
  });
});
