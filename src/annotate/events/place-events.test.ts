import { describe as group, expect, it } from 'vitest';
import { splitSentences } from '../sentences/split-sentences.js';
import { findTimes } from '../time/find-times.js';
import { placeEvents } from './place-events.js';

const PUB = '2026-03-04'; // a Wednesday

/** One paragraph per line; events shown as [date, basis, when, what]. */
function show(body: string, published: string | null = PUB): [string | null, string, string | null, string][] {
  const paragraphs: { start: number; end: number; text: string }[] = [];
  let at = 0;
  for (const line of body.split('\n\n')) {
    paragraphs.push({ start: at, end: at + line.length, text: line });
    at += line.length + 2;
  }
  const events = placeEvents(body, splitSentences(body, paragraphs), findTimes(body, published), published);
  for (const e of events) expect(body.slice(e.start, e.end)).toBe(e.text);
  return events.map((e) => [e.date, e.basis, e.when?.text ?? null, e.what]);
}

// [text, expected events in timeline order]: add a row for every bug.
const rows: [string, ReturnType<typeof show>][] = [
  ['On Tuesday, drones struck the border post.', [['2026-03-03', 'relative', 'On Tuesday', 'drones struck the border post']]],
  ['Relations had soured since 2019.', [['2019', 'absolute', 'since 2019', 'Relations had soured']]],
  ['Last October a flood hit the town.', [['2025-10', 'relative', 'Last October', 'a flood hit the town']]],
  // durations date nothing
  ['The dam feud has lasted two decades.', []],
  ['The valley has been split for over a century.', []],
  // clauses end at "; ", dashes and ", but"
  ['The gates closed in 2020; farmers protested for weeks.', [['2020', 'absolute', 'in 2020', 'The gates closed']]],
  ['Engineers met on Monday, but the mayor stayed away.', [['2026-03-02', 'relative', 'on Monday', 'Engineers met']]],
  // another time's opener is not part of the event
  ['This month, envoys freed two guards seized in January.', [
    ['2026-01', 'relative', 'in January', 'envoys freed two guards seized'],
    ['2026-03', 'relative', 'This month', 'envoys freed two guards seized in January'],
  ]],
];

group('placeEvents', () => {
  it.each(rows)('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  it('dates a named anchor from the event it names, and sorts by date', () => {
    const story = [
      'Relations had soured since 2019.',
      'On Tuesday, drones struck the border post. The mayor called it a provocation.',
      'Just one day after the drones struck the post, the council offered talks.',
      'Last October a flood hit the town.',
    ].join('\n\n');
    expect(show(story)).toEqual([
      ['2019', 'absolute', 'since 2019', 'Relations had soured'],
      ['2025-10', 'relative', 'Last October', 'a flood hit the town'],
      ['2026-03-03', 'relative', 'On Tuesday', 'drones struck the border post'],
      ['2026-03-04', 'anchored', 'one day after', 'the council offered talks'],
    ]);
  });

  it('counts "the next day" and "within hours" from the event told before', () => {
    const story = 'On Tuesday, drones struck the border post. The next day, the council offered talks. Yet within hours, the offer was withdrawn.';
    expect(show(story)).toEqual([
      ['2026-03-03', 'relative', 'On Tuesday', 'drones struck the border post'],
      ['2026-03-04', 'anchored', 'The next day', 'the council offered talks'],
      ['2026-03-04', 'anchored', 'within hours', 'the offer was withdrawn'],
    ]);
  });

  it('leaves an anchor undated when the named event is not dated, keeping text order', () => {
    const story = 'In 2018 the dam opened. One day after the treaty lapsed, the council offered talks. Last October a flood hit the town.';
    expect(show(story)).toEqual([
      ['2018', 'absolute', 'In 2018', 'the dam opened'],
      [null, 'anchored', 'One day after', 'the council offered talks'],
      ['2025-10', 'relative', 'Last October', 'a flood hit the town'],
    ]);
  });

  it('keeps relative times without an article date undated, after the event before them', () => {
    expect(show('In 2018 the dam opened. On Tuesday, drones struck the border post.', null)).toEqual([
      ['2018', 'absolute', 'In 2018', 'the dam opened'],
      [null, 'unknown', 'On Tuesday', 'drones struck the border post'],
    ]);
  });

  it('removes a mid-clause anchor from what happened', () => {
    expect(show('On Tuesday, drones struck the border post. The council met two days after the drones struck the post.')).toEqual([
      ['2026-03-03', 'relative', 'On Tuesday', 'drones struck the border post'],
      ['2026-03-05', 'anchored', 'two days after', 'The council met'],
    ]);
  });

  it('cuts long clauses short', () => {
    const long = `In 2017 ${Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')}.`;
    const [event] = show(long);
    expect(event?.[3].split(' ')).toHaveLength(25);
    expect(event?.[3].endsWith('…')).toBe(true);
  });
});

it('dates "one day after X" from a day-precise X rather than a year that shares more words', () => {
  const body = 'Ostrelian guards have watched Varnian drones near the border post since 2019.\n\nOn Tuesday, Varnian drones hit Dunmoor.\n\nThe council fired missiles one day after Varnian drones struck an Ostrelian border post.';
  const anchored = show(body).find(([, basis]) => basis === 'anchored');
  expect(anchored?.[0]).toBe('2026-03-04');
});
