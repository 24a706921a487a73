import { createRequire } from 'node:module';
import { ANALYZE_HELP, analyzeCommand } from './analyze-command.js';
import { usage } from './args.js';
import { EXTRACT_HELP, extractCommand } from './extract-command.js';
import { SERVE_HELP, serveCommand } from './serve-command.js';
import { WATCH_HELP, watchCommand } from './watch-command.js';
import { STATUS_HELP, statusCommand } from './status-command.js';
import { WORKER_HELP, workerCommand } from './worker-command.js';
import { ARTICLE_HELP, INGEST_HELP, SEARCH_HELP, STORIES_HELP, STORY_HELP, articleCommand, ingestCommand, searchCommand, storiesCommand, storyCommand } from './library-commands.js';
import type { CliIo } from './io.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

export const MAIN_HELP = `parallax ${version} — one news story from every side

Usage: parallax <command> [options]

Commands:
  extract PATH…   clean text and metadata of each article (jsonl, json or text)
  analyze PATH…   the analysis report (Markdown, --json, or --html FILE)

Library (persistent, in ./.parallax, --db PATH, or DATABASE_URL):
  ingest PATH…    add articles; they join their stories, which are re-derived
  stories         list the stories (--since DATE, --json)
  story ID        one story: brief, disputes, coverage, perspectives, timeline
  article ID      one article: profile and annotations
  search QUERY…   full-text search over articles, quotes and claims
  watch FEED…     follow RSS/Atom/JSON feeds or OPML lists (--every MINUTES, --once)
  status          the library, feeds and job queue at a glance (--json)
  worker          take jobs from the PostgreSQL queue (DATABASE_URL): run many, anywhere
  serve           the web app and JSON API (--port, --host, --token, --examples)

  help [COMMAND]  show help for a command

Run "parallax <command> --help" for a command's options.
Options: -h, --help  show this help;  -v, --version  print the version`;

const COMMANDS: Record<string, { run: (argv: readonly string[], io: CliIo) => Promise<number>; help: string }> = {
  extract: { run: extractCommand, help: EXTRACT_HELP },
  analyze: { run: analyzeCommand, help: ANALYZE_HELP },
  ingest: { run: ingestCommand, help: INGEST_HELP },
  stories: { run: storiesCommand, help: STORIES_HELP },
  story: { run: storyCommand, help: STORY_HELP },
  article: { run: articleCommand, help: ARTICLE_HELP },
  search: { run: searchCommand, help: SEARCH_HELP },
  serve: { run: serveCommand, help: SERVE_HELP },
  watch: { run: (argv, io) => watchCommand(argv, io), help: WATCH_HELP },
  status: { run: statusCommand, help: STATUS_HELP },
  worker: { run: workerCommand, help: WORKER_HELP },
};

/** The CLI as a function: arguments and I/O in, exit status out. No analysis logic lives here. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') return io.stdout(`${MAIN_HELP}\n`), command ? 0 : 2;
  if (command === '-v' || command === '--version') return io.stdout(`${version}\n`), 0;
  if (command === 'help') {
    const target = rest[0] ? COMMANDS[rest[0]] : undefined;
    if (rest[0] && !target) return usage(io, `unknown command "${rest[0]}"; commands are ${Object.keys(COMMANDS).join(', ')}`);
    return io.stdout(`${target?.help ?? MAIN_HELP}\n`), 0;
  }
  const entry = COMMANDS[command];
  if (!entry) return usage(io, `unknown command "${command}"; commands are ${Object.keys(COMMANDS).join(', ')}`);
  return entry.run(rest, io);
}
