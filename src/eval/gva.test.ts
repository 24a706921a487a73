import { describe, expect, it } from 'vitest';
import { articleCounts, evalGva } from './gva.js';
import { findClaims } from '../annotate/claims/find-claims.js';
import { plainContext } from '../annotate/quotes/testing.js';
import { missingMessage, sharedPath } from './shared-data.js';

const dir = sharedPath('data', 'gva-incidents');
const counts = (text: string) => articleCounts(findClaims(plainContext(text)), text);

describe('GVA casualty evaluation', () => {
  it.each([
    ['Four people were shot, one fatally, outside a store on Birch Road.', { killed: 1, injured: 3, injuredImplied: false }],
    ['A woman was killed and two men were wounded in the shooting.', { killed: 1, injured: 2, injuredImplied: false }],
    ['Police said a 19-year-old man was injured.', { killed: null, injured: 1, injuredImplied: false }],
    ['A woman and a child were shot outside a home on Elm Road.', { killed: null, injured: 2, injuredImplied: false }],
    ['A teen was killed in a quadruple shooting near the Corvel depot.', { killed: 1, injured: 3, injuredImplied: false }],
    ['One of two men shot late Monday in Dunmoor has died.', { killed: 1, injured: 1, injuredImplied: false }],
    ['Man shoots 4 relatives, killing 2, then himself.', { killed: 2, injured: 2, injuredImplied: false }],
    ['A boy was shot and killed; his father was critically injured.', { killed: 1, injured: 1, injuredImplied: false }],
    ['Four people, including a 9-year-old girl, were shot and wounded on Tarn Street.', { killed: null, injured: 4, injuredImplied: false }],
    ['Teen accidentally shoots himself in the hand while hunting.', { killed: null, injured: 1, injuredImplied: true }],
    ['Shots hit a house on Vale Road. No one was injured.', { killed: null, injured: 0, injuredImplied: false }],
    ['A man was shot in the arm on Birch Road. No one else was hurt.', { killed: null, injured: 1, injuredImplied: false }],
    ['Two men were in critical condition and two others were injured after the shooting.', { killed: null, injured: 4, injuredImplied: false }],
  ])('counts casualties in one article: %s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.skipIf(!dir)(dir ? 'holds its floors on the incidents' : missingMessage('data/gva-incidents'), async () => {
    const rows = await evalGva(dir!);
    const value = (metric: string) => rows.find((r) => r.metric === metric)?.value ?? -1;
    expect(value('killed accuracy per incident (figure stated)')).toBeGreaterThanOrEqual(0.89);
    expect(value('injured accuracy per incident (figure stated)')).toBeGreaterThanOrEqual(0.81);
  });
});
