import { listFeeds } from '../feeds/watch-feeds.js';
import { describeLocation } from '../library/open-store.js';
import { mdEscape } from '../render/markdown.js';
import { parse, usage } from './args.js';
import type { CliIo } from './io.js';
import { locationOf, withLibrary } from './library-commands.js';

export const STATUS_HELP = `Usage: parallax status [--json] [--db PATH]

What the library and its workers are doing: articles stored and added in the last minute and ten
minutes, stories awaiting re-derivation; each watched feed's last poll, lag (time since it last
brought a new article), articles added, consecutive failures and last error; and with
DATABASE_URL, the job queue: jobs ready, scheduled (retries, debounced re-derivations), running
and failed for good per task, jobs finished per second, failures in the last hour with the latest
errors, and the worker processes alive.

  --json      the same as one JSON object
  --db PATH   the library's directory (default: $PARALLAX_DB, else ./.parallax); with
              DATABASE_URL=postgres://… set, that PostgreSQL database and its queue`;

const ago = (iso: string | null, now: number) => {
  if (!iso) return 'never';
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  return s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`;
};

export async function statusCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${STATUS_HELP}\n`), 0;
  const location = locationOf(args.values, io);
  return withLibrary(args.values, io, async (library) => {
    const now = Date.now();
    const articles = await library.store.countArticles();
    // The most recent additions, enough to count the last ten minutes at any realistic rate.
    const recent = await library.store.listArticles({ offset: Math.max(0, articles - 5000), limit: 5000 });
    const addedWithin = (seconds: number) => recent.filter((a) => now - Date.parse(a.addedAt) <= seconds * 1000).length;
    const dirty = await library.store.getMeta('library.dirty');
    const feeds = await listFeeds(library);
    const url = location.db === undefined ? location.env.DATABASE_URL : undefined;
    const queue = url ? await (await import('../worker/queue-status.js')).queueStatus(url) : null;
    const status = {
      library: describeLocation(location),
      articles,
      addedLastMinute: addedWithin(60),
      addedLast10Minutes: addedWithin(600),
      lastAdded: recent[recent.length - 1]?.addedAt ?? null,
      staleStories: Array.isArray(dirty) ? dirty.length : 0,
      feeds: feeds.map((f) => ({ url: f.url, title: f.title, checkedAt: f.checkedAt, lastNewAt: f.lastNewAt, lagSeconds: f.lastNewAt ? Math.round((now - Date.parse(f.lastNewAt)) / 1000) : null, added: f.added, failures: f.failures, lastError: f.lastError, everyMinutes: f.everyMinutes ?? null })),
      queue,
    };
    if (args.values.json) return io.stdout(`${JSON.stringify(status, null, 2)}\n`), 0;
    const out: string[] = [
      `Library ${status.library}: ${articles} articles (${status.addedLastMinute} added in the last minute, ${status.addedLast10Minutes} in ten), last added ${ago(status.lastAdded, now)} ago; ${status.staleStories} ${status.staleStories === 1 ? 'story awaits' : 'stories await'} re-derivation.`,
      '',
    ];
    if (feeds.length) {
      out.push('| feed | last poll | lag | added | failures | last error |', '|---|---|---|---|---|---|');
      for (const f of status.feeds) out.push(`| ${mdEscape(f.title ?? f.url)} | ${ago(f.checkedAt, now)} ago | ${f.lastNewAt ? ago(f.lastNewAt, now) : 'no article yet'} | ${f.added} | ${f.failures} | ${mdEscape(f.lastError ?? '')} |`);
      out.push('');
    } else out.push('No feeds watched ("parallax watch FEED…").', '');
    if (queue) {
      out.push(`Queue: ${queue.jobsPerSecond.lastMinute.toFixed(2)} jobs/s over the last minute (${queue.jobsPerSecond.last10Minutes.toFixed(2)} over ten); ${queue.failuresLastHour} failed runs in the last hour; ${queue.workers.length} ${queue.workers.length === 1 ? 'worker' : 'workers'} alive.`, '');
      if (queue.tasks.length) {
        out.push('| task | ready | scheduled | running | failed for good |', '|---|---|---|---|---|');
        for (const t of queue.tasks) out.push(`| ${t.task} | ${t.ready} | ${t.scheduled} | ${t.running} | ${t.failed} |`);
        out.push('');
      } else out.push('The queue is empty.', '');
      for (const e of queue.recentErrors) out.push(`- ${e.at} ${e.task}: ${mdEscape(e.error)}`);
      for (const w of queue.workers) out.push(`- worker ${w.process} (host ${w.host}, pid ${w.pid}) since ${w.since}, seen ${w.seenSecondsAgo} s ago`);
    } else if (url) out.push('No job queue in this database yet (start "parallax worker").');
    io.stdout(`${out.join('\n').trimEnd()}\n`);
    return 0;
  });
}
