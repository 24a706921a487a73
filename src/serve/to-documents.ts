/**
 * Turns a submitted item into raw documents with the ingest stage's own readers (decode, format by
 * name or sniffed, JSON records), the way `parallax extract` reads a file. Ids the user did not give
 * are made from the name or title and a hash of the content, so two uploads called `article.html`
 * do not collide, and the same content always gets the same id.
 */
import { createHash } from 'node:crypto';
import { formatOf, idFromName, sniffFormat } from '../ingest/formats.js';
import { decodeInput } from '../ingest/ingest.js';
import { DEFAULT_LIMITS } from '../ingest/limits.js';
import { message } from '../ingest/messages.js';
import { parseRecords, recordToDocument } from '../ingest/records.js';
import type { Message, RawDocument } from '../types.js';
import { parseId } from './params.js';
import type { SubmittedItem } from './read-submission.js';

export interface ItemDocuments {
  /** The name the item's messages and results use: a file name, `body#2`, `pasted text`. */
  readonly label: string;
  readonly docs: readonly RawDocument[];
  readonly messages: readonly Message[];
}

function hash8(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 8);
}

/** `Troops Cross the Selva!` → `troops-cross-the-selva`: a readable id part (letters of any script kept). */
export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

export function itemLabel(item: SubmittedItem): string {
  return item.kind === 'record' && item.index !== undefined ? `${item.source}#${item.index}` : item.source;
}

export function itemToDocuments(item: SubmittedItem): ItemDocuments {
  const label = itemLabel(item);
  const read = item.kind === 'record' ? fromRecord(item.value, item.source, item.index) : fromFile(item.name, item.bytes);
  const messages = [...read.messages];
  const docs: RawDocument[] = [];
  for (const doc of read.docs) {
    const id = parseId(doc.id, 'article');
    if (!id.ok) {
      messages.push(message('error', 'serve/bad-id', doc.source, `${id.message}; give the article another "id", or leave it out to have one made`));
      continue;
    }
    const clean = wellFormed(doc);
    if (clean !== doc) messages.push(message('warning', 'serve/sanitized', doc.source, 'the input held U+0000 characters or broken Unicode (lone surrogates); they were removed or replaced with U+FFFD', doc.id));
    docs.push(clean);
  }
  return { label, docs, messages };
}

function fromRecord(value: unknown, source: string, index: number | undefined): { docs: RawDocument[]; messages: Message[] } {
  const obj = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const name = typeof obj.title === 'string' ? slug(obj.title) : '';
  const fallbackId = `${name || 'article'}-${hash8(JSON.stringify(value) ?? '')}`;
  const result = recordToDocument(value, source, fallbackId, undefined, index);
  return 'severity' in result ? { docs: [], messages: [result] } : { docs: [result], messages: [] };
}

/** A file's bytes, read as ingest reads a file from disk (gzip, charset, format by name or sniffed). */
function fromFile(name: string, bytes: Uint8Array): { docs: RawDocument[]; messages: Message[] } {
  const decoded = decodeInput(bytes, name, DEFAULT_LIMITS);
  const messages = [...decoded.messages];
  if (decoded.text === null) return { docs: [], messages };
  const format = formatOf(name) ?? sniffFormat(decoded.text);
  // The id hashes the decoded text: the same article gets the same id whatever its upload's charset or compression.
  const id = `${slug(idFromName(name)) || 'upload'}-${hash8(decoded.text)}`;
  if (format === 'json' || format === 'jsonl') {
    const records = parseRecords(decoded.text, format === 'jsonl', name, id, undefined);
    return { docs: records.docs, messages: [...messages, ...records.messages] };
  }
  if (!decoded.text.trim()) return { docs: [], messages: [...messages, message('error', 'ingest/empty', name, 'the input has no text (only white space); expected an article')] };
  return { docs: [{ id, origin: {}, source: name, format, content: decoded.text, given: {} }], messages };
}

// U+0000 and lone surrogates cannot be stored (PostgreSQL refuses both; see store/storable-json.ts).
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const fix = (s: string) => s.replace(UNSTORABLE, (c) => (c === '\u0000' ? '' : '\uFFFD'));

function wellFormed(doc: RawDocument): RawDocument {
  const strings = [doc.content, ...Object.values(doc.given)].filter((v): v is string => typeof v === 'string');
  if (!strings.some((s) => new RegExp(UNSTORABLE.source).test(s))) return doc;
  const given = Object.fromEntries(Object.entries(doc.given).map(([k, v]) => [k, typeof v === 'string' ? fix(v) : v]));
  return { ...doc, content: fix(doc.content), given };
}
