/** The search page: a form, and each hit as a link to the sentence it stands in (highlighted there). */
import { html, type SafeHtml } from '../../web/html.js';
import type { Links } from '../../web/links.js';
import type { SearchResult } from '../routes/api-search.js';

const KIND: Record<string, string> = { text: 'text', quote: 'quote', claim: 'figure' };

export function searchForm(query: string): SafeHtml {
  return html`<h1>Search</h1>
<form id="search-form" method="get" action="/search" role="search">
<p><label for="search-q">Words to find in the articles, their quotes and figures</label><br>
<input id="search-q" name="q" type="search" value="${query}" maxlength="200" required> <button type="submit">Search</button></p>
</form>`;
}

export function searchResults(result: SearchResult, links: Links): SafeHtml {
  if (!result.hits.length) return html`<p id="search-summary" role="status">Nothing found for “${result.query}”. Every word must occur in an article.</p>`;
  const byArticle = new Map<string, SearchResult['hits'][number][]>();
  for (const hit of result.hits) byArticle.set(hit.article, [...(byArticle.get(hit.article) ?? []), hit]);
  return html`<p id="search-summary" role="status">${result.hits.length} ${result.hits.length === 1 ? 'place' : 'places'} in ${byArticle.size} ${byArticle.size === 1 ? 'article' : 'articles'} for “${result.query}”.</p>
<ol class="search-results">${[...byArticle].map(([id, hits]) => {
    const a = result.articles[id];
    return html`<li><h2><a href="${links.article(id)}">${a?.title ?? id}</a></h2>
<p class="meta">${[a?.outlet, a?.published].filter(Boolean).join(' · ') || id}</p>
<ul>${hits.map((h) => html`<li><a class="cite" href="${links.article(id, h)}">${KIND[h.kind] ?? h.kind}</a>: “${h.text}”</li>`)}</ul></li>`;
  })}</ol>`;
}
