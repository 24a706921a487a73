import type { Removal } from '../../types.js';
import { TEXT_MODEL } from './model.js';
import type { Line, TextStep } from './state.js';

/** Trailing widgets and listed headlines are short; a longer line is the article's last paragraph. */
const WIDGET_MAX_CHARS = 120;
/** How far from the end a "Related Articles" heading may stand with headlines under it (chosen: lists of 2–8). */
const RELATED_LIST_MAX_LINES = 10;

const isWidget = (line: Line) => line.text.length <= WIDGET_MAX_CHARS && TEXT_MODEL.trailing.some((p) => p.test(line.text));
/** A listed headline: short, and not ending like a sentence of prose. */
const isHeadline = (line: Line) => line.text.length <= WIDGET_MAX_CHARS && !/[.!?]$/.test(line.text);
const reasonOf = (text: string) => (/^(?:©|copyright|all rights)/i.test(text) ? 'footer' : 'related');

/**
 * Removes what pages leave after the article: "Thoughts", "Share this article", copyright lines,
 * and "Related Articles" / "Read more" headings together with the headlines listed under them.
 */
export const removeTrailingWidgets: TextStep = (s) => {
  let end = s.lines.length;
  for (;;) {
    while (end > 1 && isWidget(s.lines[end - 1]!)) end--;
    // A related-list heading followed only by headlines and widgets: drop the whole block.
    let heading = -1;
    for (let i = end - 1; i >= Math.max(1, end - RELATED_LIST_MAX_LINES); i--) {
      const line = s.lines[i]!;
      if (TEXT_MODEL.relatedHeading.test(line.text)) {
        heading = i;
        break;
      }
      if (!isHeadline(line)) break;
    }
    if (heading < 0) break;
    end = heading;
  }
  if (end === s.lines.length) return s;
  const removed: Removal[] = s.lines.slice(end).map((line) => ({ text: line.text, reason: reasonOf(line.text) }));
  // "© 2026 The Valley Courier. All rights reserved." names the outlet when nothing else did.
  const owner = removed.map((r) => TEXT_MODEL.copyrightOwner.exec(r.text)?.[1]?.trim()).find(Boolean) ?? null;
  return { ...s, outlet: s.outlet ?? owner, lines: s.lines.slice(0, end), removed: [...s.removed, ...removed] };
};
