import type { Span } from '../../types.js';
import type { Line } from './state.js';

export interface AssembledText {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly headings: readonly Span[];
}

/** The frozen body: one paragraph per line, separated by a blank line; spans for each. */
export function assemble(lines: readonly Line[]): AssembledText {
  const paragraphs: Span[] = [];
  const headings: Span[] = [];
  let text = '';
  for (const line of lines) {
    if (text) text += '\n\n';
    const span = { start: text.length, end: text.length + line.text.length, text: line.text };
    text += line.text;
    paragraphs.push(span);
    if (line.heading) headings.push(span);
  }
  return { text, paragraphs, headings };
}
