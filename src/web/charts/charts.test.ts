import { describe, expect, it } from 'vitest';
import { groupOf } from '../groups.js';
import { makeArticle, parse } from '../testing.js';
import { frameBars } from './frame-bars.js';
import { sympathyBars } from './sympathy-bars.js';

const herald = makeArticle('herald', 'One sentence.', {
  frames: [{ frame: 'security-defense', score: 0.42, evidence: [] }, { frame: 'political', score: 0.1, evidence: [] }],
  stance: [{ actor: 'Varnia', actorId: 'varnia', score: 0.3, evidence: [] }, { actor: 'Ostrel', actorId: 'ostrel', score: -0.2, evidence: [] }],
});
const ledger = makeArticle('ledger', 'Another sentence.', {
  frames: [{ frame: 'humanitarian', score: 0.3, evidence: [] }, { frame: 'security-defense', score: 0.2, evidence: [] }],
  stance: [{ actor: 'Varnia', actorId: 'varnia', score: -0.45, evidence: [] }],
});
const articles = [herald, ledger];
const groups = groupOf({ perspectives: [{ label: 'a', articleIds: ['herald'], summary: '', cites: [] }, { label: 'b', articleIds: ['ledger'], summary: '', cites: [] }] });
const names = new Map([['herald', 'The Herald'], ['ledger', 'The Ledger']]);

describe('charts', () => {
  it('frame bars: an SVG with title, description and aria-label, bars in group colours, and a table of the numbers', () => {
    const doc = parse(frameBars('c1', articles, groups, names).value);
    const svg = doc.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe('Frames per outlet');
    expect(doc.getElementById('c1-title')?.textContent).toBe('Frames per outlet');
    expect(doc.getElementById(svg?.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/strongest is security-defense/);
    expect([...doc.querySelectorAll('rect')].map((r) => r.getAttribute('class'))).toEqual(['bar g0', 'bar g1', 'bar g0', 'bar g1', 'bar g0', 'bar g1']);
    const rows = [...doc.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([['security-defense', '42%', '20%'], ['humanitarian', '0%', '30%'], ['political', '10%', '0%']]);
  });

  it('sympathy bars diverge from the centre: hostile to the left, sympathetic to the right', () => {
    const doc = parse(sympathyBars('c2', articles, groups, names).value);
    const rects = [...doc.querySelectorAll('rect')];
    const centre = Number(doc.querySelector('line.axis')?.getAttribute('x1'));
    const [warm, cold] = rects;
    expect(Number(warm?.getAttribute('x'))).toBe(centre);
    expect(Number(cold?.getAttribute('x')) + Number(cold?.getAttribute('width'))).toBeCloseTo(centre, 0);
    expect(doc.documentElement.textContent).toContain('not mentioned');
    const rows = [...doc.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows).toEqual([['Varnia', '+0.30', '−0.45'], ['Ostrel', '−0.20', '']]);
  });

  it('draws nothing when there is nothing to compare', () => {
    const bare = [makeArticle('x', 'Nothing.')];
    expect(frameBars('c3', bare, groups, names).value).toBe('');
    expect(sympathyBars('c4', bare, groups, names).value).toBe('');
  });
});
