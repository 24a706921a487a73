import type { QuotedSpan } from './01-quoted-spans.js';
import type { Draft, SentenceView } from './draft.js';
import { inQuote, tokSpan } from './draft.js';
import { QUOTE_MODEL } from './model.js';
import { phraseAfter, phraseBefore } from './noun-phrase.js';
import type { Tok } from './tokens.js';

interface Cue {
  readonly at: number; // token index of the cue word
  readonly span: [number, number];
  readonly speaker: [number, number] | null; // offsets
}

/**
 * Words in quotation marks, attributed in order of how sure the reading is:
 * 1. a cue right after the quote ("…," said X / "…," X said);
 * 2. the nearest cue in the clause before it (X said: "…"; X posted on X: "…"; in her words, "…";
 *    a cue between two quotes: "…," he argues, it "…");
 * 3. a cue anywhere in the sentence that no other quote has used (called it "false");
 * 4. a long quote opening a sentence right after an attributed one carries its speaker.
 * Anything else (declared 'open war' with no cue) is a scare quote and is left out.
 */
export function findDirectQuotes(text: string, s: SentenceView, prevDirect: { end: number } | null): Draft[] {
  const out: Draft[] = [];
  let floor = 0;
  for (const q of s.quotes) {
    if (q.nested) continue;
    const [start, end] = innerSpan(text, q);
    if (end <= start) continue;
    const base = { start, end, direct: true, sentenceStart: s.start } as const;
    // on Fox's "Hannity," Gingrich said …: a title in quotation marks is never the words spoken.
    if (isTitle(text.slice(start, end).replace(/[,.]$/, ''))) continue;
    const cue = cueAfter(s, q) ?? cueBefore(text, s, q, floor) ?? cueInSentence(s);
    floor = s.toks.findIndex((t) => t.start > q.close);
    if (floor < 0) floor = s.toks.length;
    if (cue) {
      s.consumed.add(cue.at);
      out.push({ ...base, cue: cue.span, speaker: cue.speaker });
    } else if (q.open <= s.start + 1 && wordCount(text, start, end) > QUOTE_MODEL.scareQuoteMaxWords && prevDirect && q.open - prevDirect.end < 400) {
      out.push({ ...base, cue: null, speaker: null, carry: true });
    }
  }
  return out;
}

function innerSpan(text: string, q: QuotedSpan): [number, number] {
  let a = q.open + 1;
  let b = q.close;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /[\s,]/.test(text[b - 1] ?? '')) b--;
  return [a, b];
}

