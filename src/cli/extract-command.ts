import { extractInputs } from '../analyze.js';
import { renderArticleText } from '../render/article-text.js';
import type { ExtractedArticle } from '../types.js';
import { parse, usage } from './args.js';
import { formatMessage } from './format-message.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';
import { INPUT_HELP, INPUT_OPTIONS, ingestOptions } from './shared-options.js';

export const EXTRACT_HELP = `Usage: parallax extract PATH… [--format jsonl|json|text]

Extracts each article's clean body text and metadata (title, dek, outlet, byline, published,
language, AI disclosure, what was removed and why) and prints it on stdout.

Output:
  --format jsonl  one JSON object per article per line (default; see CONTRACT "extract")
  --format json   one JSON array of all articles
  --format text   a readable header and body per article

${INPUT_HELP}

Exit status: 0 when every input was read, 1 when any input failed, 2 on a usage error.
Examples:
  parallax extract examples/
  parallax extract page.html --format text
  cat article.txt | parallax extract -`;

const FORMATS = ['jsonl', 'json', 'text'] as const;

export async function extractCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv, { ...INPUT_OPTIONS, format: { type: 'string', short: 'f' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${EXTRACT_HELP}\n`), 0;
  const format = (args.values.format ?? 'jsonl') as string;
  if (!(FORMATS as readonly string[]).includes(format)) return usage(io, `--format takes jsonl, json or text, found "${format}"`);
  if (!args.positionals.length) return usage(io, 'no inputs: name at least one file, directory, or - for standard input');
  const ingest = ingestOptions(args, io);
  if ('error' in ingest) return usage(io, ingest.error);
  const progress = createProgress(io);
  const all: ExtractedArticle[] = [];
  let failed = false;
  let first = true;
  for await (const item of extractInputs(args.positionals, { ingest: { ...ingest, onPlanned: progress.planned }, onProgress: progress.update })) {
    if (item.kind === 'message') {
      failed ||= item.message.severity === 'error';
      if (!(args.values.quiet && item.message.severity === 'info')) {
        progress.done();
        io.stderr(formatMessage(item.message));
      }
      continue;
    }
    if (format === 'jsonl') io.stdout(`${JSON.stringify(item.article)}\n`);
    else if (format === 'text') io.stdout(`${first ? '' : '\n---\n\n'}${renderArticleText(item.article)}`);
    else all.push(item.article);
    first = false;
  }
  progress.done();
  if (format === 'json') io.stdout(`${JSON.stringify(all, null, 2)}\n`);
  return failed ? 1 : 0;
}
