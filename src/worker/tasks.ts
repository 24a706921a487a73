import { extractArticle } from '../extract/extract.js';
import { dueFeeds, listFeeds, pollFeed } from '../feeds/watch-feeds.js';
import type { AddResult, Library } from '../library/types.js';
import { fetchArticle } from '../net/fetch-article.js';
import type { PoliteFetchOptions } from '../net/polite-fetch.js';
import type { Logger } from '../ops/log.js';
import type { ExtractedArticle, Message } from '../types.js';
import { jobs, TASKS, type AddDocumentPayload, type FetchUrlPayload, type JobSpec, type PollFeedPayload, type RederivePayload } from './jobs.js';

/**
 * A problem retrying cannot fix (a page robots.txt forbids, a 404, a private address, not an article):
 * the job ends, logged as failed, and is not retried. Anything else thrown is retried with backoff.
 */
export class PermanentFailure extends Error {
  constructor(readonly problem: Message) {
    super(`${problem.ruleId}: ${problem.reason}`);
  }
}

/** Fetch problems worth retrying: the network or the server may be back in a minute. */
const TRANSIENT = /fetch\/(timeout|network|dns|aborted)|http-status/;

export interface TaskContext {
  readonly library: Library;
  readonly fetch: PoliteFetchOptions;
  readonly addJob: (spec: JobSpec) => Promise<void>;
  readonly clock: () => Date;
  readonly logger: Logger;
}

export type TaskFn = (payload: unknown) => Promise<string>;

/**
 * The task handlers, each returning a one-line summary for the log. Placement happens inside
 * `library.add` under the store's transaction lock (the PostgreSQL advisory lock), so any number of
 * workers can add articles of one event at once and end with one story.
 */
export function createTasks(ctx: TaskContext): Record<string, TaskFn> {
  const { library } = ctx;

  /** Adds without re-deriving inline, then queues one re-derive job per grown story (deduplicated by story). */
  async function addAll(articles: readonly ExtractedArticle[]): Promise<AddResult[]> {
    const results = await library.add(articles, undefined, { refresh: false });
    const grown = new Set(results.flatMap((r) => (r.kind === 'added' && !r.newStory ? [r.story] : [])));
    for (const story of grown) await ctx.addJob(jobs.rederive(story, ctx.clock()));
    return results;
  }

  const summary = (results: readonly AddResult[]) => results.map((r) => (r.kind === 'added' ? `added ${r.id} to ${r.story}` : r.kind === 'duplicate' ? `${r.id} already there` : `rejected ${r.id}: ${r.message.reason}`)).join('; ');

  async function addExtracted(article: ExtractedArticle): Promise<string> {
    const [result] = await addAll([article]);
    if (result?.kind === 'rejected') throw new PermanentFailure(result.message);
    return summary(result ? [result] : []);
  }

  return {
    [TASKS.fetchUrl]: async (payload) => {
      const { url } = payload as FetchUrlPayload;
      const doc = await fetchArticle(url, ctx.fetch);
      if ('severity' in doc) {
        if (TRANSIENT.test(doc.ruleId)) throw new Error(`${doc.ruleId}: ${doc.reason}`);
        throw new PermanentFailure(doc);
      }
      return addExtracted(extractArticle(doc).article);
    },
    [TASKS.addDocument]: async (payload) => addExtracted(extractArticle((payload as AddDocumentPayload).doc).article),
    [TASKS.rederive]: async (payload) => {
      const { story } = payload as RederivePayload;
      // False: the story grew while it was derived; that growth queued its own re-derive job.
      return (await library.refreshStory(story)) ? `re-derived ${story}` : `${story} grew meanwhile; its next job re-derives it`;
    },
    [TASKS.pollFeed]: async (payload) => {
      const { url } = payload as PollFeedPayload;
      const round = await pollFeed(library, url, { fetch: ctx.fetch, clock: ctx.clock, refresh: false });
      const grown = new Set(round.results.flatMap((r) => (r.kind === 'added' && !r.newStory ? [r.story] : [])));
      for (const story of grown) await ctx.addJob(jobs.rederive(story, ctx.clock()));
      for (const m of round.messages) ctx.logger.log(m.severity === 'error' ? 'warn' : 'info', 'feed problem', { feed: url, rule: m.ruleId, source: m.source, reason: m.reason });
      return round.notModified ? `${url}: not modified` : `${url}: ${round.results.filter((r) => r.kind === 'added').length} added`;
    },
    [TASKS.pollDueFeeds]: async () => {
      const due = dueFeeds(await listFeeds(library), ctx.clock());
      for (const feed of due) await ctx.addJob(jobs.pollFeed(feed.url));
      return `${due.length} feeds due`;
    },
  };
}
