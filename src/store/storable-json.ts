/**
 * Serialises a value for storage and refuses what one of the adapters could not keep: U+0000 and
 * lone surrogates (PostgreSQL `text` and `jsonb` reject both). Every adapter goes through here, so
 * all of them refuse the same inputs. Refusing is misuse (a string that extract should never produce),
 * hence an exception.
 */
export function toStorableJson(value: unknown, what: string): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`Cannot store ${what}: expected a JSON value, found ${typeof value}`);
  // JSON.stringify writes U+0000 as \u0000 and a lone surrogate as \udXXX; an odd run of backslashes marks a real escape.
  const bad = /(?<!\\)(?:\\\\)*\\u(0000|d[89a-f][0-9a-f]{2})/i.exec(json);
  if (bad) {
    const found = bad[1] === '0000' ? 'U+0000' : `a lone surrogate (\\u${bad[1]})`;
    throw new TypeError(`Cannot store ${what}: expected well-formed Unicode text without U+0000, found ${found}. Strip it before storing.`);
  }
  return json;
}

/** An ISO 8601 UTC timestamp (`2031-05-02T10:00:00.000Z`) or a date (`2031-05-02`): what compares correctly as a string. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z)?$/;

export function assertTimestamp(value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string' || !TIMESTAMP.test(value)) {
    throw new TypeError(`Expected ${what} as an ISO 8601 UTC timestamp like 2031-05-02T10:00:00.000Z (Date#toISOString()), found ${JSON.stringify(value)}`);
  }
}
