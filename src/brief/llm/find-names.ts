import { ABBREVIATIONS, FUNCTION_WORDS } from './model.js';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

interface Word { readonly text: string; readonly start: number; readonly end: number }

/** A word opens a sentence: first in the text, or after . ! ? that is not an abbreviation's or an initial's. */
function opensSentence(text: string, words: readonly Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before) return true;
  if (!/[.!?]/.test(text.slice(before.end, words[i]?.start))) return false;
  return !(ABBREVIATIONS.has(before.text.toLowerCase()) || /^\p{Lu}$/u.test(before.text));
}

/**
 * The names a text uses: runs of capitalised words ("Emil Sorg", "Tarnby Harbour Council"), leading
 * function words dropped ("The Harbour Council" → "Harbour Council"), possessives cut ("Tarnby's" →
 * "Tarnby"). A single capitalised word that opens a sentence is taken only when it is capitalised
 * inside too ("FKF", "McKay"): "Officials said …" is not a name, "Tarnby said …" cannot be told from it.
 */
export function findNames(text: string): string[] {
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const names: string[] = [];
  let run: { words: string[]; atStart: boolean; dropped: boolean } | null = null;
  const close = () => {
    if (!run) return;
    const [only] = run.words;
    const single = run.words.length === 1 && only !== undefined;
    const plain = single && !/\p{Lu}/u.test(only.slice(1));
    if (run.words.length && !(run.atStart && !run.dropped && plain)) names.push(run.words.join(' '));
    run = null;
  };
  words.forEach((w, i) => {
    const capitalised = /^\p{Lu}/u.test(w.text);
    const joined = run !== null && /^\s+$/.test(text.slice(words[i - 1]?.end, w.start));
    if (!capitalised || !joined) close();
    if (!capitalised) return;
    const bare = w.text.replace(POSSESSIVE, '');
    run ??= { words: [], atStart: opensSentence(text, words, i), dropped: false };
    // "The", "On", "Both" lead into a name without being part of it.
    if (!run.words.length && FUNCTION_WORDS.has(bare.toLowerCase())) run.dropped = true;
    else run.words.push(bare);
    // "Tarnby's mayor": the possessive ends the name.
    if (bare !== w.text) close();
  });
  close();
  return names;
}
