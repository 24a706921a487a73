import { describe, expect, it } from 'vitest';
import { entitiesOf } from './testing.js';

describe('step 1: name runs', () => {
  it('peels titles and the organisation before them off a name', () => {
    const { get } = entitiesOf('UN Secretary-General Ilse Brandvold urged calm. Defence Minister Tarek Olvan said the army was ready.');
    expect(get('Ilse Brandvold')).toMatchObject({ type: 'person', role: 'UN Secretary-General', affiliation: 'United Nations' });
    expect(get('Tarek Olvan')).toMatchObject({ type: 'person', role: 'Defence Minister' });
    expect(get('United Nations').aliases).toContain('UN');
  });

  it('takes an office before a title into the role ("Council Chair", "Tovarian Foreign Minister")', () => {
    const { get, people } = entitiesOf('The letter was signed by Council Chair Mira Tessel. Tovarian Foreign Minister Ivo Rask agreed.');
    expect(get('Mira Tessel').role).toBe('Council Chair');
    expect(get('Ivo Rask').role).toBe('Tovarian Foreign Minister');
    expect(people()).toEqual(['Mira Tessel', 'Ivo Rask']);
  });

  it('reads a title\'s complement as part of the title, not a name ("Minister of Water and Energy")', () => {
    const { people } = entitiesOf("Brellan's Minister of Water and Energy, Ola Rind, said the dam held.");
    expect(people()).not.toContain('of Water');
  });

  it('never takes a number word for a name ("Seventeen border guards")', () => {
    expect(entitiesOf('Seventeen border guards died. Twenty Thousand fled.').entities).toEqual([]);
  });

  it('finds gazetteer names in headings but no new names there', () => {
    const { people, get } = entitiesOf('Regional Powers Rush to Calm Georgia\n\nArmenia and Georgia traded fire on Monday.');
    expect(people()).toEqual([]);
    expect(get('Georgia').mentions).toHaveLength(2);
  });

  it('does not make a person of a sentence opener before a country ("Despite Armenia\'s")', () => {
    const { people, get } = entitiesOf("Despite Armenia's denials, shelling went on. Following Georgia's protest, talks stalled.");
    expect(people()).toEqual([]);
    expect(get('Armenia').type).toBe('place');
    expect(get('Georgia').type).toBe('place');
  });

  it('reads countries inside hyphenated words ("Armenia-Georgia", "Vienna-based" is not)', () => {
    const { get } = entitiesOf('The Armenia-Georgia border stayed shut, a Sweden-based monitor said.');
    expect(get('Armenia').mentions[0]?.text).toBe('Armenia');
    expect(get('Sweden').mentions[0]?.text).toBe('Sweden');
  });

  it('keeps a known word inside an unknown name ("Harakat-ul-Sahran Georgia" is one group)', () => {
    const { entities } = entitiesOf('Fighters of the Harakat-ul-Sahran Georgia movement crossed over.');
    expect(entities.find((e) => e.name === 'Georgia')).toBeUndefined();
    expect(entities.map((e) => e.name)).toContain('Harakat-ul-Sahran Georgia');
  });
});
