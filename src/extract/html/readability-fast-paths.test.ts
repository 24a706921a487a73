import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { FastReadability } from './readability-fast-paths.js';

const PARAGRAPH = 'The council voted on Tuesday to extend the program, which has run since 2019, after a long debate about its cost, its reach and its future. ';

/** Pages that reach the replaced helpers: mixed-case tag lists, styles that hide and styles that do not, lists, tables, a template. */
const PAGES: readonly [string, string][] = [
  ['article with a sidebar', `<html><body><nav><ul><li><a href="/">Home</a></li></ul></nav><article><h1>Vote</h1><p>${PARAGRAPH.repeat(3)}</p><ul><li>${PARAGRAPH}</li></ul><p>${PARAGRAPH.repeat(2)}</p></article><aside class="sidebar"><p>Related: other news</p></aside></body></html>`],
  ['hidden blocks', `<html><body><div><p style="display: none">Hidden ${PARAGRAPH}</p><p style="color: red">${PARAGRAPH.repeat(3)}</p><p hidden>${PARAGRAPH}</p><p aria-hidden="true" class="fallback-image">${PARAGRAPH}</p><div style="visibility:hidden"><p>${PARAGRAPH}</p></div><p>${PARAGRAPH.repeat(2)}</p></div></body></html>`],
  ['tables, spans and a template', `<html><body><div class="content"><table><tr><td><span>${PARAGRAPH}</span></td></tr></table><template><p>${PARAGRAPH}</p></template><div><p>${PARAGRAPH.repeat(4)}</p><br><br>${PARAGRAPH}</div></div></body></html>`],
];

describe('FastReadability', () => {
  it.each(PAGES)('keeps exactly what Readability keeps: %s', (_name, html) => {
    const plain = new Readability(parseHTML(html).document as unknown as Document).parse();
    const fast = new FastReadability(parseHTML(html).document as unknown as Document).parse();
    expect(fast?.textContent).toBe(plain?.textContent);
    expect(fast?.content).toBe(plain?.content);
  });
});
