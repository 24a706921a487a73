import { findDate } from '../../util/dates.js';
import { TEXT_MODEL } from './model.js';
import type { TextStep } from './state.js';

/**
 * Takes the publication date from a wire dateline when nothing else gave one:
 * "DUNMOOR, Ostrel, March 4, 2026 (CPA) - Ostrel fired…". The dateline stays in the body.
 */
export const dateFromDateline: TextStep = (s) => {
  const first = s.lines[0];
  if (s.published || !first) return s;
  const dateline = TEXT_MODEL.dateline.exec(first.text);
  const published = dateline ? findDate(dateline[0]) : null;
  return published ? { ...s, published } : s;
};
