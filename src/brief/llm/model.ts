/**
 * Word tables of the LLM brief's checker and client. Plain data: a wrong row is fixed here, not in
 * the code that reads it.
 */

/** Number words and their values. "one" is left out on purpose: "one of the officials", "no one". */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** "one" counts inside a longer number ("one hundred", "twenty-one"), never alone. */
export const ONE = 'one';

/** Words that multiply what comes before them ("two dozen" = 24, "three hundred" = 300). */
export const SMALL_SCALES: Readonly<Record<string, number>> = { dozen: 12, hundred: 100 };
export const LARGE_SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Quantities without a value ("dozens of homes"): compared as words, since no number stands for them. */
export const VAGUE_QUANTITIES: readonly string[] = ['dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions'];

/**
 * Words that open a sentence or a capitalised run without being part of a name: "The Harbour
 * Council", "On Monday", "Both Tarnby and Oslen", "Mr. Sorg".
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'with', 'after', 'before', 'during', 'while', 'when',
  'where', 'but', 'and', 'or', 'yet', 'so', 'as', 'since', 'although', 'though', 'however', 'meanwhile', 'it', 'its', 'this',
  'that', 'these', 'those', 'there', 'they', 'he', 'she', 'we', 'his', 'her', 'their', 'both', 'each', 'some', 'many', 'most',
  'all', 'no', 'not', 'according', 'despite', 'under', 'over', 'earlier', 'later', 'last', 'next', 'until', 'if', 'i',
  // Honorifics: "Mr. Sorg" is supported by "Sorg"; a source rarely says "Mr" when the brief does.
  'mr', 'mrs', 'ms', 'dr', 'sir',
]);

/**
 * Titles before a name: "Defence Minister Halvard Renn" is supported by "Halvard Renn, the defence
 * minister" when the title words and the name are each found.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'ministry', 'defence', 'defense', 'foreign', 'interior', 'finance', 'secretary',
  'general', 'colonel', 'major', 'captain', 'lieutenant', 'commander', 'chief', 'deputy', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'senator', 'governor', 'mayor', 'judge', 'king', 'queen', 'prince', 'mr', 'mrs', 'ms', 'dr',
  'sir', 'gen', 'col', 'lt', 'sgt', 'capt', 'rep', 'sen', 'gov',
]);

/** Abbreviations whose full stop does not end a sentence ("Mr. Sorg", "Gen. Quist"). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'rep', 'sen', 'gov', 'jr', 'sr', 'no']);

/**
 * Quotation mark pairs the checker reads, in the order they are taken: German low-high first (its
 * closing mark, “, is the English opening one), then English curly, guillemets, straight.
 */
export const QUOTE_PAIRS: readonly (readonly [string, string])[] = [['„', '“'], ['“', '”'], ['«', '»'], ['"', '"']];

/** Client defaults. 60 s: a local 7B model writes a 120-word brief in well under that on a laptop CPU. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** A chat completion for one brief is a few kilobytes; 1 MB leaves room and stops a runaway body. */
export const DEFAULT_MAX_RESPONSE_BYTES = 1_000_000;
export const DEFAULT_MODEL = 'gpt-4o-mini';
