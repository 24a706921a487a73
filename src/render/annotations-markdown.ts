import type { ReportArticle } from '../types.js';
import { mdEscape } from './markdown.js';

const MAX_ROWS = 12;

/** One article's annotations as Markdown: who is named, who said what, which numbers, when. */
export function renderAnnotationsMarkdown(a: ReportArticle): string[] {
  const out: string[] = [];
  const people = a.entities.filter((e) => e.type === 'person');
  const actors = a.entities.filter((e) => e.type !== 'person' && e.type !== 'place');
  if (people.length) out.push(`People: ${people.map((e) => `${mdEscape(e.name)}${e.role ? ` (${mdEscape(e.role)})` : ''}`).join('; ')}`, '');
  if (actors.length) out.push(`Organisations and groups: ${actors.map((e) => mdEscape(e.name) + (e.aliases.length ? ` (also ${e.aliases.slice(0, 4).map(mdEscape).join(', ')})` : '')).join('; ')}`, '');
  if (a.quotes.length) {
    out.push('| speaker | quote | direct |', '|---|---|---|');
    for (const q of a.quotes.slice(0, MAX_ROWS)) out.push(`| ${mdEscape(q.speaker ?? '(unattributed)')} | ${mdEscape(q.text.slice(0, 140))} | ${q.direct ? 'yes' : 'reported'} |`);
    if (a.quotes.length > MAX_ROWS) out.push(`| … | ${a.quotes.length - MAX_ROWS} more | |`);
    out.push('');
  }
  if (a.claims.length) {
    out.push('| claimant | measure | value | subject |', '|---|---|---|---|');
    for (const c of a.claims.slice(0, MAX_ROWS)) {
      const value = c.value === null ? `“${mdEscape(c.text)}”` : `${c.approx ? '~' : ''}${c.value}${c.unit ? ` ${c.unit}` : ''}`;
      out.push(`| ${mdEscape(c.claimant ?? '(the article)')} | ${c.measure} | ${value} | ${mdEscape(c.subject)} |`);
    }
    if (a.claims.length > MAX_ROWS) out.push(`| … | | | ${a.claims.length - MAX_ROWS} more |`);
    out.push('');
  }
  const dated = a.times.filter((t) => t.value);
  if (dated.length) out.push(`Dates: ${dated.slice(0, MAX_ROWS).map((t) => `${mdEscape(t.text)} → ${t.value}`).join('; ')}`, '');
  return out;
}
