import { describe, expect, it } from 'vitest';
import { articleCounts, evalGva } from './gva.js';
import { findClaims } from '../annotate/claims/find-claims.js';
import { plainContext } from '../annotate/quotes/testing.js';
import { missingMessage, sharedPath } from './shared-data.js';

const dir = sharedPath('data', 'gva-incidents');
const counts = (text: string) => articleCounts(findClaims(plainContext(text)));

describe('GVA casualty evaluation', () => {
  it.each([
    ['Four people were shot, one fatally, outside a store on Birch Road.', { killed: 1, injured: 3 }],
    ['A woman was killed and two men were wounded in the shooting.', { killed: 1, injured: 2 }],
    ['Police said a 19-year-old man was injured.', { killed: null, injured: 1 }],
  ])('counts casualties in one article: %s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.skipIf(!dir)(dir ? 'holds its floors on the incidents' : missingMessage('data/gva-incidents'), async () => {
    const rows = await evalGva(dir!);
    const value = (metric: string) => rows.find((r) => r.metric === metric)?.value ?? -1;
    expect(value('killed accuracy per incident (figure stated)')).toBeGreaterThanOrEqual(0.86);
    expect(value('injured accuracy per incident (figure stated)')).toBeGreaterThanOrEqual(0.75);
  });
});
