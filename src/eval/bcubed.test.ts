import { describe, expect, it } from 'vitest';
import { bcubed, partitionProblem } from './bcubed.js';

// Gold: a1 a2 a3 are one story, b1 b2 another.
const gold = new Map([['a1', 'A'], ['a2', 'A'], ['a3', 'A'], ['b1', 'B'], ['b2', 'B']]);

describe('bcubed', () => {
  it.each([
    ['the gold clustering', [['a1', 'a2', 'a3'], ['b1', 'b2']], 1, 1],
    // a1, a2: P 2/2, R 2/3; a3: P 1/3, R 1/3; b1, b2: P 2/3, R 2/2 → P = R = (1+1+1/3+2/3+2/3)/5 = 11/15
    ['one article in the wrong story', [['a1', 'a2'], ['a3', 'b1', 'b2']], 11 / 15, 11 / 15],
    // every P is 1; R is 1/3 for the a's and 1/2 for the b's → (3·1/3 + 2·1/2)/5 = 2/5
    ['all singletons', [['a1'], ['a2'], ['a3'], ['b1'], ['b2']], 1, 2 / 5],
    // P is 3/5 for the a's, 2/5 for the b's → (3·3/5 + 2·2/5)/5 = 13/25; every R is 1
    ['one cluster', [['b2', 'a1', 'a2', 'a3', 'b1']], 13 / 25, 1],
  ])('%s', (_name, clusters, p, r) => {
    const s = bcubed(clusters, gold);
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
    expect(s.f1).toBeCloseTo((2 * p * r) / (p + r), 10);
  });

  it('ignores empty clusters and the order of clusters and ids', () => {
    expect(bcubed([[], ['b2', 'b1'], ['a3', 'a1', 'a2']], gold).f1).toBe(1);
  });

  it('scores an empty input as perfect', () => {
    expect(bcubed([], new Map())).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('refuses clusters that are not a partition of the input, saying which id is wrong', () => {
    expect(partitionProblem([['a1', 'a2', 'a3'], ['b1']], gold)).toMatch(/leave out 1 of 5 .*"b2"/);
    expect(partitionProblem([['a1', 'a2', 'a3', 'b1'], ['b1', 'b2']], gold)).toMatch(/"b1" more than once/);
    expect(partitionProblem([['a1', 'a2', 'a3', 'x'], ['b1', 'b2']], gold)).toMatch(/"x", which is not an input article/);
    expect(() => bcubed([['a1']], gold)).toThrow(/Cannot score a grouping: clusters leave out 4 of 5/);
  });
});
