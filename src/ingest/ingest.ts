import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Message, RawDocument } from '../types.js';
import { decodeBytes } from './decode.js';
import { formatOf, idFromName, sniffFormat, type InputFormat } from './formats.js';
import { DEFAULT_LIMITS, type IngestLimits } from './limits.js';
import { message } from './messages.js';
import { parseRecords } from './records.js';
import { walk } from './walk.js';
import { fetchArticle } from '../net/fetch-article.js';
import { createHostScheduler } from '../net/politeness.js';
import type { PoliteFetchOptions } from '../net/polite-fetch.js';
import { createRobotsCheck } from '../net/robots.js';

/** What ingest yields: a document to extract, or a problem with an input. */
export type IngestItem = { readonly kind: 'document'; readonly doc: RawDocument } | { readonly kind: 'message'; readonly message: Message };

export interface IngestOptions {
  readonly limits?: Partial<IngestLimits>;
  /** Reads standard input (injected so tests and servers can supply their own). */
  readonly readStdin?: () => Promise<Uint8Array>;
  /** Told how many inputs are known to come (files found so far), so progress can draw a bar. */
  readonly onPlanned?: (inputs: number) => void;
  /**
   * How URL inputs are fetched (safe-fetch options: `allowPrivate`, timeouts, size cap; a shared
   * host scheduler and robots.txt check are made per run when not given).
   */
  readonly fetch?: PoliteFetchOptions;
}

const MB = 1024 * 1024;

