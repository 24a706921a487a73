import { describe, expect, it } from 'vitest';
import { assertTimestamp, toStorableJson } from './storable-json.js';

describe('toStorableJson', () => {
  it.each([
    ['plain', true],
    ['emoji 🐙 and 𝔘', true],
    ['a literal \\u0000 written out', true],
    ['a literal \\\\u0000 after an escaped backslash', true],
    ['nul \u0000 inside', false],
    ['lone high \ud83d here', false],
    ['lone low \udc19 here', false],
  ])('%j storable: %s', (text, ok) => {
    if (ok) expect(JSON.parse(toStorableJson({ text }, 'a test value'))).toEqual({ text });
    else expect(() => toStorableJson({ text }, 'a test value')).toThrow(/Cannot store a test value/);
  });
});

describe('assertTimestamp', () => {
  it.each([['2031-03-14', true], ['2031-03-14T08:00:00.000Z', true], ['2031-03-14T08:00:00Z', true], ['2031-03-14T08:00:00+01:00', false], ['14/03/2031', false], [17, false]] as const)('%j valid: %s', (value, ok) => {
    if (ok) expect(() => assertTimestamp(value, 'x')).not.toThrow();
    else expect(() => assertTimestamp(value, 'x')).toThrow(/ISO 8601/);
  });
});
