import { describe, expect, it } from 'vitest';
import { entitiesOf } from './testing.js';

describe('step 8: unknown single words typed as places by context', () => {
  it.each([
    ['Strikes hit Dorvask and Peltra provinces.', ['Dorvask', 'Peltra']],
    ['Rockets fell on Tbilisi and Zestavi overnight.', ['Tbilisi', 'Zestavi']],
    ["The rebels' southern stronghold of Kordune fell.", ['Kordune']],
    ['Fighting raged near Velmarsk all week.', ['Velmarsk']],
  ])('%s', (text, places) => {
    const { entities } = entitiesOf(text);
    expect(entities.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(places);
  });

  it('does not take a demonym used as an adjective for a place when the text never names its country', () => {
    expect(entitiesOf('Shells hit a Tovarian border post and the Tovarian town of Merrow.').entities.map((e) => e.name)).toEqual(['Merrow']);
  });

  it('does not take a sentence-initial word for a place', () => {
    expect(entitiesOf('Previous rounds failed.').entities).toEqual([]);
  });
});
