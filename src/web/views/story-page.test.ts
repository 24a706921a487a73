import { beforeAll, describe, expect, it } from 'vitest';
import type { Report, Story } from '../../types.js';
import { webLinks } from '../links.js';
import { exampleReport, parse } from '../testing.js';
import { renderStoryPage } from './story-page.js';

describe('renderStoryPage (the example story with most articles)', () => {
  let report: Report;
  let story: Story;
  let doc: ReturnType<typeof parse>;
  const section = (key: string) => doc.getElementById(`${story.id}-${key}`)?.parentElement;
  beforeAll(async () => {
    report = await exampleReport();
    story = [...report.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
    doc = parse(renderStoryPage(story, report.articles, webLinks()));
  });

  it('has the title, the numbers, the perspective bar and a table of contents that resolves', () => {
    expect(doc.querySelector('h1')?.textContent).toBe(story.title);
    expect(doc.querySelector('.meta')?.textContent).toContain(`${story.sources.length} independent sources`);
    expect(doc.querySelector('.perspective-bar svg')).not.toBeNull();
    for (const a of doc.querySelectorAll('nav.toc a')) expect(doc.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1)))).not.toBeNull();
  });

  it('the brief carries a numbered link per citation, and the numbers are listed under "Sources cited"', () => {
    const cites = story.brief.sentences.flatMap((s) => s.cites);
    const marks = [...(section('brief')?.querySelectorAll('sup.cites a') ?? [])];
    expect(marks.length).toBe(cites.length);
    expect(marks[0]?.textContent).toBe('[1]');
    expect(marks[0]?.getAttribute('title')).toContain(cites[0]!.text.slice(0, 40));
    expect(section('notes')?.querySelectorAll('ol.notes li').length).toBeGreaterThanOrEqual(new Set(cites.map((c) => `${c.article}:${c.start}`)).size);
  });

  it('the disputes table has a row per position, with who, the figure and links to every span that states it', () => {
    const rows = [...(section('disputes')?.querySelectorAll('tbody tr') ?? [])];
    expect(rows.length).toBe(story.disputes.reduce((n, d) => n + d.positions.length, 0));
    const first = story.disputes[0]!.positions[0]!;
    expect(rows[0]?.textContent).toContain(first.claimant ?? '(stated by the article)');
    expect(rows[0]?.querySelectorAll('a.cite').length).toBe(Math.max(1, first.support.length));
  });

  it('the coverage matrix has a column per article and a cell per row and article', () => {
    const table = section('coverage')?.querySelector('table');
    expect(table?.querySelectorAll('thead th').length).toBe(story.articleIds.length + 1);
    const cells = [...(table?.querySelectorAll('tbody td') ?? [])];
    expect(cells.length).toBe(Math.min(30, story.coverage.length) * story.articleIds.length);
    const row = story.coverage[0]!;
    expect(cells.slice(0, story.articleIds.length).map((c) => c.querySelector('.visually-hidden')?.textContent?.split(':')[0])).toEqual(story.articleIds.map((id) => row.cells[id] ?? 'omitted'));
  });

  it('shows each side in its own card, the two charts, voices, timeline, and the sources with twins marked', () => {
    expect(section('perspectives')?.querySelectorAll('.card').length).toBe(story.perspectives.length);
    expect(section('frames')?.querySelector('svg[role="img"]')).not.toBeNull();
    expect(section('sympathies')?.querySelector('svg[role="img"]')).not.toBeNull();
    expect(section('voices')?.querySelectorAll('tbody tr').length).toBe(Object.keys(story.voices).length);
    expect(section('timeline')?.querySelectorAll('li').length).toBe(story.timeline.length);
    const twins = story.sources.filter((g) => g.length > 1).length;
    expect(twins).toBeGreaterThan(0);
    expect(section('sources')?.querySelectorAll('.badge').length).toBe(twins);
  });

  it('leaves out what a one-article story cannot have', () => {
    const single = report.stories.find((s) => s.articleIds.length === 1)!;
    const page = parse(renderStoryPage(single, report.articles, webLinks(), { level: 2 }));
    expect(page.querySelector('h2')?.textContent).toBe(single.title);
    for (const key of ['coverage', 'frames', 'sympathies', 'disputes']) expect(page.getElementById(`${single.id}-${key}`)).toBeNull();
    expect(page.getElementById(`${single.id}-brief`)?.tagName.toLowerCase()).toBe('h3');
  });
});
