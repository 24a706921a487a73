import { describe, expect, it } from 'vitest';
import { entitiesOf } from './testing.js';

describe('step 0: names the article defines', () => {
  it('learns a country from its demonym and from a possessed state organ; demonyms become aliases', () => {
    const { get, entities } = entitiesOf("Brellan's army says it shelled 30 Tovarian positions near the Quell ridge. Tovar disputes the account.");
    expect(get('Brellan')).toMatchObject({ type: 'place', aliases: ["Brellan's army"] });
    expect(get('Tovar')).toMatchObject({ type: 'place', aliases: ['Tovarian'] });
    expect(get('Tovar').mentions.map((m) => m.text)).toEqual(['Tovarian', 'Tovar']);
    expect(entities.map((e) => e.name)).not.toContain('Tovarian');
  });

  it.each([
    ['Talks resumed in Vessa, the Tovarian capital. Tovar wants calm. Vessa says the offer stands.'],
    ["Talks resumed in Vessa, Tovar's capital. Vessa says the offer stands."],
    ['Talks resumed in Vessa, the capital of Tovar, and Tovar wants calm. Vessa says the offer stands.'],
    ['The Tovarian capital, Vessa, was calm and Tovar wants calm. Vessa says the offer stands.'],
  ])('learns a capital by apposition and reads it as the government when it speaks: %s', (text) => {
    const { get } = entitiesOf(text);
    expect(get('Tovar').aliases).toContain('Vessa');
    expect(get('Vessa').type).toBe('place');
  });

  it('reads "the Republic of X" as the country X', () => {
    expect(entitiesOf('Envoys of the Republic of Tovar protested.').get('Tovar').aliases).toEqual(['Republic of Tovar']);
  });

  it('makes a place of a name that also opens an organisation name ("the Tovar Border Guard")', () => {
    expect(entitiesOf('Officers of the Tovar Border Guard patrolled. By noon Tovar had no comment.').get('Tovar').type).toBe('place');
  });

  it('invents no country for a demonym alone, a sentence opener or a number word', () => {
    const { entities } = entitiesOf('Officials say Tovarian troops crossed the Tovarian border. Seventeen border guards died. Witnesses said so.');
    expect(entities).toEqual([]);
  });

  it('takes no demonym of a surname ("Vellanian" beside "Ada Vellan")', () => {
    const { entities } = entitiesOf('Minister Ada Vellan spoke. Critics called the plan Vellanian in spirit.');
    expect(entities.find((e) => e.name === 'Vellan')).toBeUndefined();
  });
});
