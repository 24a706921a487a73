import type { IngestOptions } from '../ingest/ingest.js';
import { positiveInt, type ParsedArgs } from './args.js';
import type { CliIo } from './io.js';

/** Options every command that reads inputs takes. */
export const INPUT_OPTIONS = {
  'max-bytes': { type: 'string' },
  'max-files': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'allow-private': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const INPUT_HELP = `Inputs: files (.txt .md .html .htm .html.gz .json .jsonl), directories (read
recursively), - for standard input, or http(s) URLs of article pages (fetched politely: robots.txt
respected, one request a second per host, 30 s timeout, 5 MB cap, at most 5 redirects; private,
loopback, link-local and cloud-metadata addresses are refused, also via DNS or redirects). A broken
input gets an error message; the rest go on.

Input options:
  --max-bytes N   largest input read, in bytes (default 67108864 = 64 MB)
  --max-files N   most files taken from one directory tree (default 100000)
  -q, --quiet     do not print info messages on stderr
  --allow-private let URLs reach private and loopback addresses (an intranet, a local test server)
  -h, --help      show this help`;

export function ingestOptions(args: ParsedArgs, io: CliIo): IngestOptions | { error: string } {
  const maxBytes = positiveInt(args.values['max-bytes'], 'max-bytes');
  const maxFiles = positiveInt(args.values['max-files'], 'max-files');
  for (const v of [maxBytes, maxFiles]) if (typeof v === 'object') return v;
  const limits = { ...(maxBytes ? { maxBytes: maxBytes as number } : {}), ...(maxFiles ? { maxFiles: maxFiles as number } : {}) };
  return { limits, ...(io.readStdin ? { readStdin: io.readStdin } : {}), ...(args.values['allow-private'] ? { fetch: { allowPrivate: true } } : {}) };
}
