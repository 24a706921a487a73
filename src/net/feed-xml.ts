import { XMLParser } from 'fast-xml-parser';
import { attr, htmlToText, nodeText, textToHtml } from './feed-text.js';

/** Elements that may repeat, always read as arrays so one child and many look alike. */
const REPEATED = new Set(['item', 'entry', 'link', 'atom:link', 'outline', 'category']);

/**
 * Atom text constructs (title, summary, content) are kept raw: their `type` attribute decides
 * how to read them, and `type="xhtml"` content is markup the parser would otherwise take apart.
 */
const ATOM_TEXT = ['feed.title', 'feed.entry.title', 'feed.entry.summary', 'feed.entry.content'];

/**
 * One parser for feeds and OPML. Lenient by design (a bare `&` or a stray tag does not stop it);
 * values stay strings (no number guessing: a guid "0012" stays "0012"); HTML named entities such
 * as `&nbsp;`, invalid in XML but common in feeds, are decoded. DOCTYPE entities are not expanded,
 * so an entity-expansion bomb stays inert text.
 */
export const feedParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
  stopNodes: ATOM_TEXT,
});

const XML_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Raw XML text (CDATA sections and escaped text) as the characters it stands for. */
export function decodeXmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => part.startsWith('<![CDATA[')
      ? part.slice(9, -3)
      : part.replace(/&(?:#(\d+)|#x([\da-f]+)|(lt|gt|amp|quot|apos));/gi, (whole, dec?: string, hex?: string, name?: string) => {
          if (name) return XML_ENTITIES[name.toLowerCase()] ?? whole;
          const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }))
    .join('');
}

/** An Atom text construct, kept raw by the parser, as HTML and as plain text. */
export function atomText(node: unknown): { html: string; text: string } | null {
  const raw = typeof node === 'string' ? node : nodeText(node);
  if (!raw) return null;
  const type = (attr(node, 'type') ?? 'text').toLowerCase();
  let html: string;
  if (type.includes('xhtml')) html = raw.trim().replace(/^<(?:\w+:)?div\b[^>]*>([\s\S]*)<\/(?:\w+:)?div>$/, '$1').trim();
  else if (type.includes('html')) html = decodeXmlText(raw);
  else return { html: textToHtml(decodeXmlText(raw)), text: decodeXmlText(raw).replace(/\s+/g, ' ').trim() };
  return { html, text: htmlToText(html) };
}
