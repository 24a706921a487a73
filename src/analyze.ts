import { annotateArticle } from './annotate/annotate.js';
import { profileArticle } from './profile/profile-article.js';
import { alignEntities } from './annotate/align-entities.js';
import type { LlmOptions } from './brief/llm/complete-chat.js';
import { reviseBriefs } from './brief/llm/revise-briefs.js';
import { extractArticle } from './extract/extract.js';
import { ingest, type IngestOptions } from './ingest/ingest.js';
import { buildStories, type StoriesOptions } from './stories/build-stories.js';
import type { ExtractedArticle, Message, Report } from './types.js';
import { REPORT_VERSION } from './version.js';

export interface RunOptions {
  readonly ingest?: IngestOptions;
  /** Options of the stories stage (the brief's length). */
  readonly stories?: StoriesOptions;
  /**
   * An OpenAI-compatible chat completions server that rewrites each story's brief; every number, name
   * and quotation it writes is checked against the sources it cites. Off by default: the extractive brief.
   */
  readonly llm?: LlmOptions;
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
 * The whole pipeline, one line per stage. Every stage after extract only adds spans over the frozen
 * article text (or evidence pointing into it).
 */
export async function analyze(inputs: readonly string[], options: RunOptions = {}): Promise<Report> {
  const extracted: ExtractedArticle[] = [];
  const messages: Message[] = [];
  for await (const item of extractInputs(inputs, options)) {
    if (item.kind === 'article') extracted.push(item.article); // ingest + extract: clean text, metadata, disclosure
    else messages.push(item.message);
  }
  const annotated = extracted.map((a) => ({ ...a, ...annotateArticle(a) })); // sentences, entities, quotes, claims, times
  const articles = alignEntities(annotated).map(profileArticle); // one id per actor across articles; genre, frames, sympathy, loaded language
  const { stories: built, storylines, twins } = buildStories(articles, options.stories); // cluster, compare, synthesize
  const { stories, messages: checks } = options.llm ? await reviseBriefs(built, articles, { ...options.llm, briefWords: options.stories?.briefWords }) : { stories: built, messages: [] }; // optional: model-written briefs, checked against their sources
  return { version: REPORT_VERSION, articles, stories, storylines, twins, messages: [...messages, ...checks] };
}
