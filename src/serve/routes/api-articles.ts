/** GET /api/articles, /api/articles/:id (the article, its stories, its twins). POST /api/articles is in api-submit.ts. */
import { Hono } from 'hono';
import type { Library } from '../../library/types.js';
import { parseId, parsePage } from '../params.js';
import { problem } from '../problem.js';
import { twinsOf } from '../summaries.js';

export function articleApi(library: Library): Hono {
  const api = new Hono();

  api.get('/', async (c) => {
    const page = parsePage((name) => c.req.query(name));
    if (!page.ok) return problem(c, 400, page.message);
    const { limit, offset } = page.value;
    const [articles, total] = await Promise.all([library.store.listArticles({ limit, offset }), library.store.countArticles()]);
    return c.json({ articles, page: { limit, offset, total, next: offset + articles.length < total ? offset + articles.length : null } });
  });

  api.get('/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'article');
    if (!id.ok) return problem(c, 400, id.message);
    const stored = await library.store.getArticle(id.value);
    if (!stored) return problem(c, 404, `no article has the id "${id.value}"; list the articles with GET /api/articles`);
    const storyIds = await library.store.storiesOfArticle(id.value);
    const stories = (await Promise.all(storyIds.map((s) => library.store.getStory(s)))).flatMap((s) => (s ? [s.story] : []));
    return c.json({ article: stored.article, addedAt: stored.addedAt, stories: storyIds, twins: twinsOf(id.value, stories) });
  });

  return api;
}
