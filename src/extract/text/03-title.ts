import type { Removal } from '../../types.js';
import { isSectionTag } from './section-tag.js';
import type { TextStep } from './state.js';

const MARKDOWN_HEADING = /^#{1,6}\s+/;

/**
 * The contract: the first non-empty line is the title (a Markdown `# ` is dropped), unless one was
 * given. A glued section tag above it ("NationDefence" before the headline) is not the title.
 */
export const takeTitle: TextStep = (s) => {
  if (s.title) return s;
  const removed: Removal[] = [];
  let i = 0;
  while (i < s.lines.length - 1 && isSectionTag(s.lines[i]!.text)) removed.push({ text: s.lines[i++]!.text, reason: 'section-tag' });
  const first = s.lines[i];
  if (!first) return s;
  return { ...s, title: first.text.replace(MARKDOWN_HEADING, '').trim(), lines: s.lines.slice(i + 1), removed: [...s.removed, ...removed] };
};
