/**
 * The work of one upload job: read each submitted item into documents (ingest), extract each
 * (extract), then hand the articles to `library.add`, which analyses, stores and places them. Every
 * item ends as one result — added (with its story), duplicate, or rejected with its message — and
 * one broken item never stops the others.
 */
import { extractArticle } from '../extract/extract.js';
import type { AddResult, Library } from '../library/types.js';
import type { ExtractedArticle, Message, RawDocument } from '../types.js';
import type { JobResult, JobWork } from './jobs.js';
import type { SubmittedItem } from './read-submission.js';
import { itemToDocuments } from './to-documents.js';

/** Lets the server answer polls between two CPU-bound extractions. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Pending {
  readonly article: ExtractedArticle;
  readonly source: string;
}

export function articleJob(items: readonly SubmittedItem[], library: Library, pause: () => Promise<void> = nextTurn): JobWork {
  return async (progress) => {
    // 1. ingest: each item's documents; an item that cannot be read is rejected with ingest's message.
    const docs: RawDocument[] = [];
    const unreadable: Message[] = [];
    for (const item of items) {
      const read = itemToDocuments(item);
      docs.push(...read.docs);
      for (const m of read.messages) {
        if (m.severity === 'error') unreadable.push(m);
        else progress.message(m);
      }
    }
    progress.plan(docs.length + unreadable.length);
    const early: JobResult[] = unreadable.map((m) => ({ kind: 'rejected', source: m.source, id: m.article ?? null, title: null, message: m }));
    early.forEach(progress.result);

    // 2. extract: an article without text is rejected with extract's message.
    const pending: Pending[] = [];
    for (const doc of docs) {
      await pause();
      const { article, messages } = extractArticle(doc);
      const error = messages.find((m) => m.severity === 'error');
      for (const m of messages) if (m !== error) progress.message(m);
      if (!error) pending.push({ article, source: doc.source });
      else {
        const rejected: JobResult = { kind: 'rejected', source: doc.source, id: doc.id, title: article.title, message: error };
        early.push(rejected);
        progress.result(rejected);
      }
    }
    if (!pending.length) return;

    // 3. the library analyses, stores and places each article.
    const added = await library.add(pending.map((p) => p.article), ({ done, last }) => {
      const item = pending[done - 1];
      if (item) progress.result(toResult(last, item, last.kind === 'added' ? last.story : null));
    });
    progress.settle([...early, ...(await settle(library, pending, added))]);
  };
}

function toResult(result: AddResult, item: Pending, story: string | null): JobResult {
  const { source } = item;
  const title = item.article.title;
  if (result.kind === 'added') return { kind: 'added', source, id: result.id, title, story: story ?? result.story, newStory: result.newStory };
  if (result.kind === 'duplicate') return { kind: 'duplicate', source, id: result.id, title, by: result.by, story };
  return { kind: 'rejected', source, id: result.id, title, message: result.message };
}

/** The final word: the results `add` returned, with each stored article's story as the library now holds it (stories merge). */
async function settle(library: Library, pending: readonly Pending[], added: readonly AddResult[]): Promise<JobResult[]> {
  const results: JobResult[] = [];
  for (const [i, result] of added.entries()) {
    const item = pending[i];
    if (!item) continue;
    const stories = result.kind === 'rejected' ? [] : await library.store.storiesOfArticle(result.id);
    results.push(toResult(result, item, stories[0] ?? null));
  }
  return results;
}
