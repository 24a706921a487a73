import type { Figure } from './01-numbers.js';
import type { Measured } from './02-measure.js';
import { CLAIM_MODEL } from './model.js';

/** Words that end a counted noun phrase: verbs, prepositions other than "in"/"of" + names, clause words. */
const NP_END = /^(?:were|was|are|is|be|been|have|has|had|who|that|which|and|or|with|while|but|by|from|to|as|at|on|for|after|before|during|since|when|into|than|died|say|says|said|reportedly|also|each|per)$/i;

/**
 * What a figure counts, as the text says it: the noun phrase after it ("274 Afghan fighters",
 * "civilians in Khost and Paktika"), else the previous figure's subject in the same sentence
 * ("… 12 soldiers with 27 wounded"), else the sentence's topic before a copula
 * ("Afghan losses, according to Kabul, stand at 13 killed").
 */
export function subjectOf(text: string, f: Figure, m: Measured, sentenceStart: number, previous: string | null): string {
  const own = nounAfter(text, m.nounFrom, m.measureAt);
  if (own) return own;
  if (previous) return previous;
  const lead = text.slice(sentenceStart, f.start);
  const cop = CLAIM_MODEL.copula.exec(lead);
  if (cop?.[1]) return cop[1].replace(/^(?:the|a|an)\s+/i, '').trim();
  return '';
}

/** A word or one other character; compiled once (its lastIndex is set before each use). */
const NP_WORD = /[\p{L}\p{M}'’-]+|[^\s\p{L}]/gu;

function nounAfter(text: string, from: number, stopAt: number | null): string {
  const limit = Math.min(stopAt ?? from + 80, from + 80);
  const words: string[] = [];
  const re = NP_WORD;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < limit && words.length < 8; m = re.exec(text)) {
    const w = m[0];
    if (words.length === 0 && /^["“”'‘’]$/.test(w)) continue; // capturing "many" Pakistani soldiers
    if (!/\p{L}/u.test(w) || NP_END.test(w) || CLAIM_MODEL.measure.has(w.toLowerCase())) break;
    // "3 critically injured": an adverb is no noun; it ends the phrase ("family" is a noun).
    if (/^\p{Ll}+ly$/u.test(w) && !CLAIM_MODEL.personNouns.has(w)) break;
    // "in Khost and Paktika": a place phrase belongs to the subject only when it names places.
    if (/^(?:in|of)$/i.test(w) && !/^\s+\p{Lu}/u.test(text.slice(m.index + w.length, m.index + w.length + 3)) && words.length > 0 && !/^of$/i.test(w)) break;
    words.push(w);
  }
  while (words.length && /^(?:in|of|the|a|an)$/i.test(words.at(-1) ?? '')) words.pop();
  if (/^of$/i.test(words[0] ?? '')) words.shift(); // "dozens of villagers"
  if (/^(?:and|shot)$/i.test(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/** True when the subject names people (so a number-word figure like "three soldiers" is a count of people). */
export function isPersonSubject(subject: string): boolean {
  return subject.split(/\s+/).some((w) => CLAIM_MODEL.personNouns.has(w.toLowerCase()));
}
