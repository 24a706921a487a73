import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import { jaccard, unionFind } from './sets.js';

describe('jaccard', () => {
  it.each([
    [[], [], 0],
    [[1, 2], [2, 3], 1 / 3],
    [['a'], ['a'], 1],
  ])('%j ~ %j = %d', (a, b, expected) => expect(jaccard(new Set<unknown>(a), new Set<unknown>(b))).toBeCloseTo(expected));
});

describe('unionFind', () => {
  it('joins transitively and keeps the rest apart', () => {
    const uf = unionFind(4);
    uf.union(0, 1);
    uf.union(1, 2);
    expect(uf.find(0)).toBe(uf.find(2));
    expect(uf.find(3)).not.toBe(uf.find(0));
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = Array.from({ length: 5 }, seededRandom(7));
    expect(Array.from({ length: 5 }, seededRandom(7))).toEqual(a);
    for (const x of a) expect(x >= 0 && x < 1).toBe(true);
  });
});
