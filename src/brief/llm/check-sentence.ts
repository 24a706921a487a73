import type { Evidence } from '../../types.js';
import { findNames } from './find-names.js';
import { findNumbers } from './find-numbers.js';
import { findQuotes } from './find-quotes.js';
import { TITLE_WORDS } from './model.js';

/** A number, name or quotation of a written sentence that its cited sources do not contain. */
export interface Unsupported {
  readonly kind: 'number' | 'name' | 'quote';
  readonly text: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Curly and straight apostrophes and every run of whitespace read the same. */
const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
/** A quotation is compared without the punctuation at its edges: "unavoidable." = "unavoidable,". */
const trimQuote = (s: string) => normalise(s).trim().replace(/^[\s.,;:!?…-]+|[\s.,;:!?…-]+$/g, '');

function nameFound(haystack: string, name: string): boolean {
  const words = normalise(name).split(' ').filter(Boolean);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(haystack);
}

/** A name is found whole, or as title words found each and the rest found whole ("Defence Minister Halvard Renn" in "Halvard Renn, the defence minister"). */
function nameSupported(haystack: string, name: string): boolean {
  if (nameFound(haystack, name)) return true;
  const words = name.split(' ');
  let titles = 0;
  while (titles < words.length - 1 && TITLE_WORDS.has((words[titles] ?? '').toLowerCase().replace(/\.$/, ''))) titles++;
  if (!titles) return false;
  return words.slice(0, titles).every((w) => nameFound(haystack, w)) && nameFound(haystack, words.slice(titles).join(' '));
}

/**
 * What a written sentence states that the spans it cites do not: every number (digits or number
 * words, compared as values: "twelve" is supported by "12"; "dozens" by "dozens"), every name
 * (capitalised runs, compared case-insensitively as whole words) and every quotation (compared with
 * whitespace and apostrophes normalised). `knownNames` are names the cited sources go by without
 * their text saying so (the outlets of the cited articles), accepted as names only.
 */
export function checkSentence(text: string, cited: readonly Evidence[], knownNames: readonly string[] = []): Unsupported[] {
  const source = normalise(cited.map((e) => e.text).join('\n'));
  const unsupported: Unsupported[] = [];
  const quotes = findQuotes(text);
  for (const q of quotes) {
    const wanted = trimQuote(q.text);
    if (wanted && !source.includes(wanted)) unsupported.push({ kind: 'quote', text: q.text });
  }
  // What is inside a quotation is checked with it, not again word by word.
  let rest = text;
  for (const q of quotes) rest = rest.slice(0, q.start) + ' '.repeat(q.end - q.start) + rest.slice(q.end);
  const stated = findNumbers(source);
  const values = new Set(stated.map((n) => n.value).filter((v): v is number => v !== null));
  const vague = new Set(stated.map((n) => n.word).filter(Boolean));
  for (const n of findNumbers(rest)) {
    if (n.value === null ? !vague.has(n.word) : !values.has(n.value)) unsupported.push({ kind: 'number', text: n.text });
  }
  const haystack = [source, ...knownNames.map(normalise)].join('\n');
  for (const name of new Set(findNames(rest))) if (!nameSupported(haystack, name)) unsupported.push({ kind: 'name', text: name });
  return unsupported;
}
