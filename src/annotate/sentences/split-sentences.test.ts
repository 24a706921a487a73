import { describe, expect, it } from 'vitest';
import type { Span } from '../../types.js';
import { splitSentences } from './split-sentences.js';

/** Paragraph spans the way extract makes them: blocks separated by "\n\n". */
function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const block of text.split('\n\n')) {
    spans.push({ start, end: start + block.length, text: block });
    start += block.length + 2;
  }
  return spans;
}

function split(text: string): string[] {
  return splitSentences(text, paragraphsOf(text)).map((s) => s.text);
}

// [input, expected sentences]: add a row for every bug.
const rows: [string, string[]][] = [
  ['The talks failed. Both sides left.', ['The talks failed.', 'Both sides left.']],
  ['Did they agree? No! They did not.', ['Did they agree?', 'No!', 'They did not.']],
  // abbreviations
  ['The U.S.-led coalition met in Ormsk. It agreed.', ['The U.S.-led coalition met in Ormsk.', 'It agreed.']],
  ['Sen. Mara Voss and Gen. Idris Kalt spoke. Dr. Pell did not.', ['Sen. Mara Voss and Gen. Idris Kalt spoke.', 'Dr. Pell did not.']],
  ['He lives at No. 10 Vell Street. It is small.', ['He lives at No. 10 Vell Street.', 'It is small.']],
  ['It opened at 9 a.m. on Monday. Crowds came.', ['It opened at 9 a.m. on Monday.', 'Crowds came.']],
  ['Sales rose at Tarvo Inc. last year.', ['Sales rose at Tarvo Inc. last year.']],
  ['Tarvo Inc. The firm denied it.', ['Tarvo Inc.', 'The firm denied it.']],
  ['J. R. Tolvan wrote it. He is 40.', ['J. R. Tolvan wrote it.', 'He is 40.']],
  ['They met at St. Aubin church.', ['They met at St. Aubin church.']],
  ['The U.S. State Department agreed.', ['The U.S. State Department agreed.']],
  ['Troops left the U.S. They returned in May.', ['Troops left the U.S.', 'They returned in May.']],
  ['It was signed on Nov. 10 in Pell.', ['It was signed on Nov. 10 in Pell.']],
  ['Fruit, e.g. Ulmar pears, sold well.', ['Fruit, e.g. Ulmar pears, sold well.']],
  ['Shots rang out at 2 a.m. Friday. Nobody was hurt.', ['Shots rang out at 2 a.m. Friday.', 'Nobody was hurt.']],
  ['It closed at 6 p.m. The guards left.', ['It closed at 6 p.m.', 'The guards left.']],
  ['They took him to Ansel Varga Jr. Hospital. He lived.', ['They took him to Ansel Varga Jr. Hospital.', 'He lived.']],
  ['DALTON, Ga. -- A man was held. He denied it.', ['DALTON, Ga. -- A man was held.', 'He denied it.']],
  ['Ilse B. “Tiny” Marr, 46, was named.', ['Ilse B. “Tiny” Marr, 46, was named.']],
  ['It happened at 861 W. 36th Street. Police came.', ['It happened at 861 W. 36th Street.', 'Police came.']],
  ['The vote failed.[12][13] Dorn Vale objected.', ['The vote failed.[12][13]', 'Dorn Vale objected.']],
  // numbers
  ['About 3.5 million people and $1.2bn in aid. Then rain.', ['About 3.5 million people and $1.2bn in aid.', 'Then rain.']],
  ['The war ended in 2021. Peace came.', ['The war ended in 2021.', 'Peace came.']],
  // ellipses
  ['We waited... and waited. Nothing.', ['We waited... and waited.', 'Nothing.']],
  ['We waited… Then the bus came.', ['We waited…', 'Then the bus came.']],
  // quotes
  ['He said: "We will go. We will win." Then he left.', ['He said: "We will go. We will win."', 'Then he left.']],
  ['She said: “We will go. We will win.” Then she left.', ['She said: “We will go. We will win.”', 'Then she left.']],
  ['They want "peace through dialogue." Others disagree.', ['They want "peace through dialogue."', 'Others disagree.']],
  ['"Stop." he shouted. Nobody did.', ['"Stop." he shouted.', 'Nobody did.']],
  ['"Now it is over," she wrote, calling it a "farce."', ['"Now it is over," she wrote, calling it a "farce."']],
  ['He called it a ‘farce.’ Then he left.', ['He called it a ‘farce.’', 'Then he left.']],
  ['A stray " mark. Then text.', ['A stray " mark.', 'Then text.']],
  // paragraphs, headings, lines
  ['Bombs to Ballots\n\nThe vote was held. It was calm.', ['Bombs to Ballots', 'The vote was held.', 'It was calm.']],
  ['Heading without stop\n\nNo stop here either', ['Heading without stop', 'No stop here either']],
  ['Demands:\n- an end to raids\n- open crossings\n\nDone.', ['Demands:', '- an end to raids', '- open crossings', 'Done.']],
  ['Aims: • talks • trade', ['Aims:', '• talks', '• trade']],
  ['The talks were\nhard-wrapped here. Yes.', ['The talks were\nhard-wrapped here.', 'Yes.']],
  // copy-paste
  ['They reached the border.The talks began.', ['They reached the border.', 'The talks began.']],
  ['Visit www.example.com today.', ['Visit www.example.com today.']],
  ['  padded sentence.   ', ['padded sentence.']],
  ['', []],
  ['\n\n\n', []],
];

describe('splitSentences', () => {
  it.each(rows)('%j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('records the paragraph of each sentence', () => {
    const text = 'One. Two.\n\nThree.';
    expect(splitSentences(text, paragraphsOf(text)).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('keeps text that the paragraph spans leave out', () => {
    const text = 'Lost words. Kept words.';
    expect(splitSentences(text, [{ start: 12, end: 23, text: 'Kept words.' }]).map((s) => s.text)).toEqual(['Lost words.', 'Kept words.']);
  });

  it('splits on blank lines when no paragraph spans are given', () => {
    expect(splitSentences('A b\n\nC d.', []).map((s) => [s.text, s.paragraph])).toEqual([['A b', 0], ['C d.', 1]]);
  });
});
