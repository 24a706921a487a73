import { describe, expect, it } from 'vitest';
import { initialsOf } from './03-acronyms.js';
import { entitiesOf } from './testing.js';

describe('step 3: acronyms', () => {
  it('takes the capital initials of words and hyphen parts', () => {
    expect(initialsOf('Harakat-ul-Sahran Liberation Front')).toBe('HSLF');
    expect(initialsOf('Tehrik-i-Taliban Pakistan')).toBe('TTP');
  });

  it('resolves a parenthesised acronym and its later bare uses to the long name', () => {
    const { get, people } = entitiesOf('The Harakat-ul-Sahran Liberation Front (HSLF) claimed the raid. Officials blamed the HSLF again.');
    const group = get('Harakat-ul-Sahran Liberation Front');
    expect(group.type).toBe('group');
    expect(group.aliases).toEqual(['HSLF']);
    expect(group.mentions.map((m) => m.text)).toEqual(['Harakat-ul-Sahran Liberation Front', 'HSLF', 'HSLF']);
    expect(people()).toEqual([]);
  });

  it('resolves ", or ACR" only when the letters spell the initials', () => {
    expect(entitiesOf('They met the Corvan Mesa Brotherhood, or CMB, at dawn.').get('Corvan Mesa Brotherhood').aliases).toEqual(['CMB']);
    const { entities } = entitiesOf('They met the Corvan Mesa Brotherhood, or XYZ, at dawn.');
    expect(entities.some((e) => e.aliases.includes('XYZ'))).toBe(false);
  });

  it('makes a named organisation of a two-word name that has an acronym', () => {
    expect(entitiesOf('Ostra Vell (OV) denied it. OV later agreed.').get('Ostra Vell')).toMatchObject({ type: 'organization', aliases: ['OV'] });
  });
});
