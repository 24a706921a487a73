import type { Removal } from '../../types.js';
import { parsePage } from './01-parse.js';
import { readMetadata, type PageMetadata } from './05-metadata.js';
import { collectBlocks } from './06-blocks.js';
import { hintsOf } from './07-hints.js';
import { runReadability } from './08-readability.js';
import { ownRegion } from './09-own-region.js';
import { keptRegion } from './10-region.js';
import { keptIn, selectBlocks, textJudge, type Verdict } from './11-select.js';
import { readabilityBlocks } from './12-readability-blocks.js';
import { chooseDek, takeAiDisclosure } from './13-finish.js';
import { THRESHOLDS } from './model.js';

export interface HtmlParagraph {
  readonly text: string;
  readonly heading: boolean;
}

export interface HtmlExtraction {
  title: string | null;
  dek: string | null;
  outlet: string | null;
  byline: string | null;
  /** `YYYY-MM-DD` */
  published: string | null;
  /** Two-letter code from `<html lang>`, og:locale or content-language, lowercased. */
  language: string | null;
  /** Canonical or og:url. */
  url: string | null;
  /** An "AI-generated" notice, removed from the paragraphs. */
  aiDisclosure: string | null;
  paragraphs: HtmlParagraph[];
  removed: Removal[];
  /** Which method won: `html/readability+blocks`, `html/readability` (its kept blocks), `html/blocks` or `html/none`. */
  method: string;
  attempts: { method: string; note: string }[];
}

const EMPTY_META: PageMetadata = { title: null, h1: null, description: null, outlet: null, byline: null, published: null, language: null, url: null };

function keptWords(verdicts: readonly Verdict[]): number {
  return verdicts.reduce((n, v) => n + (v.reason ? 0 : v.block.words), 0);
}

function result(meta: PageMetadata, verdicts: readonly Verdict[], method: string, attempts: { method: string; note: string }[]): HtmlExtraction {
  const paragraphs: HtmlParagraph[] = [];
  const removed: Removal[] = [];
  for (const { block, reason } of verdicts) {
    if (reason) removed.push({ text: block.text.slice(0, THRESHOLDS.removedTextChars), reason });
    else paragraphs.push({ text: block.text, heading: block.heading });
  }
  const aiDisclosure = takeAiDisclosure(paragraphs, removed);
  return {
    title: meta.title, dek: chooseDek(meta.description, paragraphs), outlet: meta.outlet, byline: meta.byline,
    published: meta.published, language: meta.language, url: meta.url, aiDisclosure, paragraphs, removed, method, attempts,
  };
}

/**
 * Extracts the article body and metadata of one HTML page. Never throws: a page nothing can be
 * found in comes back with no paragraphs, method `html/none` and a note saying why.
 */
export function extractHtml(html: string, options: { url?: string } = {}): HtmlExtraction {
  const attempts: { method: string; note: string }[] = [];
  let meta = EMPTY_META;
  try {
    const page = parsePage(typeof html === 'string' ? html : '');
    for (const note of page.notes) attempts.push({ method: 'html/parse', note });
    const body = page.document.body;
    meta = readMetadata(page.document, page.jsonLd, options.url);
    if (!body) return result(meta, [], 'html/none', [...attempts, { method: 'html/parse', note: 'the page has no <body> (a frameset?)' }]);
    const { blocks, elements, maxDepth } = collectBlocks(body);
    const hints = hintsOf(elements);
    const own = ownRegion(blocks, hints);
    const { pick, note } = maxDepth > THRESHOLDS.maxReadabilityDepth
      ? { pick: null, note: `skipped: the page nests ${maxDepth} levels deep` }
      : runReadability(page.document);
    const ctx = { hints, reasonOf: textJudge({ title: meta.title, byline: meta.byline, dek: meta.description }) };
    // 1. Our selection inside the region Readability's text came from.
    if (pick && pick.words >= THRESHOLDS.minReadabilityWords) {
      const kept = keptIn(pick.text);
      const region = keptRegion(blocks, (b) => b.words >= THRESHOLDS.proseWords && kept(b));
      const verdicts = selectBlocks(blocks, { ...ctx, roots: new Set([region ?? -1]), kept });
      const fallback = readabilityBlocks(blocks, pick.text, ctx.reasonOf);
      const [ours, theirs] = [keptWords(verdicts), keptWords(fallback)];
      if (ours >= THRESHOLDS.minShareOfReadability * theirs) {
        attempts.push({ method: 'html/blocks', note: `own region ${own === null ? 'not found' : own}; Readability's region preferred` });
        return result(meta, verdicts, 'html/readability+blocks', attempts);
      }
      // 2. Our selection lost most of what Readability kept, for no boilerplate reason: its blocks win.
      attempts.push({ method: 'html/readability+blocks', note: `kept ${ours} words, under ${THRESHOLDS.minShareOfReadability} of the ${theirs} in Readability's blocks` });
      return result(meta, fallback, 'html/readability', attempts);
    }
    attempts.push({ method: 'html/readability', note });
    // 3. Readability kept little or nothing: our own region.
    if (own !== null) return result(meta, selectBlocks(blocks, { ...ctx, roots: new Set([own]), kept: null }), 'html/blocks', attempts);
    // 4. A short page with no prose block: whatever little Readability kept is the text.
    const fallback = pick ? readabilityBlocks(blocks, pick.text, ctx.reasonOf) : [];
    if (keptWords(fallback) > 0) return result(meta, fallback, 'html/readability', [...attempts, { method: 'html/blocks', note: 'no block of prose found; Readability\'s few words kept' }]);
    return result(meta, [], 'html/none', [...attempts, { method: 'html/blocks', note: 'no block of prose found' }]);
  } catch (error) {
    return result(meta, [], 'html/none', [...attempts, { method: 'html', note: `extraction failed: ${(error as Error).message}` }]);
  }
}

