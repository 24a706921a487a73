/**
 * The in-process job registry of uploads. Each submission becomes a job; jobs run one at a time in
 * submission order (a queue), so two uploads never analyse at once on a small machine and the
 * library sees one writer. A job's progress — done/total, a result per item, messages — can be
 * read at any time (`get`) or followed (`subscribe`, for server-sent events).
 */
import { randomUUID } from 'node:crypto';
import type { Message } from '../types.js';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

/** What became of one submitted item. `source` names it as the user gave it (a file name, `body#2`). */
export type JobResult =
  | { readonly kind: 'added'; readonly source: string; readonly id: string; readonly title: string | null; readonly story: string; readonly newStory: boolean }
  | { readonly kind: 'duplicate'; readonly source: string; readonly id: string; readonly title: string | null; readonly by: 'hash' | 'url'; readonly story: string | null }
  | { readonly kind: 'rejected'; readonly source: string; readonly id: string | null; readonly title: string | null; readonly message: Message };

/** A job as the API shows it: plain JSON, a snapshot. */
export interface JobView {
  readonly id: string;
  readonly status: JobStatus;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  /** Items known so far (0 until the submission has been read into documents). */
  readonly total: number;
  /** Items handled (added, duplicate or rejected). */
  readonly done: number;
  readonly results: readonly JobResult[];
  /** Warnings and notes about the items (errors are on the `rejected` results). */
  readonly messages: readonly Message[];
  /** The stories the added and duplicate articles are in, first seen first. */
  readonly stories: readonly string[];
}

/** What a job's work reports through. */
export interface JobProgress {
  plan(total: number): void;
  result(result: JobResult): void;
  /** Replaces the results (with the final word of `library.add`: a story may have merged into another since an item's progress). */
  settle(results: readonly JobResult[]): void;
  message(message: Message): void;
}

export type JobWork = (progress: JobProgress) => Promise<void>;

export interface JobRegistryOptions {
  readonly clock?: () => Date;
  readonly newId?: () => string;
  /** Finished jobs kept for polling; the oldest are forgotten beyond this (memory stays bounded). */
  readonly keep?: number;
  /** Where a job that failed with an exception (a bug, a store gone) is logged. */
  readonly log?: (line: string) => void;
}

export interface JobRegistry {
  /** Queues the work and returns the new job (status `queued`). */
  submit(work: JobWork): JobView;
  get(id: string): JobView | null;
  /** Calls `listener` with the job's view after every change; returns the unsubscribe. Nothing is called for an unknown or finished job. */
  subscribe(id: string, listener: (view: JobView) => void): () => void;
  /** Resolves when every queued job has finished. */
  idle(): Promise<void>;
  /** Jobs waiting or running. */
  pending(): number;
}

/** Finished jobs kept by default (a job's view is small: one result per article). */
const DEFAULT_KEEP = 200;

interface JobState {
  id: string;
  status: JobStatus;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  total: number;
  results: JobResult[];
  messages: Message[];
  stories: string[];
  listeners: Set<(view: JobView) => void>;
}

const isFinished = (status: JobStatus) => status === 'done' || status === 'failed';

function view(job: JobState): JobView {
  return {
    id: job.id,
    status: job.status,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    total: Math.max(job.total, job.results.length),
    done: job.results.length,
    results: [...job.results],
    messages: [...job.messages],
    stories: [...job.stories],
  };
}

function storiesOf(results: readonly JobResult[]): string[] {
  return [...new Set(results.flatMap((r) => (r.kind === 'rejected' || r.story === null ? [] : [r.story])))];
}

export function createJobRegistry(options: JobRegistryOptions = {}): JobRegistry {
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? (() => `j-${randomUUID()}`);
  const keep = options.keep ?? DEFAULT_KEEP;
  const log = options.log ?? ((line: string) => console.error(line));
  const jobs = new Map<string, JobState>();
  let tail: Promise<void> = Promise.resolve();
  let waiting = 0;

  const changed = (job: JobState) => {
    const snapshot = view(job);
    for (const listener of [...job.listeners]) listener(snapshot);
    if (isFinished(job.status)) job.listeners.clear();
  };

  const forgetOld = () => {
    const finished = [...jobs.values()].filter((j) => isFinished(j.status));
    for (const job of finished.slice(0, Math.max(0, finished.length - keep))) jobs.delete(job.id);
  };

  const run = async (job: JobState, work: JobWork) => {
    job.status = 'running';
    job.startedAt = clock().toISOString();
    changed(job);
    const progress: JobProgress = {
      plan: (total) => {
        job.total = total;
        changed(job);
      },
      result: (result) => {
        job.results.push(result);
        job.stories = [...new Set([...job.stories, ...storiesOf([result])])];
        changed(job);
      },
      settle: (results) => {
        job.results = [...results];
        job.stories = storiesOf(results);
        changed(job);
      },
      message: (message) => {
        job.messages.push(message);
        changed(job);
      },
    };
    try {
      await work(progress);
      job.status = 'done';
    } catch (error) {
      log(`parallax serve: job ${job.id} failed: ${(error as Error)?.stack ?? String(error)}`);
      job.status = 'failed';
      job.messages.push({ severity: 'error', ruleId: 'serve/job-failed', source: job.id, reason: 'the job stopped on an internal error (logged on the server); the articles reported as added are stored — submit the rest again' });
    }
    job.finishedAt = clock().toISOString();
    changed(job);
    forgetOld();
  };

  return {
    submit(work) {
      let id = newId();
      while (jobs.has(id)) id = `${id}-1`;
      const job: JobState = { id, status: 'queued', createdAt: clock().toISOString(), startedAt: null, finishedAt: null, total: 0, results: [], messages: [], stories: [], listeners: new Set() };
      jobs.set(id, job);
      waiting++;
      tail = tail.then(() => run(job, work)).finally(() => {
        waiting--;
      });
      return view(job);
    },
    get: (id) => {
      const job = jobs.get(id);
      return job ? view(job) : null;
    },
    subscribe(id, listener) {
      const job = jobs.get(id);
      if (!job || isFinished(job.status)) return () => {};
      job.listeners.add(listener);
      return () => void job.listeners.delete(listener);
    },
    idle: async () => {
      while (waiting > 0) await tail;
    },
    pending: () => waiting,
  };
}
