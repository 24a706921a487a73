import { describe, expect, it } from 'vitest';
import { annotateArticle } from '../../annotate/annotate.js';
import { articleFromText } from '../../eval/pipeline.js';
import { sentenceWords } from './01-sentence-words.js';
import { findCues, scareQuotes } from './02-find-cues.js';

const cuesOf = (text: string) => {
  const a = articleFromText(text);
  const ann = annotateArticle(a);
  const [words] = sentenceWords(a.text, ann.sentences, ann.quotes);
  return { words: words!, cues: findCues(words!) };
};
const sentimentWords = (text: string) => { const { words, cues } = cuesOf(text); return cues.filter((c) => c.kind === 'sentiment').map((c) => words[c.first]!.word); };

describe('findCues: sentiment is not bias', () => {
  it.each([
    ['Two soldiers were killed and four injured in the attack near Tarsel on Monday.', []],
    ['The council approved the budget and thanked the volunteers who helped.', []],
    ['Residents said the water supply was restored after the fire.', []],
  ])('reads plain event words as no cue in %j', (text, expected) => {
    expect(sentimentWords(text)).toEqual(expected);
  });

  it('counts an event word once it is intensified or judged', () => {
    expect(sentimentWords('The villagers were brutally killed in their homes.')).toContain('killed');
  });

  it('counts a mild valence in an evaluative slot: after "is", or between a determiner and its noun', () => {
    expect(sentimentWords('The new levy is unfair to farmers.')).toContain('unfair');
    expect(sentimentWords('It was a careless gamble by the board.')).toContain('careless');
    expect(sentimentWords('Careless drivers were fined.')).toEqual([]);
  });
});

describe('findCues: a word evaluative in one sense and plain in another', () => {
  const loadedWords = (text: string) => { const { words, cues } = cuesOf(text); return cues.filter((c) => c.kind === 'loaded' || c.kind === 'sentiment').map((c) => words[c.first]!.word); };

  it.each([
    ['Beneath the quarrel over numbers lies the dam.', 'lies'],
    ['The burden of proof lies with the ministry.', 'lies'],
    ['People here lived through the flood in Lisk last October.', 'flood'],
    ['The Front claimed a rocket attack on the access road.', 'claimed'],
  ])('reads the plain sense as no cue in %j', (text, word) => {
    expect(loadedWords(text)).not.toContain(word);
  });

  it.each([
    ['The minister lies to voters about the budget.', 'lies'],
    ['Officials warned of a flood of new arrivals.', 'flood'],
  ])('keeps the evaluative sense in %j', (text, word) => {
    expect(loadedWords(text)).toContain(word);
  });

  it('reads plain states and institutions as no cue ("ready", "easier", "charity")', () => {
    expect(loadedWords('Sorvenia says it is ready, and the toll is easier to see for the charity.')).toEqual([]);
  });
});

describe('scareQuotes', () => {
  it('finds a short quoted term inside the sentence, not a quotation that opens it', () => {
    const { words } = cuesOf('The ministry called its new checkpoints a "temporary" measure.');
    expect(scareQuotes(words).map(([a, b]) => words.slice(a, b).map((w) => w.word).join(' '))).toEqual(['temporary']);
    const { words: quote } = cuesOf('"We will rebuild the bridge by spring," the mayor said.');
    expect(scareQuotes(quote)).toEqual([]);
  });
});
