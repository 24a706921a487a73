import { describe, expect, it } from 'vitest';
import type { Story } from '../../types.js';
import { webLinks } from '../links.js';
import { parse } from '../testing.js';
import { dateRange, renderStoryList, sortStories } from './story-list.js';

function story(id: string, last: string | null, disputes: number, sources = 1): Story {
  const dispute = { about: 'people killed', measure: 'killed' as const, positions: [] };
  return {
    id, title: `Story ${id}`, articleIds: [`${id}-a`, `${id}-b`], sources: Array.from({ length: sources }, (_, i) => [`${id}-${i}`]),
    dates: { first: last, last }, consensus: [], disputes: Array.from({ length: disputes }, () => dispute), singleSource: [], voices: {},
    omissions: [], coverage: [], timeline: [], brief: { text: '', sentences: [], method: 'extractive' },
    perspectives: [{ label: 'critical of Varnia; frames: political', articleIds: [`${id}-a`], summary: '', cites: [] }, { label: 'sympathetic to Varnia', articleIds: [`${id}-b`], summary: '', cites: [] }],
  };
}

describe('story list', () => {
  it('sorts newest day first, then most disputed, then most sources; undated last', () => {
    const items = [story('old', '2031-01-01', 5), story('calm', '2031-02-01', 0), story('hot', '2031-02-01', 3), story('none', null, 9), story('wide', '2031-02-01', 3, 4)];
    expect(sortStories(items.map((s) => ({ story: s }))).map((x) => x.story.id)).toEqual(['wide', 'hot', 'calm', 'old', 'none']);
    // updatedAt, when given, wins over the story's dates.
    expect(sortStories([{ story: story('a', '2031-01-01', 0), updatedAt: '2031-03-01T10:00:00Z' }, { story: story('b', '2031-02-01', 0) }]).map((x) => x.story.id)).toEqual(['a', 'b']);
  });

  it('each row has the title as a link, dates, sources, articles, disputes and the perspective bar', () => {
    const doc = parse(renderStoryList([story('s-1', '2031-02-01', 2, 3)], webLinks()));
    const row = doc.querySelector('.story-list li');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe('/stories/s-1');
    expect(row?.querySelector('.meta')?.textContent).toBe('2031-02-01 · 3 independent sources · 2 articles · 2 disputed figures');
    const bar = row?.querySelector('.perspective-bar svg');
    expect(bar?.getAttribute('aria-label')).toBe('Perspectives: 1 article: critical of Varnia; 1 article: sympathetic to Varnia');
    expect([...(bar?.querySelectorAll('rect') ?? [])].map((r) => r.getAttribute('class'))).toEqual(['bar g0', 'bar g1']);
  });

  it('says so when there are no stories', () => {
    expect(parse(renderStoryList([], webLinks())).documentElement.textContent).toContain('No stories yet');
  });

  it.each([
    [{ first: null, last: null }, 'undated'],
    [{ first: '2031-01-01', last: '2031-01-01' }, '2031-01-01'],
    [{ first: '2031-01-01', last: '2031-01-03' }, '2031-01-01 – 2031-01-03'],
  ])('dateRange(%j) is %j', (dates, expected) => {
    expect(dateRange(dates)).toBe(expected);
  });
});
