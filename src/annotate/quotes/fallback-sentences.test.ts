import { describe, expect, it } from 'vitest';
import { fallbackSentences } from './fallback-sentences.js';

describe('fallbackSentences', () => {
  it('splits after end punctuation before a capital and at blank lines', () => {
    const text = 'One fell. "Two rose," he said. Three?\n\nFour';
    expect(fallbackSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['One fell.', '"Two rose," he said.', 'Three?', 'Four']);
  });
});
