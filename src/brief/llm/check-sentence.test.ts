import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../types.js';
import { checkSentence } from './check-sentence.js';

const cite = (text: string, article = 'a'): Evidence => ({ article, start: 0, end: text.length, text });
const SOURCES = [
  cite('The coastguard said 2,575 litres of fuel and twelve crew were taken off the ferry near Tarnby Harbour on Monday.'),
  cite('Harbour master Emil Sorg said: "We were lucky the sea   was calm," adding that dozens of boats helped.', 'b'),
  cite('Halvard Renn, the defence minister, said 1.2 million people live on the coast.', 'c'),
];

describe('checkSentence', () => {
  it.each([
    ['digits as written', 'The coastguard said 2,575 litres of fuel were taken off.'],
    ['digits written as words and back', 'Officials said 12 crew and two thousand five hundred seventy-five litres were taken off.'],
    ['a decimal with a scale', 'Renn said 1.2 million people live on the coast.'],
    ['a vague quantity the source uses', 'Sorg said dozens of boats helped.'],
    ['names in another case', 'The ferry ran aground near tarnby harbour on monday, the Coastguard said.'],
    ['title words and a name found apart', 'Defence Minister Halvard Renn spoke of the coast.'],
    ['a quote with other spacing and edge punctuation', 'Emil Sorg said "We were lucky the sea was calm."'],
    ['a curly quote of straight-quoted words', 'Sorg said “We were lucky” of the night.'],
    ['an outlet given as a known name', 'The Tarnby Gazette reports twelve crew.', ['The Tarnby Gazette']],
  ])('passes %s', (_, text, known = []) => {
    expect(checkSentence(text, SOURCES, known)).toEqual([]);
  });

  it.each([
    ['an invented figure', 'The coastguard said 2,600 litres of fuel were taken off.', [{ kind: 'number', text: '2,600' }]],
    ['an invented number word', 'Officials said thirteen crew were taken off.', [{ kind: 'number', text: 'thirteen' }]],
    ['a vague quantity the sources do not use', 'Sorg said hundreds of boats helped.', [{ kind: 'number', text: 'hundreds' }]],
    ['an invented name', 'Emil Sorg and Mara Quist said the sea was calm.', [{ kind: 'name', text: 'Mara Quist' }]],
    ['names put together that no source joins', 'Officials named Emil Renn as the harbour master.', [{ kind: 'name', text: 'Emil Renn' }]],
    ['an invented title', 'Foreign Minister Halvard Renn spoke.', [{ kind: 'name', text: 'Foreign Minister Halvard Renn' }]],
    ['an altered quote', 'Sorg said "we were very lucky" that night.', [{ kind: 'quote', text: 'we were very lucky' }]],
  ])('flags %s', (_, text, unsupported) => {
    expect(checkSentence(text, SOURCES)).toEqual(unsupported);
  });

  it('checks against the cited sources only', () => {
    const text = 'Officials said Renn counted 1.2 million people on the coast.';
    expect(checkSentence(text, [SOURCES[0] as Evidence])).toEqual([
      { kind: 'number', text: '1.2 million' },
      { kind: 'name', text: 'Renn' },
    ]);
  });
});
