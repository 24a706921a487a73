import type { ReportArticle } from '../../types.js';
import { sentenceAt } from '../cite.js';
import { html, type SafeHtml } from '../html.js';
import type { Links } from '../links.js';

const MAX_ROWS = 40;
const short = (text: string, n = 160) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Who is named, who said what, which numbers, when — the annotations as tables, each row linked to its sentence. */
export function renderArticleAnnotations(a: ReportArticle, links: Links): SafeHtml {
  const at = (span: { start: number; end: number }) => links.article(a.id, sentenceAt(a, span));
  const people = a.entities.filter((e) => e.type === 'person');
  const actors = a.entities.filter((e) => e.type !== 'person' && e.type !== 'place');
  const places = a.entities.filter((e) => e.type === 'place');
  const more = (n: number) => (n > MAX_ROWS ? html`<p class="muted">and ${n - MAX_ROWS} more</p>` : '');
  const dated = a.times.filter((t) => t.value);
  return html`${people.length ? html`<p><strong>People:</strong> ${people.map((e, i) => html`${i ? '; ' : ''}${e.name}${e.role ? ` (${e.role})` : ''}`)}</p>` : ''}
${actors.length ? html`<p><strong>Organisations and groups:</strong> ${actors.map((e, i) => html`${i ? '; ' : ''}${e.name}${e.aliases.length ? ` (also ${e.aliases.slice(0, 4).join(', ')})` : ''}`)}</p>` : ''}
${places.length ? html`<p><strong>Places:</strong> ${places.map((e) => e.name).join('; ')}</p>` : ''}
${a.quotes.length ? html`<div class="table-scroll"><table><caption>Quotes and reported speech</caption><thead><tr><th scope="col">speaker</th><th scope="col">quote</th><th scope="col">direct</th></tr></thead><tbody>${a.quotes.slice(0, MAX_ROWS).map((q) => html`<tr><td>${q.speaker ?? '(unattributed)'}</td><td><a class="cite" href="${at(q)}">${short(q.text)}</a></td><td>${q.direct ? 'yes' : 'reported'}</td></tr>`)}</tbody></table></div>${more(a.quotes.length)}` : ''}
${a.claims.length ? html`<div class="table-scroll"><table><caption>Figures</caption><thead><tr><th scope="col">claimant</th><th scope="col">measure</th><th scope="col">value</th><th scope="col">subject</th></tr></thead><tbody>${a.claims.slice(0, MAX_ROWS).map((c) => html`<tr><td>${c.claimant ?? '(the article)'}</td><td>${c.measure}</td><td><a class="cite" href="${at(c)}">${c.value === null ? `“${c.text}”` : `${c.approx ? '~' : ''}${c.value}${c.unit ? ` ${c.unit}` : ''}`}</a></td><td>${c.subject}</td></tr>`)}</tbody></table></div>${more(a.claims.length)}` : ''}
${dated.length ? html`<p><strong>Dates:</strong> ${dated.slice(0, MAX_ROWS).map((t, i) => html`${i ? '; ' : ''}<a class="cite" href="${at(t)}">${t.text}</a> → ${t.value}`)}</p>` : ''}`;
}
