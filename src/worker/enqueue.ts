import { makeWorkerUtils } from 'graphile-worker';
import { ingest, type IngestOptions } from '../ingest/ingest.js';
import type { Message } from '../types.js';
import { jobs } from './jobs.js';
import { addJob } from './run-worker.js';

export interface Enqueued {
  readonly jobs: number;
  readonly messages: readonly Message[];
}

/**
 * Queues inputs for the workers: each URL as a fetch job, each article read from a file, directory
 * or standard input as an "add document" job (the files are read here, where they are; workers on
 * other machines need not see them). Job keys make queueing the same input twice one job.
 */
export async function enqueueInputs(databaseUrl: string, inputs: readonly string[], options: IngestOptions = {}): Promise<Enqueued> {
  const utils = await makeWorkerUtils({ connectionString: databaseUrl });
  const messages: Message[] = [];
  let count = 0;
  try {
    await utils.migrate();
    const urls = inputs.filter((i) => /^https?:\/\//i.test(i));
    const rest = inputs.filter((i) => !/^https?:\/\//i.test(i));
    for (const url of urls) await addJob(utils, jobs.fetchUrl(url)), count++;
    if (rest.length) {
      for await (const item of ingest(rest, options)) {
        if (item.kind === 'message') messages.push(item.message);
        else await addJob(utils, jobs.addDocument(item.doc)), count++;
      }
    }
  } finally {
    await utils.release();
  }
  return { jobs: count, messages };
}
