import type { Evidence, ReportArticle } from '../types.js';
import { html, type SafeHtml } from './html.js';
import type { Links, SpanRef } from './links.js';

type Sentences = Pick<ReportArticle, 'sentences'>;

/**
 * The sentence a cited span lies in (the one holding its first character), so every citation
 * lands on an element the article view has given an id — with or without JavaScript. A span in
 * the gap between sentences goes to the next sentence; an unknown article keeps the span as is.
 */
export function sentenceAt(article: Sentences | undefined, span: SpanRef): SpanRef {
  const sentences = article?.sentences ?? [];
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? 0) <= span.start) (found = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  const at = sentences[found];
  if (at && at.end > span.start) return { start: at.start, end: at.end };
  const next = sentences[found + 1];
  return next ? { start: next.start, end: next.end } : { start: span.start, end: span.end };
}

/** Each article's display name: its outlet, or its id; outlets that occur twice get the id too. */
export function articleNames(articles: readonly ReportArticle[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const a of articles) if (a.outlet) count.set(a.outlet, (count.get(a.outlet) ?? 0) + 1);
  return new Map(articles.map((a) => [a.id, a.outlet ? ((count.get(a.outlet) ?? 0) > 1 ? `${a.outlet} (${a.id})` : a.outlet) : a.id]));
}

const short = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** What the views need to link a piece of evidence to the sentence that holds it. */
export interface CiteContext {
  readonly links: Links;
  readonly articles: ReadonlyMap<string, ReportArticle>;
  readonly names: ReadonlyMap<string, string>;
}

export function citeContext(articles: readonly ReportArticle[], links: Links): CiteContext {
  return { links, articles: new Map(articles.map((a) => [a.id, a])), names: articleNames(articles) };
}

/** The href of the sentence holding a piece of evidence. */
export function evidenceHref(ctx: CiteContext, e: Evidence): string {
  return ctx.links.article(e.article, sentenceAt(ctx.articles.get(e.article), e));
}

/** A link to the sentence holding the evidence; the hover title quotes the exact cited words. */
export function evidenceLink(ctx: CiteContext, e: Evidence, label: SafeHtml | string): SafeHtml {
  const name = ctx.names.get(e.article) ?? e.article;
  return html`<a class="cite" href="${evidenceHref(ctx, e)}" title="${`${name}: “${short(e.text, 200)}”`}">${label}</a>`;
}

/** Numbered citations: "[1]" links in the text, a numbered list of the cited spans below. */
export function createCiter(ctx: CiteContext) {
  const notes: Evidence[] = [];
  const index = new Map<string, number>();
  const keyOf = (e: Evidence) => `${e.article}\u0000${e.start}\u0000${e.end}`;
  return {
    cite(cites: readonly Evidence[]): SafeHtml {
      const marks = cites.map((e) => {
        let n = index.get(keyOf(e));
        if (n === undefined) notes.push(e), index.set(keyOf(e), (n = notes.length));
        return evidenceLink(ctx, e, `[${n}]`);
      });
      return marks.length ? html`<sup class="cites">${marks}</sup>` : html``;
    },
    notes(): SafeHtml {
      if (!notes.length) return html``;
      return html`<ol class="notes">${notes.map((e) => html`<li>${evidenceLink(ctx, e, ctx.names.get(e.article) ?? e.article)}: “${short(e.text, 240)}”</li>`)}</ol>`;
    },
  };
}
