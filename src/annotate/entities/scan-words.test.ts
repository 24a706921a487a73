import { describe, expect, it } from 'vitest';
import { scanWords } from './scan-words.js';

describe('scanWords', () => {
  it('splits a possessive off and keeps hyphenated words whole', () => {
    const { words } = scanWords("Veloria's Harakat-ul-Sahran fighters");
    expect(words.map((w) => [w.text, w.possessive])).toEqual([
      ['Veloria', true],
      ['Harakat-ul-Sahran', false],
      ['fighters', false],
    ]);
  });

  it('splits words glued by a lost space ("kilometerVelmar") but not "McAllister" or "iPhone"', () => {
    const texts = (s: string) => scanWords(s).words.map((w) => w.text);
    expect(texts('the 900-kilometerVelmar Line')).toEqual(['the', '900-kilometer', 'Velmar', 'Line']);
    expect(texts('McAllister bought an iPhone')).toEqual(['McAllister', 'bought', 'an', 'iPhone']);
  });

  it('marks sentence starts, acronyms and title-case heading lines', () => {
    const { words, lowercaseVocabulary } = scanWords('Talks Resume in the North\n\nThe HSLF agreed. "Now we talk," said Oren.');
    const flags = Object.fromEntries(words.map((w) => [w.text, { start: w.sentenceStart, heading: w.heading, upper: w.upper }]));
    expect(flags.Talks).toEqual({ start: true, heading: true, upper: false });
    expect(flags.HSLF).toEqual({ start: false, heading: false, upper: true });
    expect(flags.Now?.start).toBe(true);
    expect(lowercaseVocabulary.has('agreed')).toBe(true);
    expect(lowercaseVocabulary.has('oren')).toBe(false);
  });
});
