import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';
import { plainContext } from './testing.js';

const quotes = (text: string) => findQuotes(plainContext(text)).map((q) => [q.speaker, q.text]);

describe('findStanceClauses (beliefs, intentions, stances)', () => {
  it.each([
    // [text, expected [speaker, content] rows]
    ['Local strategists think the mayor will run again.', [['Local strategists', 'the mayor will run again']]],
    ['Mara Velic endorsed the harbour plan, but her party stayed silent.', [['Mara Velic', 'the harbour plan']]],
    ['The union sued the city, saying the new rota broke the contract.', [['union', 'the new rota broke the contract']]],
    ['Tomas Reyl wants to close the old bridge by spring.', [['Tomas Reyl', 'to close the old bridge by spring']]],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('reads noun-like cues as nouns after an article or a possessive', () => {
    // "support" is not read as a verb ("the harbour plan faded"); the nominal rule reads what the support is for
    expect(quotes('His support for the harbour plan faded. The plan to widen the road stalled.')).toEqual([[null, 'the harbour plan']]);
  });

  it('reads impressions and expectations without a holder, and headline colons', () => {
    expect(quotes('The merged harbour firm is expected to post a loss this year.')).toEqual([[null, 'The merged harbour firm is expected to post a loss this year']]);
    expect(quotes('Velic: Harbour Talks Will Resume In May.')).toEqual([['Velic', 'Harbour Talks Will Resume In May']]);
    expect(quotes('Results were better than expected.')).toEqual([]);
  });

  it('ends the content where a contrasting or second clause starts', () => {
    expect(quotes('Tomas Reyl said the port would reopen, but the unions disagreed.')).toEqual([['Tomas Reyl', 'the port would reopen']]);
    expect(quotes('Port traders think the levy will rise and warn that ships may leave.').map((q) => q[1])).toContain('the levy will rise');
  });
});
