import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

function show(text: string): string[] {
  return tokenize(text).map((t) => `${text.slice(t.start, t.end)}/${t.kind[0]}`);
}

describe('tokenize', () => {
  const rows: [string, string[]][] = [
    ['The cross-border raid', ['The/w', 'cross-border/w', 'raid/w']],
    ['Harkat-ul-Vandor fighters', ['Harkat-ul-Vandor/w', 'fighters/w']],
    ["Veloria's port", ['Veloria/w', "'s/w", 'port/w']],
    ['Veloria’s port', ['Veloria/w', '’s/w', 'port/w']],
    ["they don't know", ['they/w', "don't/w", 'know/w']],
    ["O'Hara said", ["O'Hara/w", 'said/w']],
    ["the Jones' house", ['the/w', 'Jones/w', "'/p", 'house/w']],
    ['a 3,140-mile line', ['a/w', '3,140/n', '-/p', 'mile/w', 'line/w']],
    ['3.5 million, $1.2bn', ['3.5/n', 'million/w', ',/p', '$/s', '1.2bn/n']],
    ['the 1990s and the 27th', ['the/w', '1990s/n', 'and/w', 'the/w', '27th/n']],
    ['a 1,480-kilometerMorvan Ridge', ['a/w', '1,480/n', '-/p', 'kilometer/w', 'Morvan/w', 'Ridge/w']],
    ['her iPhone at McDonald', ['her/w', 'iPhone/w', 'at/w', 'McDonald/w']],
    ['U.S.-led talks at 9 a.m.', ['U.S.-led/w', 'talks/w', 'at/w', '9/n', 'a.m./w']],
    ['the U.S. The end', ['the/w', 'U.S./w', 'The/w', 'end/w']],
    ['border.The talks', ['border/w', './p', 'The/w', 'talks/w']],
    ['Wait... what?', ['Wait/w', '.../p', 'what/w', '?/p']],
    ['COVID-19 and F-16s', ['COVID-19/w', 'and/w', 'F-16s/w']],
    ['in 2021.', ['in/w', '2021/n', './p']],
    ['“Now,” she said', ['“/p', 'Now/w', ',/p', '”/p', 'she/w', 'said/w']],
    ['ok 👍🏽 done', ['ok/w', '👍/s', '🏽/s', 'done/w']],
    ['Zürich café', ['Zürich/w', 'café/w']],
    ['', []],
  ];
  it.each(rows)('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});
