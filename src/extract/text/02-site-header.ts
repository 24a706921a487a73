import type { TextStep } from './state.js';

/** "Liabooks Home|PRISM News": a short pipe-separated site banner above the title. */
const SITE_HEADER = /^[^.!?|]{1,60}(?:\|[^.!?|]{1,60})+$/;
const HOME_WORD = /\bhome(?:page)?\b/gi;

/** Removes a site banner on the first line and takes the outlet's name from its last part. */
export const removeSiteHeader: TextStep = (s) => {
  const first = s.lines[0];
  if (!first || s.lines.length < 2 || !SITE_HEADER.test(first.text)) return s;
  const named = first.text.split('|').map((p) => p.replace(HOME_WORD, '').trim()).filter(Boolean);
  const outlet = s.outlet ?? named[named.length - 1] ?? null;
  return { ...s, outlet, lines: s.lines.slice(1), removed: [...s.removed, { text: first.text, reason: 'site-header' }] };
};
