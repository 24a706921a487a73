/**
 * Where the views link to, as a parameter: the web app links to its routes, the one-file report
 * to anchors in the same page. The views never build a URL themselves.
 */
export interface SpanRef {
  readonly start: number;
  readonly end: number;
}

export interface Links {
  story(id: string): string;
  /** An article, or one sentence of it: the fragment must name `sentenceId(id, span)`. */
  article(id: string, span?: SpanRef): string;
  storyList(): string;
  /** The element id the article view gives a sentence. Default `cite-START-END`. */
  sentenceId?(articleId: string, span: SpanRef): string;
}

const enc = encodeURIComponent;
const citeId = (span: SpanRef) => `cite-${span.start}-${span.end}`;

/** The id of a sentence's element under these links. */
export function sentenceId(links: Links, articleId: string, span: SpanRef): string {
  return links.sentenceId ? links.sentenceId(articleId, span) : citeId(span);
}

/** The web app's routes: `/stories/ID`, `/articles/ID#cite-START-END`, `/`. */
export function webLinks(base = ''): Links {
  return {
    story: (id) => `${base}/stories/${enc(id)}`,
    article: (id, span) => `${base}/articles/${enc(id)}${span ? `#${citeId(span)}` : ''}`,
    storyList: () => `${base}/`,
  };
}

/** The one-file report's anchors: `#story-ID`, `#article-ID`, `#article-ID-cite-START-END`, `#stories`. */
export function reportLinks(): Links {
  const sentence = (id: string, span: SpanRef) => `article-${id}-${citeId(span)}`;
  return {
    story: (id) => `#${enc(`story-${id}`)}`,
    article: (id, span) => `#${enc(span ? sentence(id, span) : `article-${id}`)}`,
    storyList: () => '#stories',
    sentenceId: sentence,
  };
}

/** The element id of a story's or an article's section in the one-file report. */
export const reportSectionId = { story: (id: string) => `story-${id}`, article: (id: string) => `article-${id}` };
