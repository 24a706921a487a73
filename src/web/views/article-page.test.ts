import { describe, expect, it } from 'vitest';
import { webLinks } from '../links.js';
import { exampleReport, makeArticle, parse, spanOf } from '../testing.js';
import { renderArticlePage } from './article-page.js';

const TEXT = 'The council says 40 people died. Critics call it a cover-up.\n\nThe gate reopened on Friday.';

describe('renderArticlePage', () => {
  const article = makeArticle('a1', TEXT, {
    title: 'Gate failure', outlet: 'Marrow Courier', byline: 'Ana Berg', url: 'https://courier.example/gate', aiDisclosure: { text: 'Drafted with an AI tool.' },
    genre: 'analysis', genreScores: { analysis: 0.8, report: 0.2 }, genreEvidence: [spanOf(TEXT, 'Critics call it a cover-up.')],
    frames: [{ frame: 'crime-punishment', score: 0.3, evidence: [spanOf(TEXT, 'Critics call it a cover-up.')] }],
    stance: [{ actor: 'the council', actorId: 'council', score: -0.4, evidence: [spanOf(TEXT, 'Critics call it a cover-up.')] }],
    removed: [{ text: 'Share on social', reason: 'share-bar' }],
  });
  const doc = parse(renderArticlePage(article, { stories: [{ id: 's-1', title: 'The gate' } as never], twin: 'a2' }, webLinks()));

  it('shows the metadata, the source link, the AI disclosure, its story and its twin', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Gate failure');
    expect(doc.querySelector('.meta')?.textContent).toBe('Marrow Courier · by Ana Berg · published 2031-01-01 · language en · 16 words');
    expect(doc.querySelector('a[rel~="noopener"]')?.getAttribute('href')).toBe('https://courier.example/gate');
    expect(doc.querySelector('.disclosure')?.textContent).toBe('AI disclosure: Drafted with an AI tool.');
    expect(doc.querySelector('a[href="/stories/s-1"]')?.textContent).toBe('The gate');
    expect(doc.querySelector('a[href="/articles/a2"]')?.textContent).toBe('a2');
    expect(doc.querySelector('details')?.textContent).toContain('Share on social');
  });

  it('the profile gives genre, frames and sympathy with evidence that links to the sentence on this page', () => {
    const profile = doc.querySelector('.profile');
    expect(profile?.textContent).toContain('Genre: analysis');
    expect(profile?.textContent).toContain('30% crime-punishment');
    expect(profile?.textContent).toContain('−0.40 the council');
    const evidence = [...(profile?.querySelectorAll('a.cite') ?? [])];
    expect(evidence.length).toBe(3);
    for (const a of evidence) {
      const id = a.getAttribute('href')!.split('#')[1]!;
      expect(doc.getElementById(id)?.textContent).toBe('Critics call it a cover-up.');
    }
  });

  it('renders every example article with its highlights legend and annotations', async () => {
    const report = await exampleReport();
    for (const a of report.articles) {
      const page = parse(renderArticlePage(a, {}, webLinks()));
      expect(page.querySelectorAll('.sent[id]').length).toBe(a.sentences.length);
      expect(page.querySelectorAll('.article-body .q').length > 0).toBe(a.quotes.length > 0);
      for (const link of page.querySelectorAll('a.cite')) expect(page.getElementById(link.getAttribute('href')!.split('#')[1]!), link.getAttribute('href')!).not.toBeNull();
    }
  });
});
