import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstSentenceBrief } from './first-sentence-brief.js';
import { evalGrouping, scoreGrouping } from './grouping.js';
import { missingMessage, sharedPath } from './shared-data.js';
import { basilArticles, gvaArticles, neusArticles, neusStories, toReportArticle } from './story-sets.js';
import type { GroupFn } from './story-types.js';
import { evalSynthesis } from './synthesis.js';

// Invented records in each data set's shape (no text from ../shared comes into the repository).
const basil = [
  { article: { uuid: 'u1', title: 'Dam opens on the Orla', date: '2031-04-02', source: 'fox', 'triplet-uuid': 't1', 'body-paragraphs': [['The Orla dam opened on Monday.', 'Crowds came.'], ['It cost 4 million.']] } },
  { article: { uuid: 'u2', title: 'Orla dam opens', date: '2031-04-03', source: 'nyt', 'triplet-uuid': 't1', 'body-paragraphs': [['A dam on the Orla opened.']] } },
  { article: { uuid: 'u3', title: 'Mayor of Vell resigns', date: '2031-05-01', source: 'hpo', 'triplet-uuid': 't2', 'body-paragraphs': [['The mayor of Vell resigned on Friday.']] } },
];
const neus = [
  { id: 's-0', articles: [{ title: 'Dam opens', text: 'The Orla dam opened on Monday. Crowds came.' }, { title: 'Orla dam', text: 'A dam on the Orla opened. It cost 4 million.' }, { title: 'New dam on the Orla', text: '' }], reference: { title: 'Orla Dam Opens', text: 'A dam on the Orla river opened on Monday.' } },
  { id: 's-1', articles: [{ title: 'Vell mayor quits', text: 'The mayor of Vell resigned on Friday.' }, { title: 'Mayor out', text: 'The mayor of Vell resigned on Friday.' }, { title: 'Vell', text: 'Vell has no mayor. A vote is due.' }], reference: { title: 'Vell Mayor Resigns', text: 'The mayor of Vell resigned on Friday; a vote is due.' } },
];
const gva = [
  { doc_id: 'd1', incident_id: '1', title: 'Man shot on Birch Road', dct: '2031-01-02', content: 'A man was shot on Birch Road.\n\nPolice are looking for a car.' },
  { doc_id: 'd2', incident_id: '1', title: 'Birch Road shooting', dct: '2031-01-03', content: '' },
  { doc_id: 'd3', incident_id: '2', title: 'Roundup of shootings', dct: '2031-01-04', content: 'Two shootings overnight.' },
  { doc_id: 'd3', incident_id: '3', title: 'Roundup of shootings', dct: '2031-01-04', content: 'Two shootings overnight.' },
];
const jsonl = (rows: readonly unknown[]) => `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`;

const byTitleWord: GroupFn = (articles) => {
  const groups = new Map<string, string[]>();
  for (const a of articles) {
    const key = /orla|vell|birch|roundup/i.exec(`${a.title} ${a.text}`)?.[0].toLowerCase() ?? a.id;
    groups.set(key, [...(groups.get(key) ?? []), a.id]);
  }
  return [...groups.values()];
};

describe('story data loaders', () => {
  it('turns a BASIL record into an extracted article: paragraphs of sentences, date, outlet, gold triplet', () => {
    const { items } = basilArticles(jsonl(basil));
    const first = items[0]!;
    expect(first.gold).toBe('t1');
    expect(first.article).toMatchObject({ id: 'u1', title: 'Dam opens on the Orla', published: '2031-04-02', outlet: 'fox', text: 'The Orla dam opened on Monday. Crowds came.\n\nIt cost 4 million.' });
    expect(first.article.paragraphs.map((p) => p.text)).toEqual(['The Orla dam opened on Monday. Crowds came.', 'It cost 4 million.']);
  });

  it('numbers NeuS articles within their story and says which are empty or repeated', () => {
    const { items, notes } = neusStories(jsonl(neus));
    expect(items.map((s) => s.articles.map((a) => a.id))).toEqual([['s-0/0', 's-0/1', 's-0/2'], ['s-1/0', 's-1/1', 's-1/2']]);
    expect(items[0]!.reference).toBe('A dam on the Orla river opened on Monday.');
    expect(items[0]!.articles[1]).toMatchObject({ title: 'Orla dam', published: null, outlet: null });
    expect(notes).toEqual(['1 empty article text (s-0/2)', '1 story repeats an article text (s-1)']);
    expect(neusArticles(items).map((l) => l.gold)).toEqual(['s-0', 's-0', 's-0', 's-1', 's-1', 's-1']);
  });

  it('keeps a GVA doc filed under two incidents once, under the first', () => {
    const { items, notes } = gvaArticles(jsonl(gva));
    expect(items.map((l) => [l.article.id, l.gold])).toEqual([['d1', '1'], ['d2', '1'], ['d3', '2']]);
    expect(items[0]!.article).toMatchObject({ title: 'Man shot on Birch Road', published: '2031-01-02' });
    expect(notes).toEqual(['1 doc_id filed under a second incident kept under the first only', '1 with empty content (title only)']);
  });

  it('annotates with the product pipeline: a report article keeps its metadata and gains sentences', () => {
    const article = toReportArticle(basilArticles(jsonl(basil)).items[0]!.article);
    expect(article.title).toBe('Dam opens on the Orla');
    expect(article.sentences.map((s) => s.text)).toEqual(['The Orla dam opened on Monday.', 'Crowds came.', 'It cost 4 million.']);
  });
});

