import { createRequire } from 'node:module';
import { words } from '../frames/words.js';

const require = createRequire(import.meta.url);
const LISTS = require('../../../model/profile-stance.json') as { positive: string[]; negative: string[] };
const pattern = (cues: readonly string[]) => new RegExp(`^(?:${cues.map((c) => c.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')).join('|')})$`);
const POSITIVE = pattern(LISTS.positive.filter((c) => !c.includes(' ')));
const NEGATIVE = pattern(LISTS.negative.filter((c) => !c.includes(' ')));

/** The hand-written polarity of a word: 1, −1 or 0. */
export function wordPolarity(lower: string): number {
  return POSITIVE.test(lower) ? 1 : NEGATIVE.test(lower) ? -1 : 0;
}

/** Words that flip what follows ("not credible", "never supported", "didn't win"). */
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', "n't", 'hardly', 'neither', 'cannot']);
/** Function words add noise to a few thousand training rows. */
const STOP = new Set('a an the and or of to in on at for by with from as is are was were be been being it its this that these those which who whom there here than then so do does did have has had'.split(' '));
/** How many words either side of the target count as "near" it; chosen on NewsMTSC 5-fold CV (3 and 8 score lower). */
export const NEAR_WORDS = 5;

/**
 * The features the stance model sees for one target in one sentence: every lower-case content word
 * (`w:`), the words near the target with their side (`L:`/`R:`), the first word after it (`v:` —
 * usually the verb it is the subject of) and the word before it (`p:` — "against X", "praised X").
 * Words after a negator within three words are marked `not_`. Capitalised words (names) and the
 * target's own words are left out: the model learns how text treats an actor, not who the actor is.
 */
const near = (polarity: number) => (polarity > 0 ? ['N:lex:pos'] : polarity < 0 ? ['N:lex:neg'] : []);

export function targetFeatures(sentence: string, from: number, to: number): string[] {
  const ws = words(sentence);
  const out: string[] = [];
  let negated = 0;
  let firstAfter = true;
  let lastBefore: string | null = null;
  // Word indices where the target starts and ends, for distances in words.
  let first = ws.findIndex((w) => w.end > from);
  if (first < 0) first = ws.length;
  let last = first;
  while (last < ws.length && ws[last]!.start < to) last++;
  for (const [i, w] of ws.entries()) {
    if (w.start >= from && w.end <= to) continue;
    const raw = sentence.slice(w.start, w.end);
    const isNegator = NEGATORS.has(w.lower) || w.lower.endsWith("n't");
    if (isNegator) {
      negated = 3;
      continue;
    }
    const name = /^\p{Lu}/u.test(raw) && w.start > 0;
    const stem = negated > 0 ? `not_${w.stem}` : w.stem;
    if (negated > 0) negated--;
    if (name || STOP.has(w.lower)) continue;
    out.push(`w:${stem}`);
    const polarity = wordPolarity(w.lower) * (negated > 0 || stem.startsWith('not_') ? -1 : 1);
    if (polarity) out.push(polarity > 0 ? 'lex:pos' : 'lex:neg');
    if (w.end <= from) {
      lastBefore = stem;
      const gap = first - i - 1;
      if (gap < NEAR_WORDS) out.push(`L:${stem}`, ...near(polarity));
    } else if (w.start >= to) {
      const gap = i - last;
      if (gap < NEAR_WORDS) out.push(`R:${stem}`, ...near(polarity));
      if (firstAfter) out.push(`v:${stem}`), (firstAfter = false);
    }
  }
  if (lastBefore) out.push(`p:${lastBefore}`);
  // The target's clause: what lies between the punctuation marks around it.
  const left = Math.max(...[',', ';', ':', '—', '(', ')', '"', '“', '”'].map((c) => sentence.lastIndexOf(c, from - 1)));
  const rightMarks = [',', ';', ':', '—', '(', ')', '"', '“', '”'].map((c) => sentence.indexOf(c, to)).filter((i) => i >= 0);
  const right = rightMarks.length ? Math.min(...rightMarks) : sentence.length;
  for (const w of ws) if (w.start > left && w.end <= right && (w.end <= from || w.start >= to) && !STOP.has(w.lower) && !/^\p{Lu}/u.test(sentence.slice(w.start, w.end))) {
      out.push(`C:${w.stem}`);
      const polarity = wordPolarity(w.lower);
      if (polarity) out.push(polarity > 0 ? 'C:lex:pos' : 'C:lex:neg');
    }
  return out;
}
