import { describe, expect, it } from 'vitest';
import { rougeTokens, scoreRouge } from './rouge.js';

describe('rougeTokens', () => {
  it('lowercases and keeps runs of a-z and 0-9 only, as rouge-score does', () => {
    expect(rougeTokens('U.S. wins, 2-1! Café')).toEqual(['u', 's', 'wins', '2', '1', 'caf']);
  });
  it('stems only tokens longer than three letters', () => {
    expect(rougeTokens('He was running', { stem: true })).toEqual(['he', 'was', 'run']);
  });
});

describe('scoreRouge', () => {
  it('counts clipped n-grams and the longest common subsequence', () => {
    // unigrams: the×2 cat on mat shared = 5 of 6 each side; bigrams: "the cat", "on the", "the mat" = 3 of 5;
    // LCS "the cat on the mat" = 5 of 6
    const s = scoreRouge('The cat sat on the mat.', 'the cat is on the mat');
    expect(s.rouge1.precision).toBeCloseTo(5 / 6);
    expect(s.rouge1.recall).toBeCloseTo(5 / 6);
    expect(s.rouge2.f1).toBeCloseTo(3 / 5);
    expect(s.rougeL.f1).toBeCloseTo(5 / 6);
  });

  it('gives precision and recall their own denominators', () => {
    // 2 of 2 predicted unigrams are in the 4 expected; LCS "a c" = 2
    const s = scoreRouge('a c', 'a b c d');
    expect(s.rouge1).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(s.rouge2.f1).toBe(0);
    expect(s.rougeL.recall).toBeCloseTo(0.5);
  });

  it('takes the union of per-sentence LCS for ROUGE-Lsum, where ROUGE-L sees one sequence', () => {
    // flat: "c a b" vs "a b c" → LCS 2 of 3; Lsum: LCS with "c" ∪ LCS with "a b" covers all of "a b c"
    const s = scoreRouge('c\na b', 'a b c');
    expect(s.rougeL.f1).toBeCloseTo(2 / 3);
    expect(s.rougeLsum.f1).toBeCloseTo(1);
  });

  it('counts each token once in ROUGE-Lsum', () => {
    // two reference sentences "a b" both match the one predicted "a b", but its tokens are used up by the first
    const s = scoreRouge('a b', 'a b\na b');
    expect(s.rougeLsum.precision).toBeCloseTo(1);
    expect(s.rougeLsum.recall).toBeCloseTo(0.5);
  });

  it('scores an empty side as zero', () => {
    expect(scoreRouge('', 'a b').rouge1.f1).toBe(0);
    expect(scoreRouge('a b', '').rougeL.f1).toBe(0);
    expect(scoreRouge('', '').rougeLsum.f1).toBe(0);
  });
});
