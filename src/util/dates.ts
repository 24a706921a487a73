const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

/**
 * Month names of the other languages news datelines are commonly written in (German, French,
 * Spanish, Italian, Portuguese, Dutch), so "3. März 2026", "3 mars 2026" or "3 de marzo de 2026"
 * date an article whose body is in that language. Only read as day–month–year with a four-digit
 * year, where an English word (Mars, Mai) cannot be meant.
 */
const FOREIGN_MONTHS: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, janvier: 1, enero: 1, gennaio: 1, janeiro: 1, januari: 1,
  februar: 2, février: 2, fevrier: 2, febrero: 2, febbraio: 2, fevereiro: 2, februari: 2,
  märz: 3, maerz: 3, mars: 3, marzo: 3, março: 3, marco: 3, maart: 3,
  avril: 4, abril: 4, aprile: 4,
  mai: 5, mayo: 5, maggio: 5, maio: 5, mei: 5,
  juni: 6, juin: 6, junio: 6, giugno: 6, junho: 6,
  juli: 7, juillet: 7, julio: 7, luglio: 7, julho: 7,
  août: 8, aout: 8, agosto: 8, augustus: 8,
  septembre: 9, septiembre: 9, setiembre: 9, settembre: 9, setembro: 9,
  oktober: 10, octobre: 10, octubre: 10, ottobre: 10, outubro: 10,
  novembre: 11, noviembre: 11, novembro: 11,
  dezember: 12, décembre: 12, decembre: 12, diciembre: 12, dicembre: 12, dezembro: 12,
};
const FOREIGN_MONTH = `(${Object.keys(FOREIGN_MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
/** "3. März 2026", "3 mars 2026", "3 de marzo de 2026", "1er juin 2026" */
const DAY_FOREIGN_MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|º|°)?\\s+(?:de\\s+)?${FOREIGN_MONTH}\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu');

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
 * (time zones are ignored: the date as written is the date published), "November 10, 2025",
 * "10 November 2025", and day–month–year in German, French, Spanish, Italian, Portuguese and Dutch.
 */
export function findDate(text: string): string | null {
  return findDateSpan(text)?.date ?? null;
}

/** `findDate` with where the date is written (`text.slice(start, end)`), so a caller can see what else a line holds. */
export function findDateSpan(text: string): { date: string; start: number; end: number } | null {
  const candidates: { index: number; length: number; value: string | null }[] = [];
  const a = ISO.exec(text);
  if (a) candidates.push({ index: a.index, length: a[0].length, value: iso(Number(a[1]), Number(a[2]), Number(a[3])) });
  const b = MONTH_DAY_YEAR.exec(text);
  if (b) candidates.push({ index: b.index, length: b[0].length, value: iso(Number(b[3]), monthNumber(b[1]!), Number(b[2])) });
  const c = DAY_MONTH_YEAR.exec(text);
  if (c) candidates.push({ index: c.index, length: c[0].length, value: iso(Number(c[3]), monthNumber(c[2]!), Number(c[1])) });
  const d = DAY_FOREIGN_MONTH_YEAR.exec(text);
  if (d) candidates.push({ index: d.index, length: d[0].length, value: iso(Number(d[3]), FOREIGN_MONTHS[d[2]!.toLowerCase()] ?? 0, Number(d[1])) });
  const valid = candidates.filter((x) => x.value !== null).sort((x, y) => x.index - y.index);
  const first = valid[0];
  return first ? { date: first.value as string, start: first.index, end: first.index + first.length } : null;
}

/** Normalises a date given by an input (`2025-11-10`, an ISO timestamp, "Nov 10, 2025") to `YYYY-MM-DD`. */
export function normalizeDate(value: string | undefined | null): string | null {
  if (!value) return null;
  return findDate(value.trim());
}
