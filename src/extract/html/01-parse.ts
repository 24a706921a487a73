import { parseHTML } from 'linkedom';
import { THRESHOLDS } from './model.js';

export interface ParsedPage {
  readonly document: Document;
  /** The raw `application/ld+json` payloads, taken before scripts are stripped. */
  readonly jsonLd: readonly string[];
  /** Why the page was altered before parsing (cut to size, wrapped in a body), for `attempts`. */
  readonly notes: readonly string[];
}

const JSON_LD = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
/** Bulk that holds no text: stripped before parsing because linkedom's cost grows with input size. */
const NOISE = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<svg\b[\s\S]*?<\/svg\s*>/gi;

/**
 * Parses a page with linkedom, defensively: linkedom has no HTML5 implied-element rules, so a
 * fragment or a page without `<body>` is wrapped in one (otherwise `<title>` can become the root),
 * control characters of binary junk are dropped, and giant pages are cut to size.
 */
export function parsePage(html: string): ParsedPage {
  const notes: string[] = [];
  const jsonLd = [...html.matchAll(JSON_LD)].map((m) => m[1] ?? '');
  let clean = html.replace(NOISE, ' ').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
  if (clean.length > THRESHOLDS.maxHtmlChars) {
    notes.push(`page cut from ${clean.length} to ${THRESHOLDS.maxHtmlChars} characters before parsing`);
    clean = clean.slice(0, THRESHOLDS.maxHtmlChars);
  }
  if (!/<body[\s>]/i.test(clean)) {
    const inner = clean.replace(/<!doctype[^>]*>|<\/?html\b[^>]*>/gi, '');
    const head = /<\/head\s*>/i.exec(inner);
    clean = head
      ? `<!doctype html><html>${inner.slice(0, head.index + head[0].length)}<body>${inner.slice(head.index + head[0].length)}</body></html>`
      : `<!doctype html><html><body>${inner}</body></html>`;
  }
  const { document } = parseHTML(clean);
  const moved = hoistStrays(document as unknown as Document);
  if (moved) notes.push(`moved ${moved} elements found before <head> into <body>`);
  return { document: document as unknown as Document, jsonLd, notes };
}

/**
 * Elements before `<head>` (`<html><div id="css-stamp"></div><head>…`) go into the body, as a
 * browser puts them. Left in place, linkedom's `document.body` getter sees no head first, inserts an
 * empty head and body, and returns that empty body: the page would have no text.
 */
function hoistStrays(document: Document): number {
  const root = document.documentElement;
  const children = root ? [...root.children] : [];
  const headAt = children.findIndex((el) => el.localName === 'head');
  const body = children.find((el) => el.localName === 'body');
  if (headAt <= 0 || !body) return 0;
  const strays = children.slice(0, headAt);
  body.prepend(...strays);
  return strays.length;
}
