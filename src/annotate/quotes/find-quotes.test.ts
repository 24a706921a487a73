import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes.js';
import { plainContext } from './testing.js';

const quotes = (text: string) => findQuotes(plainContext(text)).map((q) => [q.direct ? 'direct' : 'reported', q.speaker, q.text]);

describe('findQuotes', () => {
  it.each([
    // [text, expected [kind, speaker, content] rows]
    ['"We will not retreat," said Interior Minister Loren Vask.', [['direct', 'Loren Vask', 'We will not retreat']]],
    ['“The border is closed,” Mara Velic said.', [['direct', 'Mara Velic', 'The border is closed']]],
    ['Foreign Minister Ilse Dorn posted on X: "Ostrel will answer every strike."', [['direct', 'Ilse Dorn', 'Ostrel will answer every strike.']]],
    ['Army spokesman Tomas Reyl struck a defiant tone: "We are ready for talks."', [['direct', 'Tomas Reyl', 'We are ready for talks.']]],
    // one quotation interrupted by its attribution is one quote (PolNeAR marks one content)
    ['“The talks failed,” Velic said, “but we will try again.”', [['direct', 'Velic', 'The talks failed,” Velic said, “but we will try again.']]],
    ['“The talks failed,” Velic said. “We will try again next month.”', [['direct', 'Velic', 'The talks failed,” Velic said. “We will try again next month.']]],
    ['“The talks failed,” Velic said. “We will try again,” Dorn said.', [['direct', 'Velic', 'The talks failed'], ['direct', 'Dorn', 'We will try again']]],
    ['Varnia called the report "false" on Sunday.', [['direct', 'Varnia', 'false']]],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it('carries a named speaker to a later pronoun ("he argues")', () => {
    const text = 'Pavel Oskar, a Brisbane-based analyst, warns of a limit. Despite Ostrel’s "large reserves," he argues, it "cannot fight for long."';
    expect(quotes(text).filter((q) => q[0] === 'direct')).toEqual([
      ['direct', 'Pavel Oskar', 'large reserves'],
      ['direct', 'Pavel Oskar', 'cannot fight for long.'],
    ]);
  });

  it('reads reported speech with a cue verb, "according to" and a trailing cue', () => {
    expect(quotes('Varnia says its forces destroyed nine depots.')).toEqual([['reported', 'Varnia', 'its forces destroyed nine depots']]);
    expect(quotes('The convoy was hit twice, according to local officials.')).toEqual([['reported', 'local officials', 'The convoy was hit twice']]);
    expect(quotes('The bridge will reopen next week, officials said.')).toEqual([['reported', 'officials', 'The bridge will reopen next week']]);
    expect(quotes('Velic told reporters that the ceasefire would hold.')).toEqual([['reported', 'Velic', 'the ceasefire would hold']]);
    expect(quotes('Velic told reporters she would stay on.')).toEqual([['reported', 'Velic', 'she would stay on']]);
    expect(quotes('Harbour wages rose, according to port records.')).toEqual([['reported', 'port records', 'Harbour wages rose']]);
  });

  it('reads a trailing attribution with no clause after it', () => {
    // a name ending in -ly is not an adverb
    expect(quotes('The depot closed at noon, Kelly said.')).toEqual([['reported', 'Kelly', 'The depot closed at noon']]);
    // a description of the speaker after the name is not more content
    expect(quotes('Port fees are a burden on small traders, said Wilcox, a harbour official who runs the east dock.')).toEqual([['reported', 'Wilcox', 'Port fees are a burden on small traders']]);
    expect(quotes('The levy will rise next year, an aide said Thursday.')).toEqual([['reported', 'aide', 'The levy will rise next year']]);
    expect(quotes('The ferry service will resume in spring, Mara Velic told a council panel.')).toEqual([['reported', 'Mara Velic', 'The ferry service will resume in spring']]);
    // a sentence opening with a preposition has its statement after the cue
    expect(quotes('In Ostrel, Velic said the talks had failed.')).toEqual([['reported', 'Velic', 'the talks had failed']]);
  });

  it('joins the fragments of a quote whose speaker did not resolve, not carrying an older name', () => {
    const text = '“We are ready,” Dorn said. “We are ready,” said the 40-year-old. “The convoy leaves at dawn.”';
    expect(quotes(text).map((q) => q[2])).toEqual(['We are ready', 'We are ready,” said the 40-year-old. “The convoy leaves at dawn.']);
  });

  it('reads a headline verb in title case', () => {
    expect(quotes('Velic Says Harbour Talks Will Resume\n\nThe talks resume.')).toEqual([['reported', 'Velic', 'Harbour Talks Will Resume']]);
    expect(quotes('Revealed: The Ten Ports Nobody Visits')).toEqual([]);
  });

  it('reads verbs that need their particle and nouns that attribute', () => {
    expect(quotes('Velic talked about the harbour tax.')).toEqual([['reported', 'Velic', 'the harbour tax']]);
    expect(quotes('Velic spoke at the harbour.')).toEqual([]);
    expect(quotes("Velic's attacks on the ministry were sharper than before.")).toEqual([['reported', 'Velic', 'the ministry']]);
    expect(quotes("Dorn's claim that the depot was empty, however, went unanswered.")[0]).toEqual(['reported', 'Dorn', 'the depot was empty, however, went unanswered']);
  });

  it('reads an attribution the splitter cut off after a question mark', () => {
    const text = '“Is it all a show, no?” Mara Velic said. The vote is Friday.';
    const ctx = { ...plainContext(text), sentences: [{ start: 0, end: 23 }, { start: 24, end: 40 }, { start: 41, end: text.length }] };
    expect(findQuotes(ctx).map((q) => [q.speaker, q.text])).toEqual([['Mara Velic', 'Is it all a show, no?']]);
  });

  it('leaves scare quotes without a cue unattributed', () => {
    expect(quotes("The minister's speech was a 'turning point' for the region.")).toEqual([]);
    expect(quotes('Ostrel declared war. Analysts call it an "all-out confrontation" with "no exit."')[0]?.[1]).toBe('Analysts');
  });

  it('uses the sentence subject for "in its words"', () => {
    expect(quotes('Ostrel, after all, wants a region that is, in its words, "calm and open."')).toEqual([['direct', 'Ostrel', 'calm and open.']]);
  });

  it('never throws on unbalanced quotes', () => {
    expect(() => quotes('He said: "this never closes. And ‘neither’ does “this')).not.toThrow();
  });
});
