import { describe, expect, it } from 'vitest';
import { slugify } from './10-assemble.js';
import { entitiesOf } from './testing.js';

describe('step 10: assembling entities', () => {
  it('makes ids from canonical names', () => {
    expect(slugify('António Guterres')).toBe('antonio-guterres');
    expect(slugify('Harakat-ul-Sahran Liberation Front')).toBe('harakat-ul-sahran-liberation-front');
    expect(slugify('***')).toBe('entity');
  });

  it('orders entities by first mention; mentions cover exact text; aliases drop "the"', () => {
    const text = 'Yerevan said Armenian troops held. The interim Afghan government agreed.';
    const { entities } = entitiesOf(text);
    expect(entities.map((e) => e.id)).toEqual(['yerevan', 'armenia', 'taliban']);
    for (const e of entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(entities[2]?.aliases).toEqual(['interim Afghan government']);
  });
});
