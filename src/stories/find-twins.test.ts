import { describe, expect, it } from 'vitest';
import { findTwins } from './find-twins.js';
import { storyArticle } from './testing.js';

// A mirror-image rewrite: the same paragraphs in the same order, the lens flipped.
const paragraphs = (lens: [string, string, string, string, string]) => [
  `The closure of the Vessen crossing was ${lens[0]}. Trucks waited for three days on both sides of the border while officials argued.`,
  `The history of the crossing matters here. For decades the two towns shared the market at Vessen, and ${lens[1]}.`,
  `The talks offered by the river council are ${lens[2]}. Any agreement must reopen the market and let the trucks through.`,
  `The world has mostly looked away. Aid groups say the queues of trucks are a sign of ${lens[3]}.`,
  `In the end, the crossing must reopen, and ${lens[4]}.`,
].join('\n\n');

const a = storyArticle('lens-a', 'Vessen closure was necessary', paragraphs(['a necessary act of security', 'smugglers abused that trust', 'a trap for the unwary', 'smuggling kept in check', 'the smugglers must be stopped first']));
const b = storyArticle('lens-b', 'Vessen closure was cruel', paragraphs(['a cruel act of punishment', 'families depended on that trust', 'the only way out', 'families cut off from food', 'the families must come first']));
const independent = storyArticle('report', 'Vessen crossing stays shut for a third day', 'Officials on both sides of the Vessen border crossing kept it closed for a third day on Tuesday, leaving hundreds of lorries in queues.\n\nThe river council has offered talks. A spokesman for the customs service said the closure would last until smuggling routes were shut.\n\nTraders at the Vessen market said their stalls had been empty since the weekend.');
const copy = storyArticle('copy', 'Vessen crossing stays shut (syndicated)', independent.text);

describe('findTwins', () => {
  it('pairs a mirror-image rewrite and a syndicated copy, and nothing else', () => {
    expect(findTwins([a, b, independent, copy], [['lens-a', 'lens-b', 'report', 'copy']])).toEqual([['copy', 'report'], ['lens-a', 'lens-b']]);
  });

  it('only compares articles of the same story', () => {
    expect(findTwins([a, b], [['lens-a'], ['lens-b']])).toEqual([]);
  });
});
