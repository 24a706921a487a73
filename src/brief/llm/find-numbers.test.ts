import { describe, expect, it } from 'vitest';
import { findNumbers } from './find-numbers.js';

describe('findNumbers', () => {
  it.each([
    ['The council counted 2,575 ballots.', [2575]],
    ['Rainfall rose 1.2 metres in 2031.', [1.2, 2031]],
    ['About 1.2 million people live there.', [1_200_000]],
    ['twelve boats and twenty-five crew', [12, 25]],
    ['two hundred and fifty homes', [250]],
    ['a dozen trucks, three dozen tents', [12, 36]],
    ['one of the officials said no one was hurt', []],
    ['one hundred and one days', [101]],
    ['Between 10-12 people.', [10, 12]],
  ])('%s', (text, values) => {
    expect(findNumbers(text).map((n) => n.value)).toEqual(values);
  });

  it('keeps vague quantities as words', () => {
    expect(findNumbers('Dozens of homes and hundreds of cars')).toEqual([
      { text: 'Dozens', value: null, word: 'dozens' },
      { text: 'hundreds', value: null, word: 'hundreds' },
    ]);
  });
});
