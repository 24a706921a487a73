import { TEXT_MODEL } from './model.js';
import { normalizeForCompare, type TextStep } from './state.js';

/** A standfirst is one or two sentences (chosen on the seeds: deks 120–220 chars; ledes of 500+). */
const DEK_MAX_CHARS = 320;
const DEK_MAX_SENTENCES = 2;
/** Without this much body after it, the short first paragraph is the body, not a dek. */
const MIN_BODY_LINES_AFTER = 3;

function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?]["”’']?)\s+(?=["“‘']?\p{Lu})/u).length;
}

/**
 * Takes the subtitle under the title: a short first paragraph with body after it, that is not a
 * dateline lede ("PALLECK (Wire) — …") and not a section heading followed by its paragraph.
 * "Pakistan Offers Taliban Talks if Border Attacks Stop" under a longer title also counts: a
 * second headline read as the dek.
 */
export const takeDek: TextStep = (s) => {
  const first = s.lines[0];
  // A record that gives its title gives its dek too, if it has one: its text starts with the body.
  if (!first || s.dek || s.titleGiven || s.lines.length < 1 + MIN_BODY_LINES_AFTER) return s;
  const text = first.text;
  if (text.length > DEK_MAX_CHARS || sentenceCount(text) > DEK_MAX_SENTENCES) return s;
  if (TEXT_MODEL.dateline.test(text)) return s;
  if (s.title && normalizeForCompare(text) === normalizeForCompare(s.title)) return s;
  const second = s.lines[1]!;
  // A title-case line with no full stop directly followed by prose is a section heading, unless it
  // sits right under the title with no blank line (a second headline, as in syndicated copies).
  const headingLike = !/[.!?"”]$/.test(text);
  if (headingLike && first.blankBefore && second.text.length > text.length * 2 && !second.blankBefore) return s;
  return { ...s, dek: text, lines: s.lines.slice(1) };
};
