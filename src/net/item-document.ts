import type { RawDocument } from '../types.js';
import { articleIdFromUrl } from './article-id.js';
import { htmlToText } from './feed-text.js';
import type { FeedItem } from './feed-types.js';

/**
 * Characters of text below which a body carried in a feed is a teaser, not the article, and the
 * page is fetched instead. 500: teasers run one to three sentences (≈150–400 characters); a
 * news article's body is rarely shorter than 500.
 */
export const MIN_FEED_BODY_CHARS = 500;

/**
 * A document straight from a feed item that carries the full body (content:encoded, Atom
 * content, content_html), so its page need not be fetched; null when the item has no body or
 * only a teaser — then fetch `item.url` with fetchArticle.
 */
export function documentFromItem(item: FeedItem, feedUrl: string, minChars = MIN_FEED_BODY_CHARS): RawDocument | null {
  if (!item.contentHtml || htmlToText(item.contentHtml).length < minChars) return null;
  const source = item.url ?? `${feedUrl}#${item.id}`;
  return {
    id: articleIdFromUrl(source),
    origin: item.url ? { url: item.url } : { url: feedUrl },
    source,
    format: 'html',
    content: item.contentHtml,
    given: {
      ...(item.title ? { title: item.title } : {}),
      ...(item.published ? { published: item.published } : {}),
      ...(item.url ? { url: item.url } : {}),
    },
  };
}
