import { describe, expect, it } from 'vitest';
import { entitiesOf } from './testing.js';

describe('step 4: roles and affiliations', () => {
  it('reads a lowercase role phrase before the name, with the country it names', () => {
    const { get } = entitiesOf('Armenian government spokesman Davit Orlen rejected the claim.');
    expect(get('Davit Orlen')).toMatchObject({ role: 'Armenian government spokesman', affiliation: 'Armenia' });
  });

  it('reads an apposition after the name; a place in a hyphenated word is not an affiliation', () => {
    const { get } = entitiesOf('Mirela Kostic, a Vienna-based analyst, doubted the figures.');
    expect(get('Mirela Kostic')).toMatchObject({ type: 'person', role: 'a Vienna-based analyst', affiliation: null });
  });

  it('ties a title to the country that a possessive gave it elsewhere in the article', () => {
    const { get } = entitiesOf("Georgia's Defense Minister warned of war. Later, Defense Minister Levan Torvadze posted a map.");
    expect(get('Levan Torvadze')).toMatchObject({ role: 'Defense Minister', affiliation: 'Georgia' });
  });

  it('affiliates a state office to the article\'s country ("Foreign Office spokesperson")', () => {
    const { get } = entitiesOf('Armenia wants talks. Armenia will wait. Foreign Office spokesperson Nadia Ferrow briefed reporters.');
    expect(get('Nadia Ferrow')).toMatchObject({ role: 'Foreign Office spokesperson', affiliation: 'Armenia' });
  });
});
