import { describe, expect, it } from 'vitest';
import { articleCounts, evalGva, incidentCounts } from './gva.js';
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
    ['A man was shot and killed on Elm Road; a second man was critically injured.', { killed: 1, injured: 1, injuredImplied: false }],
    ['Gunman kills three men and wounds another at a Tarn Street home.', { killed: 3, injured: 1, injuredImplied: false }],
    ['A teen died after a shooting at a party. A 19-year-old woman was also hit.', { killed: 1, injured: 1, injuredImplied: false }],
    ['A gunman killed two people; two others were shot and wounded.', { killed: 2, injured: 2, injuredImplied: false }],
    ['Ann Lee, 20, was killed. Bo Ray and Cy Dale were wounded.', { killed: 1, injured: 2, injuredImplied: false }],
    ['Ann Lee, 20, was shot at her home on Vale Road. She died at the hospital.', { killed: 1, injured: 0, injuredImplied: false }],
    ['Man, teen critically injured in shooting at Corvel apartments.', { killed: null, injured: 2, injuredImplied: false }],
    ['Seven people were shot in three separate shootings overnight. In the first, two men were shot about 1 a.m. on Birch Road.', { killed: null, injured: 2, injuredImplied: false }],
    ['Boy shot on Tarn Street. 0:45 Man killed in crash on Route 9 Pause 1:10 Mayor talks about budget', { killed: null, injured: 1, injuredImplied: true }],
  ])('counts casualties in one article: %s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  const a = (killed: number | null, injured: number | null, injuredImplied = false) => ({ killed, injured, injuredImplied });
  it.each([
    ['the most common count', [a(1, 2), a(1, 2), a(null, 3)], { killed: 1, injured: 2 }],
    ['a tie goes to the article whose dead agree', [a(1, 3), a(2, 2)], { killed: 2, injured: 2 }],
    ['the dead counted among the injured of an article that tells of no death', [a(null, 1), a(1, null)], { killed: 1, injured: 0 }],
    ['an implied injury only without figures and deaths', [a(null, 1, true), a(null, null)], { killed: 0, injured: 1 }],
  ])('combines the articles of an incident: %s', (_, articles, expected) => {
    expect(incidentCounts(articles)).toEqual(expected);
  });

  it.skipIf(!dir)(dir ? 'holds its floors on the incidents' : missingMessage('data/gva-incidents'), async () => {
    const rows = await evalGva(dir!);
    const value = (metric: string) => rows.find((r) => r.metric === metric)?.value ?? -1;
    expect(value('killed accuracy per incident (figure stated)')).toBeGreaterThanOrEqual(0.9);
    expect(value('injured accuracy per incident (figure stated)')).toBeGreaterThanOrEqual(0.85);
  });
});
