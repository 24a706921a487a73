// Usage: node coldopen.mjs sqlite|pglite PATH — time from process start (after node itself is up)
// to the first story page of an existing library. Run it several times; the OS page cache is warm.
const t0 = performance.now();
const { open } = await import('./open.mjs');
const db = await open(process.argv[2], process.argv[3]);
const tOpen = performance.now();
const [id] = await db.randomStoryIds(1);
const page = await db.storyPage(id);
const tFirst = performance.now();
await db.close();
console.log(JSON.stringify({ engine: process.argv[2], openMs: tOpen - t0, firstPageMs: tFirst - t0, articles: page.articles.length, rssMB: process.memoryUsage().rss / 1e6 }));
