import { extractInputs } from '../analyze.js';
import { openLibrary } from '../library/library.js';
import { describeLocation, openStore, type StoreLocation } from '../library/open-store.js';
import type { AddResult, Library } from '../library/types.js';
import { mdEscape, renderArticleMarkdown } from '../render/markdown.js';
import { renderStoriesMarkdown } from '../render/stories-markdown.js';
import type { Store } from '../store/store.js';
import type { ExtractedArticle, Message } from '../types.js';
import { parse, positiveInt, usage, type ParsedArgs } from './args.js';
import { formatMessage } from './format-message.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';
import { INPUT_HELP, INPUT_OPTIONS, ingestOptions } from './shared-options.js';

const DB_OPTION = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

const DB_HELP = `Library location:
  --db PATH       the library's directory (default: $PARALLAX_DB, else ./.parallax); created on
                  first ingest. With DATABASE_URL=postgres://… set (and no --db), every command
                  uses that PostgreSQL database instead.`;

/** Articles are added in batches of this many, so stories refresh and progress shows while a large ingest runs. */
const BATCH = 50;

export const INGEST_HELP = `Usage: parallax ingest PATH|URL… [--db PATH] [--jsonl] [--queue]

Adds articles to the library: each is extracted, analysed and stored, then placed into the story of
the same event (or starts one); the stories that gained articles are re-derived (brief, disputes,
coverage, perspectives). Re-ingesting an article (same outlet and text, or same URL) is a no-op, so
running the same command again after an interruption completes it without duplicates. Each article
is committed on its own: an article reported as added survives a crash.

  --jsonl         print one JSON line per article as soon as it is committed ({"kind":"added",
                  "id","story","newStory"} | {"kind":"duplicate","id","by"} | {"kind":"rejected",
                  "id","message"}); the summary then goes to stderr
  --queue         do not analyse here: queue one job per article (files are read here, URLs are
                  fetched by the workers) for "parallax worker" processes; needs DATABASE_URL

${DB_HELP}

${INPUT_HELP}

Exit status: 0 when every input was read and stored, 1 when any failed, 2 on a usage error.
Example:
  parallax ingest examples/ && parallax stories`;

export const STORIES_HELP = `Usage: parallax stories [--since DATE] [--limit N] [--json] [--db PATH]

Lists the library's stories, most recently updated first: id, last update, articles, independent
sources (twins count once), disputed figures, title.

  --since DATE   only stories updated at or after DATE (2031-05-02 or an ISO timestamp)
  --limit N      at most N stories (default: all)
  --json         one JSON array of {id, title, updatedAt, articles, sources, disputes, first, last}

${DB_HELP}`;

export const STORY_HELP = `Usage: parallax story ID [--json | --markdown] [--db PATH]

Shows one story of the library: its brief with citations, disputes, consensus, voices, coverage,
omissions, perspectives and timeline (Markdown, the default), or the stored story as JSON.

${DB_HELP}`;

export const ARTICLE_HELP = `Usage: parallax article ID [--json | --markdown] [--db PATH]

Shows one article of the library: metadata, its profile (genre, frames, sympathy, loaded language)
and annotations (entities, quotes, claims, dates), and the stories it belongs to.

${DB_HELP}`;

export const SEARCH_HELP = `Usage: parallax search QUERY… [--limit N] [--json] [--db PATH]

Full-text search over the library's articles, quotes (words and speakers) and claims (figures,
subjects, claimants). An article matches when it holds every query word (whole words, case aside);
each hit is a sentence, quote or claim with its article and character span.

  --limit N   at most N hits (default 50)
  --json      the hits as a JSON array of {article, kind, start, end, text, terms}

${DB_HELP}`;

type Values = ParsedArgs['values'];

/** Where `--db` (or the environment) puts the library. */
export const locationOf = (values: Values, io: CliIo): StoreLocation => ({ ...(typeof values.db === 'string' ? { db: values.db } : {}), env: io.env ?? {} });

/** Opens the library the options name; a store that cannot be opened is a clear error (exit 1), not a stack trace. */
export async function withLibrary(values: Values, io: CliIo, work: (library: Library) => Promise<number>): Promise<number> {
  const location = locationOf(values, io);
  let store: Store;
  try {
    store = await openStore(location);
  } catch (error) {
    io.stderr(`parallax: cannot open the library at ${describeLocation(location)}: ${(error as Error).message}\n`);
    return 1;
  }
  const library = await openLibrary({ store });
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}

