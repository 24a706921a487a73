import { expect, it } from 'vitest';
import { normWord } from './loaded/model.js';
import { WordIds, WordTable } from './word-ids.js';

it('gives the same characters the same id and string, wherever they lie', () => {
  const ids = new WordIds();
  const a = ids.idAt('the strikes', 4, 11);
  expect(ids.idAt('strikes', 0, 7)).toBe(a);
  expect(ids.word(a)).toBe('strikes');
  expect(ids.idAt('strike', 0, 6)).not.toBe(a);
  // Enough words to grow the table several times.
  const many = Array.from({ length: 5000 }, (_, i) => ids.idAt(`w${i}`, 0, `w${i}`.length));
  expect(new Set(many).size).toBe(5000);
  expect(Array.from({ length: 5000 }, (_, i) => ids.idAt(`w${i}`, 0, `w${i}`.length))).toEqual(many);
});

it.each([
  ['Don’t', "don't"],
  ['‘Peace', "'peace"],
  ['U.S.-led', 'u.s.-led'],
  ['Élan', null], // not ASCII: the caller lower-cases it itself
])('folds %j as normWord does', (word, expected) => {
  const ids = new WordIds();
  const id = ids.foldedIdAt(`(${word})`, 1, word.length + 1);
  expect(id < 0 ? null : ids.word(id)).toBe(expected);
  if (expected !== null) expect(normWord(word)).toBe(expected);
});

it('starts a new generation on clear, and a table by id starts afresh with it', () => {
  const ids = new WordIds();
  const made: string[] = [];
  const table = new WordTable((w) => (made.push(w), w.toUpperCase()));
  const x = ids.idAt('war', 0, 3);
  expect(table.get(ids.generation, x, 'war')).toBe('WAR');
  expect(table.get(ids.generation, x, 'war')).toBe('WAR');
  ids.clear();
  const y = ids.idAt('peace', 0, 5);
  expect(y).toBe(x); // ids are given anew
  expect(table.get(ids.generation, y, 'peace')).toBe('PEACE');
  expect(made).toEqual(['war', 'peace']);
});
