/** GET /api/stories, /api/stories/:id, /api/stories/:id/articles. */
import { Hono } from 'hono';
import type { Library } from '../../library/types.js';
import { parseId, parsePage, parseSince } from '../params.js';
import { problem } from '../problem.js';
import { articleCard, byNewestThenContested, summarizeStory } from '../summaries.js';

export function storyApi(library: Library): Hono {
  const api = new Hono();

  api.get('/', async (c) => {
    const page = parsePage((name) => c.req.query(name));
    if (!page.ok) return problem(c, 400, page.message);
    const since = parseSince(c.req.query('since'));
    if (!since.ok) return problem(c, 400, since.message);
    const { limit, offset } = page.value;
    const stored = await library.store.listStories({ limit, offset, ...(since.value ? { since: since.value } : {}) });
    const stories = stored.map(summarizeStory).sort(byNewestThenContested);
    return c.json({ stories, page: { limit, offset, next: stored.length === limit ? offset + limit : null } });
  });

  api.get('/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'story');
    if (!id.ok) return problem(c, 400, id.message);
    const stored = await library.store.getStory(id.value);
    if (!stored) return problem(c, 404, `no story has the id "${id.value}"; list the stories with GET /api/stories`);
    return c.json(stored);
  });

  api.get('/:id/articles', async (c) => {
    const id = parseId(c.req.param('id'), 'story');
    if (!id.ok) return problem(c, 400, id.message);
    const stored = await library.store.getStory(id.value);
    if (!stored) return problem(c, 404, `no story has the id "${id.value}"; list the stories with GET /api/stories`);
    const articles = await library.store.getArticles(stored.story.articleIds);
    return c.json({ story: id.value, articles: articles.map((a) => articleCard(a, stored.story)) });
  });

  return api;
}
