import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';

describe('findQuotes', () => {
  it.each([
    ['Sorg said "the sea was calm" on Tuesday.', ['the sea was calm']],
    ['Sorg called it “a lucky night” and “no more”.', ['a lucky night', 'no more']],
    ['Renn sprach von einem „chirurgischen Einsatz“.', ['chirurgischen Einsatz']],
    ['It is the harbour’s oldest pier.', []],
  ])('%s', (text, quotes) => {
    expect(findQuotes(text).map((q) => q.text)).toEqual(quotes);
  });
});
