import { expect, it } from 'vitest';
import { stem, words } from './words.js';

it.each([
  ['bombings', 'bomb'], // "bombings", "bombing" and "bomb" meet
  ['attacked', 'attack'],
  ['policies', 'policy'],
  ['crisis', 'crisis'],
  ['Taliban’s', 'Taliban'],
  ['gas', 'gas'],
])('stems %s as %s', (word, expected) => {
  expect(stem(word)).toBe(expected);
});

it('keeps offsets of each word', () => {
  const text = 'Aid convoys reached the town.';
  for (const w of words(text)) expect(text.slice(w.start, w.end).toLowerCase()).toBe(w.lower);
});
