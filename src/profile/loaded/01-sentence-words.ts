import { tokenize } from '../../annotate/tokens/tokenize.js';
import type { Quote, Span } from '../../types.js';
import type { Word } from '../types.js';
import { normWord } from './model.js';

const OPEN = new Set(['"', '“', '„', '«']);
const CLOSE = new Set(['"', '”', '»']);

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
      const c = text.slice(t.start, t.end);
      // A straight quote toggles; curly ones open and close.
      if (c === '"') inMarks = !inMarks;
      else if (OPEN.has(c)) inMarks = true;
      else if (CLOSE.has(c)) inMarks = false;
      continue;
    }
    if (t.kind !== 'word') continue;
    while (q < direct.length && direct[q]![1] <= t.start) q++;
    const inQuote = q < direct.length && direct[q]![0] <= t.start;
    const raw = text.slice(t.start, t.end);
    const list = out[s]!;
    const upper = raw[0] !== raw[0]!.toLowerCase();
    // First word of the sentence or after an opening quote mark: capitalised by rule, not a name.
    const initial = list.length === 0 || /["“‘(:]\s*$/.test(text.slice(list.at(-1)!.end, t.start));
    list.push({ start: t.start, end: t.end, word: normWord(raw), quoted: inMarks || inQuote, name: upper && !initial });
  }
  // Headline case ("Taliban Expresses Interest in Talks"): capitals mark nothing there.
  for (const list of out) if (list.filter((w) => w.name).length * 2 > list.length) for (const w of list) w.name = false;
  return out;
}
