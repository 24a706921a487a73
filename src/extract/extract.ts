import type { ExtractedArticle, Message, RawDocument } from '../types.js';
import { message } from '../ingest/messages.js';
import { normalizeDate } from '../util/dates.js';
import { extractHtml } from './html/index.js';
import { detectLanguage } from './language.js';
import { assemble } from './text/10-assemble.js';
import { extractText, type TextExtraction } from './text/extract-text.js';

export interface ExtractResult {
  readonly article: ExtractedArticle;
  readonly messages: readonly Message[];
}

/** Below this many words a body is probably a teaser or a failed extraction (chosen: shortest real wire brief ≈ 60 words). */
const SHORT_BODY_WORDS = 40;

function fromHtml(doc: RawDocument): { found: TextExtraction; method: string; attempts: { method: string; note: string }[]; url: string | null; language: string | null } {
  const html = extractHtml(doc.content, doc.given.url ? { url: doc.given.url } : {});
  const body = assemble(html.paragraphs.map((p) => ({ text: p.text, blankBefore: true, heading: p.heading })));
  const given = doc.given;
  return {
    found: {
      ...body,
      title: given.title ?? html.title,
      dek: given.dek ?? html.dek,
      outlet: given.outlet ?? html.outlet,
      // Pages show "By Jane Doe"; the field holds the name.
      byline: given.byline ?? html.byline?.replace(/^by\s+/i, '').trim() ?? null,
      published: normalizeDate(given.published) ?? html.published,
      aiDisclosure: html.aiDisclosure,
      removed: html.removed,
    },
    method: html.method,
    attempts: html.attempts,
    url: html.url,
    language: html.language,
  };
}

/**
 * Turns one raw document into a clean article: frozen body text, metadata, what was removed and
 * which method won. Problems (nothing found, a very short body) are messages, never exceptions.
 */
export function extractArticle(doc: RawDocument): ExtractResult {
  const messages: Message[] = [];
  let found: TextExtraction;
  let method: string;
  let attempts: { method: string; note: string }[] = [];
  let url = doc.origin.url ?? doc.given.url ?? null;
  let declaredLanguage: string | null = doc.given.language ?? null;
  if (doc.format === 'html') {
    const html = fromHtml(doc);
    ({ found, method, attempts } = html);
    url = url ?? html.url;
    declaredLanguage = declaredLanguage ?? html.language;
  } else {
    found = extractText(doc.content, doc.given);
    method = doc.origin.record !== undefined || Object.keys(doc.given).length ? 'record-text' : 'plain-text';
  }
  if (doc.given.published && !found.published) {
    messages.push(message('warning', 'extract/bad-date', doc.source, `the given "published" value "${doc.given.published}" is not a date; expected YYYY-MM-DD (or an ISO timestamp); published is left empty`, doc.id));
  }
  const detected = detectLanguage(`${found.title ?? ''}\n${found.text}`);
  const language = detected !== 'und' ? detected : (declaredLanguage?.slice(0, 2).toLowerCase() ?? 'und');
  const words = found.text.split(/\s+/).filter(Boolean).length;
  if (words === 0) {
    messages.push(message('error', 'extract/no-text', doc.source, `no article text was found (method ${method}); expected paragraphs of prose — check that the input is an article page, not an index or a login wall`, doc.id));
  } else if (words < SHORT_BODY_WORDS) {
    messages.push(message('warning', 'extract/short-text', doc.source, `the article body has only ${words} words; it may be a teaser or a partly extracted page`, doc.id));
  }
  if (language !== 'en') {
    const reason = language === 'und'
      ? 'the language could not be identified; it is annotated as English, which may miss things'
      : `the article is in "${language}"; annotation is English-only, so it gets sentences but no entities, quotes, claims or dates`;
    messages.push(message('info', 'extract/language', doc.source, reason, doc.id));
  }
  const path = doc.origin.path;
  const article: ExtractedArticle = {
    id: doc.id,
    ...(path ? { path } : {}),
    ...(url ? { url } : {}),
    title: found.title,
    dek: found.dek,
    outlet: found.outlet,
    byline: found.byline,
    published: found.published,
    language,
    aiDisclosure: found.aiDisclosure ? { text: found.aiDisclosure } : null,
    text: found.text,
    removed: found.removed,
    paragraphs: found.paragraphs,
    headings: found.headings,
    extraction: attempts.length ? { method, attempts } : { method },
  };
  return { article, messages };
}
