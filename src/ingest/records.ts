import type { GivenMetadata, Message, RawDocument } from '../types.js';
import { message } from './messages.js';

const FIELDS = ['title', 'dek', 'outlet', 'byline', 'published', 'url', 'language'] as const;

export interface RecordsResult {
  readonly docs: RawDocument[];
  readonly messages: Message[];
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Turns one JSON value from a `.json`/`.jsonl` input into a raw document, or says why it can't. */
export function recordToDocument(value: unknown, source: string, fallbackId: string, path: string | undefined, index: number | undefined): RawDocument | Message {
  const where = index === undefined ? source : `${source}#${index}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return message('error', 'ingest/record-not-object', where, `expected a JSON object with "text" or "html", found ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const obj = value as Record<string, unknown>;
  const text = str(obj.text) ?? str(obj.body) ?? str(obj.content);
  const html = str(obj.html);
  if (!text && !html) {
    const keys = Object.keys(obj).slice(0, 8).join(', ') || 'none';
    return message('error', 'ingest/record-without-text', where, `the record has neither a "text" nor an "html" field (fields found: ${keys}); add the article body as "text" or the page as "html"`);
  }
  const given: Record<string, string> = {};
  for (const key of FIELDS) {
    const v = str(obj[key]);
    if (v !== undefined) given[key] = v;
  }
  const id = str(obj.id) ?? fallbackId;
  const origin = { ...(path ? { path } : {}), ...(given.url ? { url: given.url } : {}), ...(index !== undefined ? { record: index } : {}) };
  return { id, origin, source: where, format: html ? 'html' : 'text', content: (html ?? text)!, given: given as GivenMetadata };
}

/** Parses `.json` (one object or an array) or `.jsonl` (one object a line) into documents. */
export function parseRecords(text: string, jsonLines: boolean, source: string, baseId: string, path: string | undefined): RecordsResult {
  const docs: RawDocument[] = [];
  const messages: Message[] = [];
  const add = (value: unknown, index: number | undefined) => {
    const result = recordToDocument(value, source, index === undefined ? baseId : `${baseId}-${index}`, path, index);
    if ('severity' in result) messages.push(result);
    else docs.push(result);
  };
  if (jsonLines) {
    text.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        add(JSON.parse(line), i);
      } catch (error) {
        messages.push(message('error', 'ingest/invalid-json', `${source}#${i}`, `line ${i + 1} is not valid JSON (${(error as Error).message}); each line of a .jsonl file must be one JSON object`));
      }
    });
    return { docs, messages };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    messages.push(message('error', 'ingest/invalid-json', source, `the file is not valid JSON (${(error as Error).message}); expected one object or an array of objects`));
    return { docs, messages };
  }
  if (Array.isArray(parsed)) parsed.forEach((v, i) => add(v, i));
  else add(parsed, undefined);
  return { docs, messages };
}
