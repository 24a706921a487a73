import { expect, it } from 'vitest';
import { compileCueHits } from './01-cue-hits.js';

const frames = [
  { id: 'economic', label: 'Economic', code: '1', cues: ['econom*', '$', 'tax'] },
  { id: 'diplomacy', label: 'Diplomacy', code: '8', cues: ['peace talks', 'negotiat*'] },
];
const hits = compileCueHits(frames);

it.each([
  ['The economy shrank and the tax rose by $4.', [3, 0]],
  ['Envoys negotiated for days before the peace  talks.', [0, 2]],
  ['Syntax is not a tax.', [1, 0]],
  ['Nothing here.', [0, 0]],
])('counts whole-word cue hits: %s', (sentence, expected) => {
  expect(hits(sentence)).toEqual(expected);
});