describe('grouping evaluation', () => {
  it('scores a grouping with B-cubed and names the sizes in the note', () => {
    const rows = scoreGrouping('basil', basilArticles(jsonl(basil)), byTitleWord, 0.92, 'test');
    expect(rows.map((r) => [r.metric, r.value])).toEqual([['B-cubed F1 (test)', 1], ['B-cubed precision (test)', 1], ['B-cubed recall (test)', 1]]);
    expect(rows[0]).toMatchObject({ set: 'basil', target: 0.92 });
    expect(rows[0]!.note).toMatch(/^3 articles, 2 gold stories, 2 predicted; annotate [\d.]+ s, group [\d.]+ s$/);
  });

  it('fails loudly when the grouping drops an article', () => {
    expect(() => scoreGrouping('basil', basilArticles(jsonl(basil)), (as) => [as.slice(1).map((a) => a.id)])).toThrow(/leave out 1 of 3 input ids \(first: "u1"\)/);
  });

  const root = mkdtempSync(join(tmpdir(), 'parallax-stories-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('data/basil/basil.jsonl', jsonl(basil));
  write('data/neus-allsides/neus_val.jsonl', jsonl(neus));
  write('data/gva-incidents/articles.jsonl', jsonl(gva));

  it('runs every set under a shared root, each with its target', async () => {
    const rows = await evalGrouping(root, byTitleWord, 'test');
    const f1 = rows.filter((r) => r.metric === 'B-cubed F1 (test)');
    expect(f1.map((r) => [r.set, r.value, r.target])).toEqual([['basil', 1, 0.92], ['neus-allsides-val', 1, 0.92], ['gva-incidents', 1, 0.85]]);
  });

  it('scores briefs with ROUGE and checks every cite against the article text', async () => {
    const rows = await evalSynthesis(root, (articles) => ({
      sentences: [
        { text: 'A dam opened.', cites: [{ article: articles[0]!.id, start: 0, end: 5, text: articles[0]!.text.slice(0, 5) }] },
        { text: 'It was built.', cites: [{ article: articles[0]!.id, start: 0, end: 5, text: 'wrong' }] },
        { text: 'Nobody said so.', cites: [] },
      ],
    }), 'test');
    const value = (metric: string) => rows.find((r) => r.metric === metric)?.value;
    expect(value('cited sentences valid (test)')).toBeCloseTo(1 / 3);
    expect(value('briefs over 70 words (test)')).toBe(0);
    expect(value('cited sentences valid (first-sentence baseline)')).toBe(1);
    expect(rows.find((r) => r.metric === 'ROUGE-1 (test)')).toMatchObject({ target: 0.38 });
    expect(rows.find((r) => r.metric === 'ROUGE-1 (first-sentence baseline)')?.target).toBeUndefined();
  });

  it('gives the first-sentence baseline the first sentence of each article, cited', () => {
    const story = neusStories(jsonl(neus)).items[0]!;
    const brief = firstSentenceBrief(story.articles.map(toReportArticle), { briefWords: 70 });
    expect(brief.sentences).toEqual([
      { text: 'The Orla dam opened on Monday.', cites: [{ article: 's-0/0', start: 0, end: 30, text: 'The Orla dam opened on Monday.' }] },
      { text: 'A dam on the Orla opened.', cites: [{ article: 's-0/1', start: 0, end: 25, text: 'A dam on the Orla opened.' }] },
    ]);
  });
});

const shared = sharedPath('data');

describe('story data on ../shared', () => {
  // All singletons: precision 1 and recall 1/|story| per article, so the numbers pin what the loaders kept.
  it.skipIf(!shared)(shared ? 'loads every set whole' : missingMessage('data'), async () => {
    const rows = await evalGrouping(sharedPath('.')!, (as) => as.map((a) => [a.id]), 'singletons');
    const recall = (set: string) => rows.find((r) => r.set === set && r.metric === 'B-cubed recall (singletons)')?.value;
    expect(recall('basil')).toBeCloseTo(1 / 3); // 52 triplets
    expect(recall('neus-allsides-val')).toBeCloseTo(1 / 3); // 307 stories of three
    expect(rows.find((r) => r.set === 'gva-incidents')?.note).toMatch(/^2488 articles, 1447 gold stories/);
  });
});
