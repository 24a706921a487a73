import { describe, expect, it } from 'vitest';
import { shingleScore, shingles, tokenize } from './shingles.js';

describe('tokenize', () => {
  it('splits on anything that is not a letter, digit or underscore, in any script', () => {
    expect(tokenize("Ça marche, l'été 2024 — snake_case!")).toEqual(['Ça', 'marche', 'l', 'été', '2024', 'snake_case']);
    expect(tokenize('Привет, мир')).toEqual(['Привет', 'мир']);
  });
});

describe('shingleScore', () => {
  const rows: [string, string, number, number][] = [
    // [predicted, expected, precision, recall]
    ['', '', 1, 1],
    ['one two three four', '', 0, 0],
    ['one two three four five', 'one two three four five', 1, 1],
    // 3 shingles predicted, 1 of them in the 2 expected
    ['a b c d e f', 'a b c d x', 1 / 3, 1 / 2],
  ];
  it.each(rows)('%j vs %j', (pred, truth, p, r) => {
    const s = shingleScore(pred, truth);
    expect(s.precision).toBeCloseTo(p);
    expect(s.recall).toBeCloseTo(r);
    expect(s.f1).toBeCloseTo(p + r === 0 ? 0 : (2 * p * r) / (p + r));
  });
  it('counts repeated shingles once (sets, not bags)', () => {
    // abcd, bcda, cdab, dabc, abcd (again)
    expect(shingles('a b c d a b c d').size).toBe(4);
    expect(shingleScore('a b c d a b c d', 'a b c d').precision).toBeCloseTo(1 / 4);
  });
  it('ignores punctuation and whitespace differences', () => {
    expect(shingleScore('One, two. Three!\n\nFour', 'One two Three Four').f1).toBe(1);
    // like evaluate.py, case matters
    expect(shingleScore('One two Three Four', 'one two three four').f1).toBe(0);
  });
});
