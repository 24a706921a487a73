import { describe, expect, it } from 'vitest';
import { entitiesOf } from './testing.js';

describe('step 2: typing unknown names by shape', () => {
  it.each([
    ['Shelling resumed along the Velmar Line overnight.', 'Velmar Line', 'place'],
    ['Both sides signed the Kessel Accord last year.', 'Kessel Accord', 'other'],
    ['Militants of the Sahran Liberation Front attacked.', 'Sahran Liberation Front', 'group'],
    ['The report was aired by Coastline News on Tuesday.', 'Coastline News', 'organization'],
    ['Students at the University of Marrowind protested.', 'University of Marrowind', 'organization'],
    ['Pellow Valley Hospital said it treated 12 people.', 'Pellow Valley Hospital', 'organization'],
    ['Food came from Greyfield Aid, which runs a camp.', 'Greyfield Aid', 'organization'],
    ["Figures came from the Civil Safety Directorate on Monday.", 'Civil Safety Directorate', 'organization'],
    ['A fellow at the Institute for Coastal Studies disagreed.', 'Institute for Coastal Studies', 'organization'],
  ])('%s → %s is a %s', (text, name, type) => {
    expect(entitiesOf(text).get(name).type).toBe(type);
  });

  it('gives a title back to a name that is not a person ("General Assembly of Tessaly")', () => {
    const { people } = entitiesOf('The General Assembly of Tessaly voted.');
    expect(people()).toEqual([]);
  });
});
