import type { ReportArticle, Story } from '../../types.js';
import { html, type SafeHtml } from '../html.js';
import type { Links } from '../links.js';
import { renderArticleAnnotations } from './article-annotations.js';
import { HIGHLIGHT_LEGEND, renderArticleBody } from './article-body.js';
import { renderArticleProfile } from './article-profile.js';

export interface ArticleContext {
  /** The stories the article belongs to. */
  readonly stories?: readonly Story[];
  /** The id of its twin (the same text retold), if it has one. */
  readonly twin?: string | null;
  /** Heading level of the article title: 1 on its own page (default), 2 inside the report. */
  readonly level?: 1 | 2;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The article page's content, as markup: metadata, highlighted text, profile, annotations. */
export function articleFragment(a: ReportArticle, context: ArticleContext, links: Links): SafeHtml {
  const h = context.level ?? 1;
  const title = a.title ?? '(untitled)';
  const url = a.url ?? null;
  const facts = [
    a.outlet && html`<span>${a.outlet}</span>`,
    a.byline && html`<span>by ${a.byline}</span>`,
    html`<span>${a.published ? html`published <time datetime="${a.published}">${a.published}</time>` : 'date not given'}</span>`,
    html`<span>language ${a.language}</span>`,
    html`<span>${words(a.text)} words</span>`,
  ].filter((x): x is SafeHtml => !!x);
  const stories = context.stories ?? [];
  const titleId = h === 1 ? 'title' : `article-${a.id}-title`;
  return html`<article class="article" aria-labelledby="${titleId}">
${h === 1 ? html`<h1 id="${titleId}">${title}</h1>` : html`<h2 id="${titleId}">${title}</h2>`}
${a.dek ? html`<p class="dek"><em>${a.dek}</em></p>` : ''}
<p class="meta">${facts.map((f, i) => html`${i ? ' · ' : ''}${f}`)}</p>
${url ? html`<p class="meta">Source: <a href="${url}" rel="noopener noreferrer nofollow">${url}</a></p>` : a.path ? html`<p class="meta">File: ${a.path}</p>` : ''}
<p class="meta">Article id ${a.id}${stories.length ? html` · in ${stories.map((s, i) => html`${i ? ', ' : ''}<a href="${links.story(s.id)}">${s.title}</a>`)}` : ''}${context.twin ? html` · twin of <a href="${links.article(context.twin)}">${context.twin}</a> (the same text retold; counted as one source)` : ''}</p>
${a.aiDisclosure ? html`<p class="disclosure"><strong>AI disclosure:</strong> ${a.aiDisclosure.text}</p>` : ''}
${HIGHLIGHT_LEGEND}
${renderArticleBody(a, links)}
<section aria-label="Profile"><h${h + 1}>How it tells it</h${h + 1}>
${renderArticleProfile(a, links)}
</section>
<section aria-label="Annotations"><h${h + 1}>Who and what it names</h${h + 1}>
${renderArticleAnnotations(a, links)}
</section>
${a.removed.length ? html`<details><summary>Removed from the page (${a.removed.length}): boilerplate kept out of the text</summary><ul>${a.removed.map((r) => html`<li><span class="badge">${r.reason}</span> “${r.text.length > 120 ? `${r.text.slice(0, 119)}…` : r.text}”</li>`)}</ul></details>` : ''}
<p class="meta">Extracted by ${a.extraction.method}.</p>
</article>`;
}

/** An article page: metadata, the text with quotes, figures, names and loaded wording marked, its profile and links. */
export function renderArticlePage(article: ReportArticle, context: ArticleContext, links: Links): string {
  return articleFragment(article, context, links).value;
}
