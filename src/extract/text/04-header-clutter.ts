import type { Removal, RemovalReason } from '../../types.js';
import { findDateSpan } from '../../util/dates.js';
import { TEXT_MODEL } from './model.js';
import { isSectionTag } from './section-tag.js';
import { headerZoneEnd, normalizeForCompare, type TextState, type TextStep } from './state.js';

const BULLET = /^[-–—•·*]\s*/;
/** A name in a share bar that reads as a person or desk, not a site: "Jane Doe", "Ledger Staff". */
const PERSONISH = /^(?:\p{Lu}[\p{L}'.-]+\s+){1,3}\p{Lu}[\p{L}'.-]+$|\b(?:staff|desk|reporter|correspondent|editor|team)\b/iu;


/** What is left of a header line once its date, a weekday and a time are taken out. */
function besideDate(stripped: string): { date: string; rest: string } | null {
  const found = findDateSpan(stripped);
  if (!found) return null;
  const rest = `${stripped.slice(0, found.start)} ${stripped.slice(found.end)}`
    .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?/i, '')
    .replace(/\b(?:at\s+)?\d{1,2}:\d{2}\s*(?:am|pm)?\s*(?:[A-Z]{2,4})?\b/i, '');
  return { date: found.date, rest };
}

/** A line that is only a date, possibly bulleted or labelled ("- November 10, 2025", "Published: 2025-11-10"). */
function dateOnly(text: string): string | null {
  const stripped = text.replace(BULLET, '').replace(/^(?:published|updated|posted|last updated|date)\s*:?\s*/i, '');
  const found = besideDate(stripped);
  return found && found.rest.replace(/[\s,|·•-]+/g, '').length <= 3 ? found.date : null;
}

/** A header line naming the outlet and the date: "Zentralkurier, 3. März 2026", "The Harbour Gazette | May 2, 2031". */
function outletAndDate(text: string): { date: string; outlet: string } | null {
  const found = besideDate(text.replace(BULLET, ''));
  if (!found) return null;
  const outlet = found.rest.replace(/^[\s,|·•–—-]+|[\s,|·•–—-]+$/g, '');
  // A name: one to five capitalised words, nothing like a sentence (no verb-like lower-case run).
  return /^(?:(?:The|Le|La|Les|El|Il|Der|Die|Das|De|O|A)\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}$/u.test(outlet) ? { date: found.date, outlet } : null;
}

interface Verdict {
  reason: RemovalReason;
  patch?: Partial<Pick<TextState, 'published' | 'byline' | 'outlet'>>;
}

/** Classifies one header-zone line as clutter, or returns null when it belongs to the article. */
function classify(text: string, s: TextState): Verdict | null {
  if (s.title && normalizeForCompare(text) === normalizeForCompare(s.title)) return { reason: 'repeated-title' };
  if (TEXT_MODEL.readingTime.test(text)) return { reason: 'reading-time' };
  if (TEXT_MODEL.counter.test(text)) return { reason: 'counter' };
  const share = TEXT_MODEL.shareBar.exec(text);
  if (share) {
    const name = share[1]!.trim();
    if (!name) return { reason: 'share-bar' };
    return PERSONISH.test(name) ? { reason: 'share-bar', patch: { byline: s.byline ?? name } } : { reason: 'share-bar', patch: { outlet: s.outlet ?? name } };
  }
  if (TEXT_MODEL.shareLine.test(text)) return { reason: 'share-bar' };
  const date = dateOnly(text);
  if (date) return { reason: 'date', patch: { published: s.published ?? date } };
  const both = outletAndDate(text);
  if (both) return { reason: 'date', patch: { published: s.published ?? both.date, outlet: s.outlet ?? both.outlet } };
  const by = TEXT_MODEL.bylineLine.exec(text);
  if (by && !/[.!?]$/.test(by[1]!)) return { reason: 'byline', patch: { byline: s.byline ?? by[1]!.replace(/\s*[|,]\s*$/, '').trim() } };
  if (isSectionTag(text)) return { reason: 'section-tag' };
  return null;
}

/**
 * Removes the clutter between the title and the body: repeated title, section tags, reading
 * time, share bars, counters, bylines and date lines, taking metadata from them as it goes.
 */
export const removeHeaderClutter: TextStep = (s) => {
  const end = headerZoneEnd(s.lines);
  let state = s;
  const kept = [];
  const removed: Removal[] = [];
  for (let i = 0; i < s.lines.length; i++) {
    const line = s.lines[i]!;
    const verdict = i < end ? classify(line.text, state) : null;
    if (!verdict) {
      kept.push(line);
      continue;
    }
    removed.push({ text: line.text, reason: verdict.reason });
    if (verdict.patch) state = { ...state, ...verdict.patch };
  }
  return { ...state, lines: kept, removed: [...s.removed, ...removed] };
};
