import { message } from '../ingest/messages.js';
import type { Message, RawDocument } from '../types.js';
import { articleIdFromUrl } from './article-id.js';
import { PAGE_TYPES } from './fetch-defaults.js';
import { politeFetch, type PoliteFetchOptions } from './polite-fetch.js';

/**
 * One article page, fetched safely and politely, as a raw document for `extractArticle`; or
 * the message that says why not. HTML and XHTML become `html` documents, text/plain `text`.
 */
export async function fetchArticle(url: string, options: PoliteFetchOptions = {}): Promise<RawDocument | Message> {
  const result = await politeFetch(url, options, options.accept ?? PAGE_TYPES);
  if (result.kind === 'error') return result.message;
  if (result.kind === 'not-modified') return message('info', 'fetch/not-modified', url, 'the page has not changed since the copy you have (HTTP 304); nothing new to read');
  if (!result.body.trim()) return message('error', 'fetch/empty', url, `${result.finalUrl} answered with an empty page; expected an article`);
  return {
    id: articleIdFromUrl(result.finalUrl),
    origin: { url: result.finalUrl },
    source: url,
    format: result.mediaType === 'text/plain' ? 'text' : 'html',
    content: result.body,
    given: {},
  };
}
