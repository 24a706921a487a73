import { describe, expect, it } from 'vitest';
import { entitiesOf } from './testing.js';

describe('step 6: state organs and governments', () => {
  it("resolves a country's military to the country, keeping the organ as alias", () => {
    const { get } = entitiesOf("Armenia's military says it hit 40 targets.");
    expect(get('Armenia').aliases).toEqual(["Armenia's military"]);
  });

  it('resolves a government of a country governed by a group to that group (gazetteer "governments")', () => {
    const text = 'The interim Afghan government denied it. The Afghan interim government then met the Taliban regime envoy. The Islamic Emirate of Afghanistan said so.';
    const taliban = entitiesOf(text).get('Taliban');
    expect(taliban.type).toBe('group');
    expect(taliban.aliases).toEqual(expect.arrayContaining(['interim Afghan government', 'Afghan interim government', 'Taliban regime', 'Islamic Emirate of Afghanistan']));
  });

  it('resolves a possessed interim government to who governs ("Afghanistan\'s interim government")', () => {
    expect(entitiesOf("Afghanistan's interim government denied it.").get('Taliban').aliases).toContain("Afghanistan's interim government");
    expect(entitiesOf("Tovar's interim government denied it, and Tovarian officials agreed.").get('Tovar').aliases).toContain("Tovar's interim government");
  });

  it('resolves a government of an ordinary state to the state', () => {
    expect(entitiesOf('The Georgian government protested.').get('Georgia').aliases).toContain('Georgian government');
  });

  it('resolves "the regime in <capital>" to who governs that country', () => {
    expect(entitiesOf('Envoys met the regime in Kabul on Monday.').get('Taliban').aliases).toContain('regime in Kabul');
  });

  it('resolves an unnamed Foreign Office to the country it is in, or the article\'s main country', () => {
    expect(entitiesOf('A briefing at the Foreign Office in Yerevan ended early.').get('Armenia').aliases).toContain('Foreign Office');
    const { get } = entitiesOf('Georgia wants calm. Georgia and Armenia met. The Foreign Office said talks would go on.');
    expect(get('Georgia').aliases).toContain('Foreign Office');
  });

  it('keeps a demonym with a group as the group ("Pakistani Taliban" is its own actor)', () => {
    const { get } = entitiesOf('The Pakistani Taliban and the Afghan Taliban are distinct.');
    expect(get('Tehrik-i-Taliban Pakistan').aliases).toContain('Pakistani Taliban');
    expect(get('Taliban').aliases).toContain('Afghan Taliban');
  });
});
