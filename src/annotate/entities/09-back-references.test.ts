import { describe, expect, it } from 'vitest';
import { entitiesOf } from './testing.js';

describe('step 9: back-references', () => {
  it('links a bare surname to the one person who has it', () => {
    const { get } = entitiesOf('Defence Minister Tarek Olvan spoke first. Olvan then left. "We wait," Olvan said.');
    expect(get('Tarek Olvan').mentions.map((m) => m.text)).toEqual(['Tarek Olvan', 'Olvan', 'Olvan']);
  });

  it('leaves a surname two people share unresolved', () => {
    const { get } = entitiesOf('General Ana Brel and Senator Ivo Brel met. Brel spoke.');
    expect(get('Ana Brel').mentions).toHaveLength(1);
    expect(get('Ivo Brel').mentions).toHaveLength(1);
  });

  it('finds a discovered name again inside a heading', () => {
    const { get } = entitiesOf('The Velmar Line Dilemma\n\nBoth armies dug in along the Velmar Line.');
    expect(get('Velmar Line').mentions).toHaveLength(2);
  });
});
