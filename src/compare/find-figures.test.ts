import { describe, expect, it } from 'vitest';
import { collectFigures, groupFigures, singleSourceClaims, toDispute } from './find-figures.js';
import { storyContext } from './story-context.js';
import { DISPUTED_STORY } from './testing.js';

const context = storyContext(DISPUTED_STORY, [['wire'], ['daily']]);
const groups = groupFigures(collectFigures(context));
const disputes = groups.filter((g) => g.disputed).map(toDispute);
const values = (d: (typeof disputes)[number]) => d.positions.map((p) => [p.claimant, p.value]);

describe('disputes', () => {
  it('pairs figures about the same people from different claimants, by side', () => {
    expect(disputes.map((d) => [d.measure, values(d)])).toEqual([
      ['killed', [['Varnia', 40], ['Ostrel', 12]]],
      ['killed', [['Varnia', 3], ['Ostrel', 30]]],
    ]);
    expect(disputes.map((d) => d.about)).toEqual(['Ostrelian fighters killed', 'Varnian soldiers killed']);
  });

  it('keeps every span that states a position, across articles', () => {
    const soldiers = disputes[1]!;
    expect(soldiers.positions.find((p) => p.value === 30)?.support.map((e) => e.article)).toEqual(['wire', 'daily']);
  });

  it('does not set a background figure of another event against the claims', () => {
    expect(disputes.flatMap((d) => d.positions.map((p) => p.value))).not.toContain(900);
  });
});

describe('single-source figures', () => {
  it('lists figures only one source gives', () => {
    expect(singleSourceClaims(groups, context).map((s) => [s.article, s.value])).toEqual(expect.arrayContaining([['wire', 900], ['daily', 25]]));
  });
});