const wordCount = (text: string, a: number, b: number) => text.slice(a, b).split(/\s+/).filter(Boolean).length;
// A capitalised cue inside a sentence is a name ("United States", "Drudge Report"), not a verb.
const isCueWord = (t: Tok | undefined) => !!t && t.word && !t.cap && QUOTE_MODEL.speechVerbs.has(t.low);
/** "Good Morning America", "Nuestra Historia": a title in quotation marks, not speech. */
const isTitle = (inner: string) => /^(?:\p{Lu}[\p{L}'’.-]*|of|the|and|on|in|a|for|to)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|the|and|on|in|a|for|to))*[?!]?$/u.test(inner) && inner.split(/\s+/).length <= 8;

function speakerOf(toks: readonly Tok[], np: [number, number] | null): [number, number] | null {
  return np ? tokSpan(toks, np) : null;
}

const CLOSING_MARK = /^['"”]$/;

/** "…," said X / "…," X said / "…," X, a spokesman, said. */
function cueAfter(s: SentenceView, q: QuotedSpan): Cue | null {
  const { toks } = s;
  let k = toks.findIndex((t) => t.start > q.close);
  if (k < 0) return null;
  while (CLOSING_MARK.test(toks[k]?.low ?? '')) k++; // the second half of a doubled ''…'' close
  if (toks[k]?.low === ',') k++;
  if (isCueWord(toks[k])) {
    const np = phraseAfter(toks, k + 1);
    if (np) return { at: k, span: [toks[k]!.start, toks[k]!.end], speaker: speakerOf(toks, np) };
  }
  const np = phraseAfter(toks, k);
  let c = np ? np[1] : -1;
  if (toks[c]?.low.endsWith('ly')) c++; // "X quietly said"
  if (np && isCueWord(toks[c])) return { at: c, span: [toks[c]!.start, toks[c]!.end], speaker: speakerOf(toks, np) };
  return looseCueAfter(toks, k);
}

/** Words after a quote that may still be its attribution: "said the 46-year-old", "Will Estrada, the chairman for the exurb, said". */
const LOOSE_REACH = 16;

/** A cue within a few words of the quote, before any sentence end or other quotation; the speaker is the words around it. */
function looseCueAfter(toks: readonly Tok[], k: number): Cue | null {
  for (let c = k; c < toks.length && c < k + LOOSE_REACH; c++) {
    const t = toks[c] as Tok;
    if (!t.word && /^[.?!:;"“”(]$/.test(t.low)) return null;
    if (!isCueWord(t)) continue;
    if (t.low.endsWith('ing')) return null; // "…," claiming 55 soldiers died: a new clause, not the quote's attribution
    let e = c + 1; // "said the 46-year-old": the words after the cue up to punctuation
    while (e < toks.length && e < c + 8 && toks[e]!.word) e++;
    const np: [number, number] | null = c > k ? [k, c] : e > c + 1 ? [c + 1, e] : null;
    return { at: c, span: [t.start, t.end], speaker: np ? (trimSpeaker(toks, np) ?? speakerOf(toks, np)) : null };
  }
  return null;
}

/** The first comma-free stretch of a loose speaker ("Will Estrada, the chairman, said" → "Will Estrada"). */
function trimSpeaker(toks: readonly Tok[], [a, b]: [number, number]): [number, number] | null {
  let e = a;
  while (e < b && toks[e]!.word) e++;
  return e > a ? tokSpan(toks, [a, e]) : null;
}

/** The nearest cue between the previous quote (or the sentence start) and this quote. */
function cueBefore(text: string, s: SentenceView, q: QuotedSpan, floor: number): Cue | null {
  const { toks } = s;
  const open = toks.findIndex((t) => t.start >= q.open);
  const end = open < 0 ? toks.length : open;
  const from = toks[floor]?.start ?? s.start;
  const region = text.slice(from, q.open);
  let best: Cue | null = null;
  const consider = (c: Cue | null) => {
    if (c && (!best || c.span[0] > best.span[0])) best = c;
  };
  for (const re of [QUOTE_MODEL.wordsCue, QUOTE_MODEL.phraseCue]) {
    for (const m of region.matchAll(re)) {
      const at = from + m.index;
      const k = toks.findIndex((t) => t.start >= at);
      const pron = re === QUOTE_MODEL.wordsCue ? toks[k + 1] : undefined;
      const np = pron ? ([k + 1, k + 2] as [number, number]) : phraseBefore(toks, k, floor);
      consider({ at: k, span: [at, at + m[0].length], speaker: speakerOf(toks, np) });
    }
  }
  for (let c = end - 1; c >= floor; c--) {
    if (!isCueWord(toks[c]) || inQuote(s.quotes, toks[c]!.start)) continue;
    const np = phraseBefore(toks, c, floor) ?? (toks[c - 1]?.low === ',' || c === floor ? phraseAfter(toks, c + 1) : null);
    if (np) consider({ at: c, span: [toks[c]!.start, toks[c]!.end], speaker: speakerOf(toks, np) });
    break;
  }
  if (!best && toks[end - 1]?.low === ':') {
    // "Afghan government spokesman Zabihullah Mujahid struck a conciliatory tone: "…"": the clause's subject.
    let k = floor;
    for (let i = floor; i < end; i++) if (toks[i]?.low === ',') k = i + 1;
    const np = phraseAfter(toks, k);
    if (np) best = { at: -1, span: [toks[end - 1]!.start, toks[end - 1]!.end], speaker: speakerOf(toks, np) };
  }
  return best;
}

/** A cue anywhere in the sentence, outside quotes, that no other quote has used: "called it "false"". */
function cueInSentence(s: SentenceView): Cue | null {
  const { toks } = s;
  for (let c = 0; c < toks.length; c++) {
    if (!isCueWord(toks[c]) || s.consumed.has(c) || inQuote(s.quotes, toks[c]!.start)) continue;
    const np = phraseBefore(toks, c, 0);
    if (np) return { at: c, span: [toks[c]!.start, toks[c]!.end], speaker: speakerOf(toks, np) };
  }
  return null;
}
