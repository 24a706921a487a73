/**
 * Reading request parameters at the edge: every value is checked here, and a bad one becomes an
 * error text (what was expected, what was found) that the route answers with a 400.
 */

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = (message: string): Checked<never> => ({ ok: false, message });

/** Longest id accepted. Ids come from file names and JSON records; 200 characters is far above any real one. */
export const MAX_ID_LENGTH = 200;
/** Longest search query. Longer text is a pasted paragraph, not a query; chosen to keep search cheap. */
export const MAX_QUERY_LENGTH = 200;
/** Page sizes: the default, and the largest a client may ask for (a story list row is small; 500 stays under ~1 MB). */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

// Control characters (a NUL, a newline) and lone surrogates (a broken %-escape) never occur in a stored id.
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** An article or story id from a URL path. Ids are free text (they come from file names), so only what no id can hold is refused. */
export function parseId(raw: string, what: 'story' | 'article' | 'job'): Checked<string> {
  if (!raw.trim()) return bad(`expected a ${what} id, found an empty one`);
  if (raw.length > MAX_ID_LENGTH) return bad(`expected a ${what} id of at most ${MAX_ID_LENGTH} characters, found ${raw.length}`);
  if (CONTROL.test(raw) || LONE_SURROGATE.test(raw)) return bad(`the ${what} id ${JSON.stringify(raw)} holds control characters or broken Unicode; ids are printable text`);
  // Hono decodes %-escapes and leaves a malformed one (`%E0%A4`) as written: a real id never holds `%` + two hex digits.
  if (/%[0-9a-f]{2}/i.test(raw)) return bad(`the ${what} id ${JSON.stringify(raw)} holds a malformed %-escape; encode ids with encodeURIComponent`);
  return ok(raw);
}

/** A whole number query parameter within bounds, or its default when absent. */
export function parseCount(raw: string | undefined, name: string, fallback: number, min: number, max: number): Checked<number> {
  if (raw === undefined || raw === '') return ok(fallback);
  if (!/^\d+$/.test(raw)) return bad(`"${name}" takes a whole number from ${min} to ${max}, found ${JSON.stringify(raw.slice(0, 40))}`);
  const n = Number(raw);
  if (n < min || n > max) return bad(`"${name}" takes a whole number from ${min} to ${max}, found ${n}`);
  return ok(n);
}

export interface PageParams {
  readonly limit: number;
  readonly offset: number;
}

export function parsePage(query: (name: string) => string | undefined): Checked<PageParams> {
  const limit = parseCount(query('limit'), 'limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
  if (!limit.ok) return limit;
  const offset = parseCount(query('offset'), 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  if (!offset.ok) return offset;
  return ok({ limit: limit.value, offset: offset.value });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `since`: a date (`2031-05-02`) or a timestamp with a zone (`2031-05-02T10:00:00Z`,
 * `…+02:00`), normalised to what the store compares: a date, or an ISO 8601 UTC timestamp.
 */
export function parseSince(raw: string | undefined): Checked<string | undefined> {
  if (raw === undefined || raw === '') return ok(undefined);
  const expected = 'expected a date like 2031-05-02 or a timestamp like 2031-05-02T10:00:00Z';
  if (DATE.test(raw)) {
    const date = new Date(`${raw}T00:00:00Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw ? bad(`"since": ${expected}, found ${JSON.stringify(raw)} (no such day)`) : ok(raw);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(raw)) return bad(`"since": ${expected}, found ${JSON.stringify(raw.slice(0, 40))}`);
  const time = new Date(raw);
  return Number.isNaN(time.getTime()) ? bad(`"since": ${expected}, found ${JSON.stringify(raw)} (not a real time)`) : ok(time.toISOString());
}

/** A search query: trimmed, not empty, not longer than a query. */
export function parseQuery(raw: string | undefined): Checked<string> {
  const q = (raw ?? '').trim();
  if (!q) return bad('"q" is required: the words to search for, e.g. ?q=drone+strike');
  if (q.length > MAX_QUERY_LENGTH) return bad(`"q" takes at most ${MAX_QUERY_LENGTH} characters, found ${q.length}; search for a few words of the passage`);
  if (CONTROL.test(q) || LONE_SURROGATE.test(q)) return bad('"q" holds control characters or broken Unicode; search for printable words');
  return ok(q);
}
