import { describe, expect, it } from 'vitest';
import { splitGlued } from './split-glued.js';

describe('splitGlued', () => {
  const rows: [string, string[]][] = [
    ['kilometerDurand', ['kilometer', 'Durand']],
    ['statementThe', ['statement', 'The']],
    ['cross-borderTalks', ['cross-border', 'Talks']],
    // Names and brands with inner capitals stay whole.
    ['iPhone', ['iPhone']],
    ['eBay', ['eBay']],
    ['McDonald', ['McDonald']],
    ['PlayStation', ['PlayStation']],
    ['LinkedIn', ['LinkedIn']],
    ['macOS', ['macOS']],
    ['mRNA', ['mRNA']],
    ['abcDe', ['abcDe']],
    ['border', ['border']],
    ['', ['']],
  ];
  it.each(rows)('%s', (word, expected) => {
    expect(splitGlued(word)).toEqual(expected);
  });
});
