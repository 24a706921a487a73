import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from './01-quoted-spans.js';

const inner = (text: string) => findQuotedSpans(text).map((q) => [text.slice(q.open + 1, q.close), q.nested]);

describe('findQuotedSpans', () => {
  it.each([
    ['He said "yes" and "no".', [['yes', false], ['no', false]]],
    ['“A ‘nested’ one”', [['A ‘nested’ one', false], ['nested', true]]],
    ["Ostrel's army and the 'open war' claim", [['open war', false]]],
    ['“Unclosed at the end', []],
    ['“First paragraph\n\nsecond” paragraph', []],
    // a curly opener closed by a straight mark (and the reverse), as wire copy often has it
    ['“Mixed marks," he said, "and again” here.', [['Mixed marks,', false], ['and again', false]]],
  ])('%s', (text, expected) => {
    expect(inner(text)).toEqual(expected);
  });
});

describe('findQuotedSpans with doubled apostrophes', () => {
  it("reads ''…'' as a quotation", () => {
    const text = "''We will stay,'' the mayor said.";
    expect(findQuotedSpans(text).map((q) => text.slice(q.open + 1, q.close))).toEqual(['We will stay,']);
  });
});
