/** GET /api/search?q=…&limit=: where the words occur, as citable spans, with each article's title. */
import { Hono } from 'hono';
import type { Library } from '../../library/types.js';
import { parseCount, parseQuery } from '../params.js';
import { problem } from '../problem.js';

/** Hits per search: the default and the most a client may ask for. */
const DEFAULT_HITS = 50;
const MAX_HITS = 500;

export function searchApi(library: Library): Hono {
  const api = new Hono();
  api.get('/', async (c) => {
    const q = parseQuery(c.req.query('q'));
    if (!q.ok) return problem(c, 400, q.message);
    const limit = parseCount(c.req.query('limit'), 'limit', DEFAULT_HITS, 1, MAX_HITS);
    if (!limit.ok) return problem(c, 400, limit.message);
    const result = await searchLibrary(library, q.value, limit.value);
    return c.json(result);
  });
  return api;
}

export interface SearchResult {
  readonly query: string;
  readonly hits: Awaited<ReturnType<Library['store']['search']>>;
  readonly articles: Readonly<Record<string, { readonly title: string | null; readonly outlet: string | null; readonly published: string | null }>>;
}

/** The hits, and the title, outlet and date of each article they are in (for a readable result list). */
export async function searchLibrary(library: Library, query: string, limit: number): Promise<SearchResult> {
  const hits = await library.store.search(query, { limit });
  const ids = [...new Set(hits.map((h) => h.article))];
  const stored = await library.store.getArticles(ids);
  const articles = Object.fromEntries(stored.map(({ article: a }) => [a.id, { title: a.title, outlet: a.outlet, published: a.published }]));
  return { query, hits, articles };
}
