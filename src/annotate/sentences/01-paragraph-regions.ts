import type { Span } from '../../types.js';
import { isSpaceAt } from '../tokens/char-class.js';

/** A range of the text being split, with the index of the paragraph it belongs to. */
export interface Region {
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

/**
 * Step 1: sentences never cross paragraphs, so each paragraph is split on its own. Paragraph
 * spans come from extract; they are clamped and ordered defensively, and any text they leave
 * out is kept as a region of the paragraph before it, so every non-space character ends up in
 * a sentence. Without paragraphs, blank lines separate them ("Heading\n\nBody.").
 */
export function paragraphRegions(text: string, paragraphs: readonly Span[]): Region[] {
  if (paragraphs.length === 0) return blankLineRegions(text);
  const given = paragraphs
    .map((p, paragraph) => ({ start: clamp(p.start, text.length), end: clamp(p.end, text.length), paragraph }))
    .sort((a, b) => a.start - b.start || a.paragraph - b.paragraph);
  const regions: Region[] = [];
  let covered = 0;
  let last = given[0]?.paragraph ?? 0;
  for (const p of given) {
    if (p.start > covered && hasText(text, covered, p.start)) regions.push({ start: covered, end: p.start, paragraph: last });
    const start = Math.max(p.start, covered);
    if (p.end > start) regions.push({ start, end: p.end, paragraph: p.paragraph });
    covered = Math.max(covered, p.start, p.end);
    last = p.paragraph;
  }
  if (hasText(text, covered, text.length)) regions.push({ start: covered, end: text.length, paragraph: last });
  return regions;
}

function blankLineRegions(text: string): Region[] {
  const regions: Region[] = [];
  const blank = /\n[^\S\n]*\n\s*/g;
  let start = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    if (hasText(text, start, m.index)) regions.push({ start, end: m.index, paragraph: regions.length });
    start = m.index + m[0].length;
  }
  if (hasText(text, start, text.length)) regions.push({ start, end: text.length, paragraph: regions.length });
  return regions;
}

function hasText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceAt(text, i)) return true;
  return false;
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), max) : 0;
}
