import { describe, expect, it } from 'vitest';
import { plainContext } from '../quotes/testing.js';
import { findClaims } from './find-claims.js';

const claims = (text: string) => findClaims(plainContext(text)).map((c) => [c.value, c.approx, c.measure, c.subject, c.claimant]);

describe('findClaims', () => {
  it('reads figures, measures, subjects and the claimant from a reporting verb', () => {
    expect(claims("Ostrel's army says it killed 181 Varnian fighters and wounded over 300, while losing 9 soldiers with 14 wounded.")).toEqual([
      [181, false, 'killed', 'Varnian fighters', "Ostrel's army"],
      [300, true, 'wounded', 'Varnian fighters', "Ostrel's army"],
      [9, false, 'killed', 'soldiers', "Ostrel's army"],
      [14, false, 'wounded', 'soldiers', "Ostrel's army"],
    ]);
  });

  it.each([
    ['Varnia reports 31 civilians killed and 40 injured in the strikes.', [[31, false, 'killed', 'civilians', 'Varnia'], [40, false, 'wounded', 'civilians', 'Varnia']]],
    ['Varnian losses, according to Dunmoor, stand at 8 killed and 5 wounded.', [[8, false, 'killed', 'Varnian losses', 'Dunmoor'], [5, false, 'wounded', 'Varnian losses', 'Dunmoor']]],
    ['Clashes last spring killed more than 60 people.', [[60, true, 'killed', 'people', null]]],
    ['Twelve soldiers were killed near the pass.', [[12, false, 'killed', 'soldiers', null]]],
    ['Dozens of villagers were displaced.', [[null, true, 'displaced', 'villagers', null]]],
    ['Between 10 and 15 people are missing.', [[10, true, 'missing', 'people', null]]],
    ['Police said 7-9 suspects were arrested.', [[7, true, 'arrested', 'suspects', 'Police']]],
    ['The fund is worth $1.2 billion.', [[1_200_000_000, false, 'money', '', null]]],
    ['It runs along the 1,340-kilometre Vask Line border.', [[1340, false, 'length', 'Vask Line border', null]]],
    ['A man was shot and killed on Elm Street.', [[1, false, 'killed', 'man', null]]],
    ['A man, woman and boy were wounded on Elm Street.', [[3, false, 'wounded', '', null]]],
    ['Three men and a woman were wounded near the depot.', [[4, false, 'wounded', 'woman', null]]],
    ['A gunman shot two women and a young girl before fleeing.', [[3, false, 'wounded', 'women', null]]],
    ['Police said a girl and a man were not injured.', []],
    ['Officers fired one shot at the car.', []],
    ['A man was killed; a second man was wounded.', [[1, false, 'killed', 'man', null], [1, false, 'wounded', 'second man', null]]],
    ['The gunman killed two men and wounded another.', [[2, false, 'killed', 'men', null], [1, false, 'wounded', 'men', null]]],
    ['Ann Lee, 20, and Bo Ray were wounded on Elm Street.', [[2, false, 'wounded', '', null]]],
    ['His brother, Bo Ray, was wounded.', [[1, false, 'wounded', '', null]]],
    ['A man in Dunmoor County, Varnia was shot.', [[1, false, 'count', 'man in Dunmoor County', null]]],
    ["Ann's 7-year-old brother was also hit.", [[1, false, 'wounded', 'brother', null]]],
    ['1 dead, 3 critically injured after the shooting.', [[1, false, 'killed', '', null], [3, false, 'wounded', '', null]]],
    ['Man, teen critically injured in shooting.', [[2, false, 'wounded', '', null]]],
    ['He was accused of shooting himself and his six-year-old cousin.', [[2, false, 'wounded', '', null]]],
    ['Three other teens survived.', [[3, false, 'wounded', 'other teens', null]]],
    ['Police said a gunman shot a boy, 7, who was playing outside.', [[1, false, 'wounded', 'boy', 'Police']]],
    ['Bullets nearly killed a man who lives on Elm Road.', [[1, false, 'count', 'man', null]]],
    ['He threatened to kill two people.', [[2, false, 'count', 'people', null]]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('carries the claimant to a participle and to "They" in the next sentence', () => {
    const rows = claims('Varnia disputes these figures as "false," claiming 40 Ostreli soldiers died. They also report capturing "many" soldiers.');
    expect(rows).toEqual([
      [40, false, 'killed', 'Ostreli soldiers', 'Varnia'],
      [null, true, 'captured', 'soldiers', 'Varnia'],
    ]);
  });

  it.each([
    'The war began in 2019 and ended on March 4.',
    'A 34-year-old was questioned at 5 p.m.',
    'Jan Novak, 41, lives on the 3rd floor.',
    'Turnout rose 12 percent; call 555-201-3344.',
    'Article 5 was invoked after two decades.',
    'Both sides claim heavy losses, and many analysts agree.',
  ])('skips dates, ages, times, percentages, phones and vague words with nothing counted: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
