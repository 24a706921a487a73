const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** "November 10, 2025", "Nov. 10 2025" */
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
/** "10 November 2025" */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
/** "2025-11-10", "2025-11-10T08:00:00Z" */
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1800 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/**
 * The first calendar date written in `text`, as `YYYY-MM-DD`, or null. Understands ISO dates
 * (time zones are ignored: the date as written is the date published), "November 10, 2025" and
 * "10 November 2025".
 */
export function findDate(text: string): string | null {
  const candidates: { index: number; value: string | null }[] = [];
  const a = ISO.exec(text);
  if (a) candidates.push({ index: a.index, value: iso(Number(a[1]), Number(a[2]), Number(a[3])) });
  const b = MONTH_DAY_YEAR.exec(text);
  if (b) candidates.push({ index: b.index, value: iso(Number(b[3]), monthNumber(b[1]!), Number(b[2])) });
  const c = DAY_MONTH_YEAR.exec(text);
  if (c) candidates.push({ index: c.index, value: iso(Number(c[3]), monthNumber(c[2]!), Number(c[1])) });
  const valid = candidates.filter((x) => x.value !== null).sort((x, y) => x.index - y.index);
  return valid[0]?.value ?? null;
}

/** Normalises a date given by an input (`2025-11-10`, an ISO timestamp, "Nov 10, 2025") to `YYYY-MM-DD`. */
export function normalizeDate(value: string | undefined | null): string | null {
  if (!value) return null;
  return findDate(value.trim());
}
