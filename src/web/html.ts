/**
 * The one way markup is written in src/web: an `html` tagged template that escapes every
 * interpolated value, so article text, titles, outlets and URLs (all untrusted) can only ever
 * become text. Trusted markup passes as `SafeHtml` — the result of another `html` template or
 * of `raw()`, which is for our own constants (CSS, the client script) only.
 */
import { safeHref } from './safe-href.js';

/** Markup we wrote: interpolating it into `html` does not escape it again. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks our own, trusted markup as such. Never pass text that came from an input. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text safe in element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ENTITIES[c] ?? c);
}

// A value right after `href="` (or src, action…) is a URL: it goes through safeHref too.
const URL_ATTRIBUTE = /\s(?:href|src|action|formaction|xlink:href|poster|srcset)\s*=\s*["']$/i;
// A value right after `name=` with no quote would let a space start a new attribute.
const UNQUOTED_ATTRIBUTE = /\s[\w:-]+\s*=\s*$/;
const insideTag = (markup: string) => markup.lastIndexOf('<') > markup.lastIndexOf('>');

function render(value: unknown, inUrl: boolean): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((v) => render(v, inUrl)).join('');
  const text = String(value);
  return escapeHtml(inUrl ? safeHref(text) : text);
}

/** `html\`<a href="${url}">${title}</a>\``: values are escaped; arrays are joined; null, undefined and false render nothing. */
export function html(strings: TemplateStringsArray, ...values: readonly unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    const inTag = insideTag(out);
    if (inTag && UNQUOTED_ATTRIBUTE.test(out)) throw new Error(`html: value ${i} is interpolated into an unquoted attribute ("…${out.slice(-30)}"); quote the attribute value`);
    out += render(value, inTag && URL_ATTRIBUTE.test(out)) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Joins fragments with a separator (itself trusted markup). */
export function join(parts: readonly SafeHtml[], separator = ''): SafeHtml {
  return new SafeHtml(parts.map((p) => p.value).join(separator));
}