export async function ingestCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv, { ...INPUT_OPTIONS, ...DB_OPTION, jsonl: { type: 'boolean' }, queue: { type: 'boolean' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${INGEST_HELP}\n`), 0;
  if (!args.positionals.length) return usage(io, 'no inputs: name at least one file, directory, URL, or - for standard input');
  const ingest = ingestOptions(args, io);
  if ('error' in ingest) return usage(io, ingest.error);
  if (args.values.queue) {
    const url = io.env?.DATABASE_URL;
    if (!url || args.values.db !== undefined) return usage(io, '--queue hands the inputs to workers sharing a PostgreSQL database: set DATABASE_URL (and no --db)');
    const { enqueueInputs } = await import('../worker/enqueue.js');
    const queued = await enqueueInputs(url, args.positionals, ingest);
    for (const m of queued.messages) if (!(args.values.quiet && m.severity === 'info')) io.stderr(formatMessage(m));
    io.stdout(`Queued ${queued.jobs} ${queued.jobs === 1 ? 'job' : 'jobs'} for the workers ("parallax status" shows their progress).\n`);
    return queued.messages.some((m) => m.severity === 'error') ? 1 : 0;
  }
  return withLibrary(args.values, io, async (library) => {
    const progress = createProgress(io);
    const counts = { added: 0, duplicate: 0, rejected: 0, errors: 0, inputs: 0 };
    const stories = new Set<string>();
    const fresh = new Set<string>();
    const report = (m: Message) => {
      if (m.severity === 'error') counts.errors++;
      if (!(args.values.quiet && m.severity === 'info')) progress.done(), io.stderr(formatMessage(m));
    };
    const tally = (r: AddResult) => {
      counts[r.kind]++;
      if (args.values.jsonl) io.stdout(`${JSON.stringify(r)}\n`);
      if (r.kind === 'added') stories.add(r.story), r.newStory && fresh.add(r.story);
      if (r.kind === 'rejected') report(r.message);
    };
    let batch: ExtractedArticle[] = [];
    let source = '';
    const flush = async () => {
      const done = counts.added + counts.duplicate + counts.rejected;
      await library.add(batch, (p) => {
        tally(p.last);
        progress.update({ articles: done + p.done, errors: counts.errors, inputs: done + p.done, source });
      });
      batch = [];
    };
    for await (const item of extractInputs(args.positionals, { ingest: { ...ingest, onPlanned: progress.planned } })) {
      if (item.kind === 'message') report(item.message);
      else {
        batch.push(item.article);
        source = item.article.path ?? item.article.id;
        if (batch.length >= BATCH) await flush();
      }
    }
    if (batch.length) await flush();
    progress.done();
    const grown = [...stories].filter((s) => !fresh.has(s)).length;
    (args.values.jsonl ? io.stderr : io.stdout)(`Ingested into ${describeLocation(locationOf(args.values, io))}: ${counts.added} added, ${counts.duplicate} already there, ${counts.rejected} rejected; ${fresh.size} new ${fresh.size === 1 ? 'story' : 'stories'}, ${grown} grown.\n`);
    return counts.errors ? 1 : 0;
  });
}

export async function storiesCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv, { ...DB_OPTION, since: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${STORIES_HELP}\n`), 0;
  if (args.positionals.length) return usage(io, `stories takes no arguments; found "${args.positionals[0]}"`);
  const since = args.values.since;
  if (since !== undefined && (typeof since !== 'string' || !/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(since) || Number.isNaN(Date.parse(since)))) return usage(io, `--since takes a date (2031-05-02) or an ISO timestamp; found "${String(since)}"`);
  const limit = positiveInt(args.values.limit, 'limit');
  if (typeof limit === 'object') return usage(io, limit.error);
  return withLibrary(args.values, io, async (library) => {
    const stored = await library.store.listStories({ ...(since ? { since: sinceTimestamp(since) } : {}), ...(limit ? { limit } : {}) });
    const rows = stored.map(({ story: s, updatedAt }) => ({ id: s.id, title: s.title, updatedAt, articles: s.articleIds.length, sources: s.sources.length, disputes: s.disputes.length, first: s.dates.first, last: s.dates.last }));
    if (args.values.json) return io.stdout(`${JSON.stringify(rows, null, 2)}\n`), 0;
    if (!rows.length) return io.stdout(since ? `No story updated since ${since}.\n` : 'The library holds no stories yet: add articles with "parallax ingest PATH".\n'), 0;
    io.stdout(`| id | updated | articles | sources | disputes | title |\n|---|---|---|---|---|---|\n`);
    for (const r of rows) io.stdout(`| ${r.id} | ${r.updatedAt.slice(0, 16).replace('T', ' ')} | ${r.articles} | ${r.sources} | ${r.disputes} | ${mdEscape(r.title)} |\n`);
    return 0;
  });
}

