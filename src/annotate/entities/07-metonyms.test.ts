import { describe, expect, it } from 'vitest';
import { entitiesOf } from './testing.js';

describe('step 7: capitals as governments', () => {
  it.each([
    ['Losses, according to Yerevan, were light.'],
    ['Yerevan said the talks failed.'],
    ['Yerevan simply desires calm.'],
    ['That limits how far Yerevan can push.'],
  ])('"%s" → Armenia, and Yerevan stays a place', (text) => {
    const { get } = entitiesOf(text);
    expect(get('Armenia').aliases).toEqual(['Yerevan']);
    expect(get('Yerevan').type).toBe('place');
  });

  it('leaves a capital that is only a place alone', () => {
    const { entities } = entitiesOf('Jets struck Yerevan and the suburbs.');
    expect(entities.map((e) => e.name)).toEqual(['Yerevan']);
  });
});
