import { describe, expect, it } from 'vitest';
import { plainResolver } from './plain-resolver.js';

const name = (text: string) => plainResolver({ start: 0, end: text.length, text })?.name ?? null;

describe('plainResolver', () => {
  it.each([
    ['Defense Minister Khawaja Asif', 'Khawaja Asif'],
    ['UN Secretary-General Ana Lind', 'Ana Lind'],
    ['Varnian government spokesman Tomas Reyl', 'Tomas Reyl'],
    ["Ostrel's military", "Ostrel's military"],
    ['the spokesman', 'spokesman'],
    ['Kabul', 'Kabul'],
    ['this', null],
  ])('%s → %s', (phrase, expected) => {
    expect(name(phrase)).toBe(expected);
  });
});
