/** The HTML pages: the story list, a story, an article, the add form, search. They read the store as the API does. */
import { Hono } from 'hono';
import type { Library } from '../../library/types.js';
import { CLIENT_SCRIPT } from '../../web/client.js';
import { html, raw } from '../../web/html.js';
import { webLinks } from '../../web/links.js';
import { renderArticlePage } from '../../web/views/article-page.js';
import { renderStoryList } from '../../web/views/story-list.js';
import { renderStoryPage } from '../../web/views/story-page.js';
import type { JobRegistry } from '../jobs.js';
import { ADD_SCRIPT } from '../pages/add-script.js';
import { addForm, jobStatus } from '../pages/add-page.js';
import { errorPage } from '../pages/error-page.js';
import { searchForm, searchResults } from '../pages/search-page.js';
import { sendPage } from '../pages/send-page.js';
import { parseCount, parseId, parseQuery } from '../params.js';
import { twinsOf } from '../summaries.js';
import { searchLibrary } from './api-search.js';

/** Stories per page of the list (the list shows each story's bar; 100 rows stay quick to render and read). */
const STORIES_PER_PAGE = 100;
const SEARCH_HITS = 100;

export function pageRoutes(library: Library, jobs: JobRegistry, maxBodyBytes: number): Hono {
  const pages = new Hono();
  const links = webLinks();

  // Browsers ask for it on every first visit; an empty answer keeps a 404 out of their console.
  pages.get('/favicon.ico', (c) => {
    c.header('Cache-Control', 'max-age=86400');
    return c.body(null, 204);
  });

  pages.get('/', async (c) => {
    const offset = parseCount(c.req.query('offset'), 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    if (!offset.ok) return errorPage(c, 400, offset.message);
    const stored = await library.store.listStories({ limit: STORIES_PER_PAGE, offset: offset.value });
    const list = raw(renderStoryList(stored.map((s) => ({ story: s.story, updatedAt: s.updatedAt })), links));
    const more = stored.length === STORIES_PER_PAGE ? html`<p><a href="/?offset=${offset.value + STORIES_PER_PAGE}">Older stories</a></p>` : '';
    const empty = !stored.length && offset.value === 0 ? html`<p><a href="/add">Add articles</a> to start the library.</p>` : '';
    return sendPage(c, { title: 'Stories', section: 'stories', body: html`${list}${more}${empty}` });
  });

  pages.get('/stories/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'story');
    if (!id.ok) return errorPage(c, 400, id.message);
    const stored = await library.store.getStory(id.value);
    if (!stored) return errorPage(c, 404, `No story has the id “${id.value}”. It may have merged into another story as articles arrived.`);
    const articles = (await library.store.getArticles(stored.story.articleIds)).map((a) => a.article);
    return sendPage(c, { title: stored.story.title, section: 'stories', body: raw(renderStoryPage(stored.story, articles, links)) });
  });

  pages.get('/articles/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'article');
    if (!id.ok) return errorPage(c, 400, id.message);
    const stored = await library.store.getArticle(id.value);
    if (!stored) return errorPage(c, 404, `No article has the id “${id.value}”.`);
    const stories = (await Promise.all((await library.store.storiesOfArticle(id.value)).map((s) => library.store.getStory(s)))).flatMap((s) => (s ? [s.story] : []));
    const twin = twinsOf(id.value, stories)[0] ?? null;
    const body = raw(renderArticlePage(stored.article, { stories, twin }, links));
    return sendPage(c, { title: stored.article.title ?? id.value, section: 'stories', body, script: CLIENT_SCRIPT });
  });

  pages.get('/add', (c) => {
    const requested = c.req.query('job') ?? null;
    const id = requested === null ? null : parseId(requested, 'job');
    const job = id?.ok ? jobs.get(id.value) : null;
    return sendPage(c, { title: 'Add articles', section: 'add', body: html`${addForm(maxBodyBytes)}${jobStatus(job, requested)}`, script: ADD_SCRIPT });
  });

  pages.get('/search', async (c) => {
    const given = c.req.query('q');
    if (given === undefined || !given.trim()) return sendPage(c, { title: 'Search', section: 'search', body: searchForm('') });
    const q = parseQuery(given);
    if (!q.ok) return sendPage(c, { title: 'Search', section: 'search', status: 400, body: html`${searchForm(given.slice(0, 200))}<p id="search-summary" role="alert">${q.message}</p>` });
    const result = await searchLibrary(library, q.value, SEARCH_HITS);
    return sendPage(c, { title: `Search: ${q.value}`, section: 'search', body: html`${searchForm(q.value)}${searchResults(result, links)}` });
  });

  return pages;
}
