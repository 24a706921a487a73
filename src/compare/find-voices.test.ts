import { describe, expect, it } from 'vitest';
import { storyArticle } from '../stories/testing.js';
import { findVoices } from './find-voices.js';

describe('findVoices', () => {
  it('lists who speaks, and not whose stated position is only a noun', () => {
    const a = storyArticle('v', 'Talks', "The council's stated willingness to talk surprised many. \"We are ready,\" said council spokesman Piet Larsen. Mayor Ines Kolby said the town would wait.");
    expect(findVoices([a]).v).toEqual(['Piet Larsen', 'Ines Kolby']);
  });
});