async function readStdinDefault(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function* fromText(text: string, format: InputFormat, source: string, id: string, path: string | undefined): Generator<IngestItem> {
  if (format === 'json' || format === 'jsonl') {
    const { docs, messages } = parseRecords(text, format === 'jsonl', source, id, path);
    for (const m of messages) yield { kind: 'message', message: m };
    for (const doc of docs) yield { kind: 'document', doc };
    return;
  }
  if (!text.trim()) {
    yield { kind: 'message', message: message('error', 'ingest/empty', source, 'the input has no text (only white space); expected an article') };
    return;
  }
  yield { kind: 'document', doc: { id, origin: path ? { path } : {}, source, format, content: text, given: {} } };
}

/**
 * An input's bytes as text: gunzipped when gzip, size-checked, charset-decoded; or the error that
 * stops it, with any warnings. Shared by files, standard input and uploads to the server.
 */
export function decodeInput(bytes: Uint8Array, source: string, limits: IngestLimits): { text: string | null; messages: Message[] } {
  let data = bytes;
  if (data[0] === 0x1f && data[1] === 0x8b) {
    try {
      data = gunzipSync(data, { maxOutputLength: limits.maxBytes });
    } catch (error) {
      return { text: null, messages: [message('error', 'ingest/bad-gzip', source, `the file is gzip-compressed but could not be unpacked (${(error as Error).message}); it may be truncated or larger than ${limits.maxBytes / MB} MB unpacked`)] };
    }
  }
  if (data.length > limits.maxBytes) {
    return { text: null, messages: [message('error', 'ingest/too-large', source, `the input is ${(data.length / MB).toFixed(1)} MB, above the ${limits.maxBytes / MB} MB limit; raise it with --max-bytes if this really is one article`)] };
  }
  const decoded = decodeBytes(data);
  if (!decoded.ok) return { text: null, messages: [message('error', decoded.reason.startsWith('the file is empty') ? 'ingest/empty' : 'ingest/binary', source, decoded.reason)] };
  return { text: decoded.text, messages: decoded.note ? [message('warning', 'ingest/encoding', source, decoded.note)] : [] };
}

function* fromBytes(bytes: Uint8Array, format: InputFormat | null, source: string, id: string, path: string | undefined, limits: IngestLimits): Generator<IngestItem> {
  const decoded = decodeInput(bytes, source, limits);
  for (const m of decoded.messages) yield { kind: 'message', message: m };
  if (decoded.text === null) return;
  const effective = format ?? sniffFormat(decoded.text);
  if (!format) yield { kind: 'message', message: message('info', 'ingest/sniffed-format', source, `the name does not say what the input is; read it as ${effective}`) };
  yield* fromText(decoded.text, effective, source, id, path);
}

async function* fromFile(path: string, limits: IngestLimits, explicit: boolean): AsyncGenerator<IngestItem> {
  const format = formatOf(path);
  try {
    const info = await stat(path);
    if (info.size > limits.maxBytes && !/\.gz$/i.test(path)) {
      yield { kind: 'message', message: message('error', 'ingest/too-large', path, `the file is ${(info.size / MB).toFixed(1)} MB, above the ${limits.maxBytes / MB} MB limit; raise it with --max-bytes if this really is one article`) };
      return;
    }
    const bytes = await readFile(path);
    yield* fromBytes(bytes, format ?? (explicit ? null : 'text'), path, idFromName(path), path, limits);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or directory; check the path' : code === 'EACCES' ? 'permission denied; check the file\'s permissions' : (error as Error).message;
    yield { kind: 'message', message: message('error', 'ingest/unreadable', path, `could not read the input: ${reason}`) };
  }
}

async function* fromDirectory(root: string, limits: IngestLimits, planned: (n: number) => void): AsyncGenerator<IngestItem> {
  const listing = await walk(root, limits.maxFiles);
  planned(listing.files.length - 1); // the directory itself was counted as one input
  for (const { path, reason } of listing.unreadable) yield { kind: 'message', message: message('error', 'ingest/unreadable', path, `could not list the directory: ${reason}`) };
  if (listing.skipped.size) {
    const kinds = [...listing.skipped].map(([ext, n]) => `${n} ${ext}`).join(', ');
    yield { kind: 'message', message: message('info', 'ingest/skipped-files', root, `passed over files that are not articles (${kinds}); articles are .txt, .md, .html, .htm, .html.gz, .json, .jsonl`) };
  }
  if (listing.truncated) yield { kind: 'message', message: message('error', 'ingest/too-many-files', root, `the directory holds more than ${limits.maxFiles} article files; only the first ${limits.maxFiles} (in name order) were read — name sub-directories, or raise --max-files`) };
  if (!listing.files.length && !listing.unreadable.length) yield { kind: 'message', message: message('warning', 'ingest/empty-directory', root, 'the directory holds no article files (.txt, .md, .html, .htm, .html.gz, .json, .jsonl)') };
  for (const file of listing.files) yield* fromFile(file, limits, false);
}

/**
 * Reads every input — files, directories (recursively), `-` for standard input — and yields raw
 * documents and messages, one input at a time, so one broken input never stops the rest.
 * The only stage that touches the disk; URLs and feeds plug in here as further sources.
 */
export async function* ingest(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const limits: IngestLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const seen = new Map<string, number>();
  let planned = inputs.length;
  // One scheduler and one robots.txt cache per run, shared by every URL: requests to a host are spaced.
  const fetchOptions: PoliteFetchOptions = { ...options.fetch, scheduler: options.fetch?.scheduler ?? createHostScheduler(), robots: options.fetch?.robots ?? createRobotsCheck({ fetchOptions: options.fetch ?? {} }) };
  const plan = (more: number) => options.onPlanned?.((planned += more));
  options.onPlanned?.(planned);
  for (const input of inputs) {
    let items: AsyncIterable<IngestItem> | Iterable<IngestItem>;
    if (input === '-') {
      const bytes = await (options.readStdin ?? readStdinDefault)();
      const id = `stdin-${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}`;
      items = fromBytes(bytes, null, '-', id, '-', limits);
    } else if (/^https?:\/\//i.test(input)) {
      const fetched = await fetchArticle(input, fetchOptions);
      items = ['severity' in fetched ? { kind: 'message', message: fetched } : { kind: 'document', doc: fetched }];
    } else {
      let isDir = false;
      try {
        isDir = (await stat(input)).isDirectory();
      } catch {
        // fromFile reports a missing input.
      }
      items = isDir ? fromDirectory(input, limits, plan) : fromFile(input, limits, true);
    }
    for await (const item of items) {
      if (item.kind === 'message') {
        yield item;
        continue;
      }
      const count = seen.get(item.doc.id) ?? 0;
      seen.set(item.doc.id, count + 1);
      if (count === 0) {
        yield item;
        continue;
      }
      const id = `${item.doc.id}-${count + 1}`;
      yield { kind: 'message', message: message('warning', 'ingest/duplicate-id', item.doc.source, `another input already has the id "${item.doc.id}"; this one is "${id}"`, id) };
      yield { kind: 'document', doc: { ...item.doc, id } };
    }
  }
}
