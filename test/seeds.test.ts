import { describe, expect, it } from 'vitest';
import { checkSeedArticles } from '../src/eval/seeds-articles.js';
import { missingMessage, sharedPath } from '../src/eval/shared-data.js';

// The first acceptance test: the human reading of the five seed articles in ../shared.
const shared = sharedPath('gold/seeds.json') ? sharedPath('.') : null;
if (!shared) console.warn(missingMessage('gold/seeds.json'));

describe.skipIf(!shared)('seeds: the articles section of gold/seeds.json', () => {
  it('reproduces every field', async () => {
    const failures = (await checkSeedArticles(shared!)).filter((c) => !c.ok);
    expect(failures).toEqual([]);
  });
});
