import { describe, expect, it } from 'vitest';
import { reportLinks, webLinks } from '../links.js';
import { exampleReport, makeArticle, parse, spanOf } from '../testing.js';
import { renderArticleBody } from './article-body.js';

const TEXT = 'Mayor Ilka Brandt said "12 people died at the Tessa gate" on Monday. The council disputes it.\n\nResidents fled.';

describe('renderArticleBody', () => {
  const quote = spanOf(TEXT, '12 people died at the Tessa gate');
  const brandt = spanOf(TEXT, 'Ilka Brandt said "12');
  const article = makeArticle('a1', TEXT, {
    quotes: [{ ...quote, speaker: 'Ilka Brandt', speakerId: 'ilka-brandt', speakerSpan: null, cue: null, direct: true }],
    claims: [{ ...spanOf(TEXT, '12'), measure: 'killed', value: 12, approx: false, unit: 'people', subject: 'people', claimant: 'Ilka Brandt' }],
    // A mention that crosses the quote's start: the two spans overlap without nesting.
    entities: [{ id: 'ilka-brandt', name: 'Ilka Brandt', type: 'person', aliases: [], mentions: [brandt] }],
  });

  it('cuts overlapping spans at every boundary: each piece carries the classes of all spans covering it', () => {
    const doc = parse(`<body>${renderArticleBody(article, webLinks()).value}</body>`);
    const pieces = [...doc.querySelectorAll('.sent span')].map((s) => [s.textContent, s.getAttribute('class')]);
    expect(pieces).toEqual([
      ['Ilka Brandt said "', 'e'],
      ['12', 'c e q'],
      [' people died at the Tessa gate', 'q'],
    ]);
    const twelve = [...doc.querySelectorAll('.c')][0];
    expect(twelve?.getAttribute('title')).toBe('Ilka Brandt (person) · quote: Ilka Brandt · figure (killed 12 people): people, says Ilka Brandt');
  });

  it('keeps the text exactly, paragraph by paragraph, with each sentence under the id of its span', () => {
    const doc = parse(`<body>${renderArticleBody(article, webLinks()).value}</body>`);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(TEXT.split('\n\n'));
    for (const s of article.sentences) expect(doc.getElementById(`cite-${s.start}-${s.end}`)?.textContent).toBe(s.text);
    expect(doc.querySelector('.article-body')?.getAttribute('lang')).toBe('en');
  });

  it('uses the link scheme’s sentence ids (the report prefixes them with the article)', () => {
    const doc = parse(`<body>${renderArticleBody(article, reportLinks()).value}</body>`);
    const first = article.sentences[0]!;
    expect(doc.getElementById(`article-a1-cite-${first.start}-${first.end}`)).not.toBeNull();
  });

  it('renders every example article’s text unchanged and gives every sentence a unique id', async () => {
    const report = await exampleReport();
    for (const a of report.articles) {
      const doc = parse(`<body>${renderArticleBody(a, webLinks()).value}</body>`);
      expect([...doc.querySelectorAll('p, h3')].map((p) => p.textContent)).toEqual(a.paragraphs.map((p) => p.text));
      const ids = [...doc.querySelectorAll('.sent[id]')].map((e) => e.id);
      expect(new Set(ids).size).toBe(a.sentences.length);
    }
  });
});
