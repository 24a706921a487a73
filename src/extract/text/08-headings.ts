import type { TextStep } from './state.js';

/** Section headings are short (chosen on the seeds: 3–7 words; prose lines are 15+). */
const HEADING_MAX_WORDS = 12;
const HEADING_MAX_CHARS = 90;
const MARKDOWN_HEADING = /^#{1,6}\s+/;

/**
 * Marks section headings in the body, which stay in the text as their own paragraphs:
 * "The Human Cost of Escalation" — short, no closing punctuation, followed by a longer paragraph.
 */
export const markHeadings: TextStep = (s) => {
  const lines = s.lines.map((line, i) => {
    if (MARKDOWN_HEADING.test(line.text)) return { ...line, text: line.text.replace(MARKDOWN_HEADING, ''), heading: true };
    const next = s.lines[i + 1];
    if (!next) return line;
    const text = line.text;
    const words = text.split(/\s+/).length;
    const heading =
      words <= HEADING_MAX_WORDS &&
      text.length <= HEADING_MAX_CHARS &&
      /^["“‘']?[\p{Lu}\d]/u.test(text) &&
      !/[.!?,;:"”’)\]]$/.test(text) &&
      next.text.length > text.length * 1.5;
    return heading ? { ...line, heading: true } : line;
  });
  return { ...s, lines };
};
