import { feedUrls, pollFeed, registerFeeds } from '../feeds/watch-feeds.js';
import { describeLocation } from '../library/open-store.js';
import { createHostScheduler } from '../net/politeness.js';
import type { PoliteFetchOptions } from '../net/polite-fetch.js';
import { createRobotsCheck } from '../net/robots.js';
import { parse, positiveInt, usage } from './args.js';
import { formatMessage } from './format-message.js';
import type { CliIo } from './io.js';
import { locationOf, withLibrary } from './library-commands.js';

export const WATCH_HELP = `Usage: parallax watch FEED… [--every MINUTES] [--once | --queue] [--db PATH] [--allow-private]

Follows news feeds: RSS 2.0, RSS 1.0, Atom and JSON Feed URLs, or OPML files/URLs listing feeds.
Each round polls every feed with a conditional GET (ETag / Last-Modified, so an unchanged feed costs
one short request), turns each new item into an article — from the body the feed carries, or by
fetching its page — and adds it to the library, where it joins its story. Fetching is polite and
safe: robots.txt respected, one request a second per host, timeouts, size caps; private, loopback
and cloud-metadata addresses are refused (also via DNS or redirects) unless --allow-private.
A broken feed or page is reported and retried next round; the other feeds go on.
"parallax status" shows each feed's last poll, lag and failures.

  --every MINUTES  time between rounds (default 15)
  --once           poll every feed once, then exit (for cron or CI)
  --queue          do not poll here: register the feeds for "parallax worker" processes, which
                   poll each one every MINUTES on their own schedule; needs DATABASE_URL
  --allow-private  let feeds and pages on private addresses through (an intranet, a test server)
  -q, --quiet      do not print info messages
  --db PATH        the library's directory (default: $PARALLAX_DB, else ./.parallax); with
                   DATABASE_URL=postgres://… set, that PostgreSQL database

Exit status (with --once): 0 when every feed was read, 1 when any failed, 2 on a usage error.`;

/** Waits `ms`, or less when `stop` fires. */
const pause = (ms: number, stop: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    stop.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export async function watchCommand(argv: readonly string[], io: CliIo, stop: AbortSignal = processStop()): Promise<number> {
  const args = parse(argv, { db: { type: 'string' }, every: { type: 'string' }, once: { type: 'boolean' }, queue: { type: 'boolean' }, 'allow-private': { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' }, help: { type: 'boolean', short: 'h' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${WATCH_HELP}\n`), 0;
  if (!args.positionals.length) return usage(io, 'no feeds: name at least one feed URL or OPML file');
  const every = positiveInt(args.values.every, 'every');
  if (typeof every === 'object') return usage(io, every.error);
  const base: PoliteFetchOptions = args.values['allow-private'] ? { allowPrivate: true } : {};
  // One scheduler and one robots.txt cache for the whole watch: a host is never hit faster than its delay.
  const fetch: PoliteFetchOptions = { ...base, scheduler: createHostScheduler(), robots: createRobotsCheck({ fetchOptions: base }) };
  const say = (m: Parameters<typeof formatMessage>[0]) => !(args.values.quiet && m.severity === 'info') && io.stderr(formatMessage(m));
  const { urls, messages } = await feedUrls(args.positionals, fetch);
  messages.forEach(say);
  if (!urls.length) return io.stderr('parallax: no feed to watch\n'), 1;
  const location = locationOf(args.values, io);
  if (args.values.queue && (!location.env.DATABASE_URL || location.db !== undefined)) return usage(io, '--queue registers feeds for workers sharing a PostgreSQL database: set DATABASE_URL (and no --db)');
  return withLibrary(args.values, io, async (library) => {
    if (args.values.queue) {
      await registerFeeds(library, urls, every ?? 15);
      io.stdout(`Registered ${urls.length} ${urls.length === 1 ? 'feed' : 'feeds'}: the workers poll each every ${every ?? 15} min ("parallax status" shows them).\n`);
      return 0;
    }
    io.stderr(`Watching ${urls.length} ${urls.length === 1 ? 'feed' : 'feeds'} into ${describeLocation(location)}${args.values.once ? '' : `, every ${every ?? 15} min (Ctrl+C stops)`}.\n`);
    for (;;) {
      let failed = 0;
      for (const url of urls) {
        if (stop.aborted) break;
        const round = await pollFeed(library, url, { fetch });
        round.messages.forEach(say);
        if (round.messages.some((m) => m.severity === 'error' && m.source === url)) failed++;
        const count = (kind: string) => round.results.filter((r) => r.kind === kind).length;
        io.stdout(`${new Date().toISOString()} ${url}: ${round.notModified ? 'not modified' : `${count('added')} added, ${count('duplicate')} already there, ${count('rejected')} rejected`}\n`);
      }
      if (args.values.once || stop.aborted) return failed ? 1 : 0;
      await pause((every ?? 15) * 60_000, stop);
      if (stop.aborted) return 0;
    }
  });
}

/** Stops the watch on SIGINT/SIGTERM, after the feed being polled. */
function processStop(): AbortSignal {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return controller.signal;
}
