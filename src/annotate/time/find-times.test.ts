import { describe, expect, it } from 'vitest';
import { findTimes } from './find-times.js';

type Row = [text: string, published: string | null, expected: [string, string | null, string, boolean][]];

function show(text: string, published: string | null): [string, string | null, string, boolean][] {
  return findTimes(text, published).map((e) => [e.text, e.value, e.grain, e.relative]);
}

const SAT = '2025-11-15'; // a Saturday
const MON = '2025-11-10';

// [text, published, expected [text, value, grain, relative]]: add a row for every bug.
const rows: Row[] = [
  // absolute dates resolve with or without the article date
  ['Talks began on November 10, 2025 in Ormsk.', null, [['November 10, 2025', '2025-11-10', 'day', false]]],
  ['Signed 10 November 2025.', null, [['10 November 2025', '2025-11-10', 'day', false]]],
  ['Filed 2025-11-10T08:00Z.', null, [['2025-11-10', '2025-11-10', 'day', false]]],
  ['In March 2024 the mine closed.', null, [['March 2024', '2024-03', 'month', false]]],
  ['The vote was on Nov. 10 in Pell.', MON, [['Nov. 10', '2025-11-10', 'day', true]]],
  ['The vote was on Nov. 10 in Pell.', null, [['Nov. 10', null, 'day', true]]],
  ['Crews left on Dec. 28.', '2025-01-05', [['Dec. 28', '2024-12-28', 'day', true]]],
  ['It rained on February 30, 2025.', null, []],
  // weekdays: latest on or before the article date
  ['The strikes came on Friday.', SAT, [['on Friday', '2025-11-14', 'day', true]]],
  ['Crowds gathered Saturday.', SAT, [['Saturday', '2025-11-15', 'day', true]]],
  ['He spoke last Saturday.', SAT, [['last Saturday', '2025-11-08', 'day', true]]],
  ['They meet next Monday.', SAT, [['next Monday', '2025-11-17', 'day', true]]],
  ['Markets close on Fridays.', SAT, []],
  ['The strikes came on Friday.', null, [['on Friday', null, 'day', true]]],
  // months: latest on or before the article's month
  ['Fighting in October killed 70.', MON, [['in October', '2025-10', 'month', true]]],
  ['Deadly October clashes shut the pass.', MON, [['October', '2025-10', 'month', true]]],
  ['Rains came last November.', MON, [['last November', '2024-11', 'month', true]]],
  ['The census ends in December.', MON, [['in December', '2024-12', 'month', true]]],
  ['Work began in mid-March.', MON, [['mid-March', '2025-03', 'month', true]]],
  ['Officials may act; protesters March on.', MON, []],
  ['It opens in May.', MON, [['in May', '2025-05', 'month', true]]],
  ['June Tarrant said so.', MON, []],
  // periods counted from the article date
  ['This month, envoys met.', MON, [['This month', '2025-11', 'month', true]]],
  ['Prices rose last month.', '2025-01-20', [['last month', '2024-12', 'month', true]]],
  ['Earlier this week the pass reopened.', SAT, [['Earlier this week', '2025-11-10', 'week', true]]],
  ['Sales doubled this year.', MON, [['this year', '2025', 'year', true]]],
  ['Police said yesterday that today is calm.', SAT, [['yesterday', '2025-11-14', 'day', true], ['today', '2025-11-15', 'day', true]]],
  ['The dam broke three days ago.', SAT, [['three days ago', '2025-11-12', 'day', true]]],
  // years and decades
  ['Since 2021 the group has ruled; in 2019 it did not.', null, [['Since 2021', '2021', 'year', false], ['in 2019', '2019', 'year', false]]],
  ['Founded in the 1990s, it grew in the ’80s.', null, [['the 1990s', '1990', 'decade', false], ['the ’80s', '1980', 'decade', false]]],
  ['There were 2021 ballots and 2,575 votes.', null, []],
  ['It costs $2025 in 2,021 cases.', null, []],
  // durations and points relative to another event: no value
  ['Just one day after the raid, envoys met.', SAT, [['one day after', null, 'day', true]]],
  ['The next day, a week later, talks resumed.', SAT, [['The next day', null, 'day', true], ['a week later', null, 'week', true]]],
  ['The feud has lasted over a century and two decades of war.', SAT, [['over a century', null, 'unknown', false], ['two decades', null, 'decade', false]]],
  ['A 36 year old man was fed twice a day.', SAT, []],
  // not dates
  ['Now at 13 we will see; Will may come.', SAT, []],
  ['', SAT, []],
];

describe('findTimes', () => {
  it.each(rows)('%j (published %s)', (text, published, expected) => {
    expect(show(text, published)).toEqual(expected);
  });
});
