import { extractArticle } from './extract/extract.js';
import { ingest, type IngestOptions } from './ingest/ingest.js';
import type { ExtractedArticle, Message, Report } from './types.js';
import { REPORT_VERSION } from './version.js';

export interface RunOptions {
  readonly ingest?: IngestOptions;
  /** Called after each input item, for progress displays. */
  readonly onProgress?: (progress: { readonly articles: number; readonly errors: number; readonly inputs: number; readonly source: string }) => void;
}

/** One extracted article or one message, in input order: what `parallax extract` streams. */
export type ExtractItem = { readonly kind: 'article'; readonly article: ExtractedArticle } | { readonly kind: 'message'; readonly message: Message };

/** Ingest and extract, streaming: memory stays flat however many inputs there are. */
export async function* extractInputs(inputs: readonly string[], options: RunOptions = {}): AsyncGenerator<ExtractItem> {
  let articles = 0;
  let errors = 0;
  // Inputs done: one per document or per error (a file that failed is done too).
  let done = 0;
  for await (const item of ingest(inputs, options.ingest)) {
    if (item.kind === 'message') {
      if (item.message.severity === 'error') errors++, done++;
      yield item;
      options.onProgress?.({ articles, errors, inputs: done, source: item.message.source });
      continue;
    }
    const { article, messages } = extractArticle(item.doc);
    for (const m of messages) {
      if (m.severity === 'error') errors++;
      yield { kind: 'message', message: m };
    }
    articles++;
    done++;
    yield { kind: 'article', article };
    options.onProgress?.({ articles, errors, inputs: done, source: item.doc.source });
  }
}

/**
 * The whole pipeline, one line per stage. Later stages (annotate, cluster, compare, synthesize)
 * slot in below extract and only add spans over the frozen article text.
 */
export async function analyze(inputs: readonly string[], options: RunOptions = {}): Promise<Report> {
  const articles: ExtractedArticle[] = [];
  const messages: Message[] = [];
  for await (const item of extractInputs(inputs, options)) {
    if (item.kind === 'article') articles.push(item.article); // ingest + extract: clean text, metadata, disclosure
    else messages.push(item.message);
  }
  return { version: REPORT_VERSION, articles, messages };
}