/** `--since 2031-05-02` means from the start of that day (UTC). */
const sinceTimestamp = (since: string) => (since.length === 10 ? `${since}T00:00:00.000Z` : new Date(since).toISOString());

export async function storyCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv, { ...DB_OPTION, json: { type: 'boolean' }, markdown: { type: 'boolean' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${STORY_HELP}\n`), 0;
  if (args.values.json && args.values.markdown) return usage(io, 'choose one of --json and --markdown');
  const [id, extra] = args.positionals;
  if (!id || extra !== undefined) return usage(io, 'story takes one story id (see "parallax stories")');
  return withLibrary(args.values, io, async (library) => {
    const stored = await library.store.getStory(id);
    if (!stored) return io.stderr(`parallax: no story "${id}" in the library; "parallax stories" lists them\n`), 1;
    if (args.values.json) return io.stdout(`${JSON.stringify(stored, null, 2)}\n`), 0;
    const articles = (await library.store.getArticles(stored.story.articleIds)).map((a) => a.article);
    const twins = stored.story.sources.filter((s) => s.length > 1).flatMap((s) => s.slice(1).map((b) => [s[0] as string, b] as [string, string]));
    const storylines = [{ id: 'storyline', title: stored.story.title, storyIds: [stored.story.id] }];
    const lines = renderStoriesMarkdown({ version: '', articles, stories: [stored.story], storylines, twins, messages: [] });
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
  });
}

export async function articleCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv, { ...DB_OPTION, json: { type: 'boolean' }, markdown: { type: 'boolean' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${ARTICLE_HELP}\n`), 0;
  if (args.values.json && args.values.markdown) return usage(io, 'choose one of --json and --markdown');
  const [id, extra] = args.positionals;
  if (!id || extra !== undefined) return usage(io, 'article takes one article id (see "parallax story ID")');
  return withLibrary(args.values, io, async (library) => {
    const stored = await library.store.getArticle(id);
    if (!stored) return io.stderr(`parallax: no article "${id}" in the library\n`), 1;
    const stories = await library.store.storiesOfArticle(id);
    if (args.values.json) return io.stdout(`${JSON.stringify({ ...stored, stories }, null, 2)}\n`), 0;
    io.stdout(`${renderArticleMarkdown(stored.article).join('\n')}\nStories: ${stories.join(', ') || 'none'}\n`);
    return 0;
  });
}

export async function searchCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv, { ...DB_OPTION, limit: { type: 'string' }, json: { type: 'boolean' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${SEARCH_HELP}\n`), 0;
  const query = args.positionals.join(' ').trim();
  if (!query) return usage(io, 'search needs a query, e.g. parallax search "border post"');
  const limit = positiveInt(args.values.limit, 'limit');
  if (typeof limit === 'object') return usage(io, limit.error);
  return withLibrary(args.values, io, async (library) => {
    const hits = await library.store.search(query, { limit: limit ?? 50 });
    if (args.values.json) return io.stdout(`${JSON.stringify(hits, null, 2)}\n`), 0;
    if (!hits.length) return io.stdout(`Nothing in the library holds every word of "${query}".\n`), 0;
    for (const h of hits) io.stdout(`${h.article} [${h.kind} ${h.start}–${h.end}] ${h.text.replace(/\s+/g, ' ').trim()}\n`);
    return 0;
  });
}
