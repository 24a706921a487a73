import { tokenize } from '../../annotate/tokens/tokenize.js';
import type { Quote, Span } from '../../types.js';
import type { Word } from '../types.js';
import { WordIds } from '../word-ids.js';
import { normWord } from './model.js';

/** Quotation marks, each one UTF-16 unit: a straight quote toggles; curly ones and guillemets open or close. */
const STRAIGHT = 0x22;
const OPEN = new Set([...'“„«'].map((c) => c.charCodeAt(0)));
const CLOSE = new Set([...'”»'].map((c) => c.charCodeAt(0)));
/** What may come just before a capital that is capitalised by rule, not as a name: an opening quote or bracket, a colon. */
const OPENS_CLAUSE = /["“‘(:]\s*$/;

/**
 * Word ids for the words' strings: a word seen before is not cut out and lower-cased again, and is
 * the same string each time (its hash for the lexicon lookups is computed once). Past this many
 * words they are forgotten; nothing else holds their ids.
 */
const WORDS = new WordIds();
const MAX_WORDS = 200_000;

/** `normWord` of `text[start, end)`. */
function wordAt(text: string, start: number, end: number): string {
  if (WORDS.size > MAX_WORDS) WORDS.clear();
  const id = WORDS.foldedIdAt(text, start, end);
  return id >= 0 ? WORDS.word(id) : normWord(text.slice(start, end));
}

/** Whether the word at `start` begins with a capital (a letter that lower-cases to something else). */
function upperAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const first = text[start]!;
  return first !== first.toLowerCase();
}

/**
 * The word tokens of each sentence, lowercased, in one pass over the article's tokens (text is
 * tokenized once). A word is `quoted` inside quotation marks or a found direct quote: "…" are the
 * speaker's words, not the writer's ("called the strikes “barbaric”").
 */
export function sentenceWords(text: string, sentences: readonly Span[], quotes: readonly Quote[] = []): Word[][] {
  const tokens = tokenize(text);
  const direct = quotes.filter((q) => q.direct).map((q) => [q.start, q.end] as const).sort((a, b) => a[0] - b[0]);
  const out: { start: number; end: number; word: string; quoted: boolean; name: boolean }[][] = sentences.map(() => []);
  let s = 0;
  let q = 0;
  let inMarks = false;
  for (const t of tokens) {
    while (s < sentences.length && sentences[s]!.end <= t.start) s++, (inMarks = false);
    if (s >= sentences.length) break;
    if (t.start < sentences[s]!.start) continue;
    if (t.kind === 'punct') {
      if (t.end - t.start !== 1) continue;
      const c = text.charCodeAt(t.start);
      if (c === STRAIGHT) inMarks = !inMarks;
      else if (OPEN.has(c)) inMarks = true;
      else if (CLOSE.has(c)) inMarks = false;
      continue;
    }
    if (t.kind !== 'word') continue;
    while (q < direct.length && direct[q]![1] <= t.start) q++;
    const inQuote = q < direct.length && direct[q]![0] <= t.start;
    const list = out[s]!;
    // A capital is a name unless it opens the sentence or follows an opening quote mark (capitalised by rule).
    const name = upperAt(text, t.start) && list.length > 0 && !OPENS_CLAUSE.test(text.slice(list.at(-1)!.end, t.start));
    list.push({ start: t.start, end: t.end, word: wordAt(text, t.start, t.end), quoted: inMarks || inQuote, name });
  }
  // Headline case ("Taliban Expresses Interest in Talks"): capitals mark nothing there.
  for (const list of out) {
    let names = 0;
    for (const w of list) if (w.name) names++;
    if (names * 2 > list.length) for (const w of list) w.name = false;
  }
  return out;
}
