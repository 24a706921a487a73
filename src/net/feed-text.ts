import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';

/** The text of a parsed XML node: a string, a number, or an element object's `#text`. */
export function nodeText(node: unknown): string | null {
  if (typeof node === 'string') return node.trim() || null;
  if (typeof node === 'number') return String(node);
  if (Array.isArray(node)) return nodeText(node[0]);
  if (node && typeof node === 'object' && '#text' in node) return nodeText((node as Record<string, unknown>)['#text']);
  return null;
}

/** An attribute of a parsed XML element (fast-xml-parser's `@_` prefix). */
export function attr(node: unknown, name: string): string | null {
  if (!node || typeof node !== 'object') return null;
  const value = (node as Record<string, unknown>)[`@_${name}`];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** A value as an array: fast-xml-parser gives one child as an object and several as an array. */
export function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** An absolute http(s) URL, resolved against a base, or null for a missing, broken or non-web link. */
export function resolveUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A feed date (RFC 822 for RSS, RFC 3339 for Atom and JSON Feed) as ISO 8601, or null. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  // RFC 822 allows zone names Date.parse does not know, e.g. "EST" is fine but "CEST" is not; those read as null.
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const scratch = document.createElement('div');

/** The text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
export function htmlToText(html: string): string {
  scratch.innerHTML = html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  return (scratch.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Plain text as an HTML fragment: escaped, one `<p>` per paragraph. */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => `<p>${escape(p)}</p>`).join('\n');
}

/** A stable id for an item that names none: a hash of what identifies it. */
export function fallbackId(...parts: (string | null | undefined)[]): string {
  return `item-${createHash('sha256').update(parts.map((p) => p ?? '').join('\u0000')).digest('hex').slice(0, 16)}`;
}
