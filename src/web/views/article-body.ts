import type { ReportArticle, Span } from '../../types.js';
import { html, type SafeHtml } from '../html.js';
import { sentenceId, type Links } from '../links.js';

/** One highlighted layer over the text: a class and what it means, for the hover title. */
interface Mark {
  readonly start: number;
  readonly end: number;
  readonly cls: 'q' | 'c' | 'e' | 'l';
  readonly title: string;
}

const number = (value: number | null, unit: string | null, approx: boolean) => (value === null ? '' : ` ${approx ? '~' : ''}${value}${unit ? ` ${unit}` : ''}`);

/** Quotes, claims, entity mentions and loaded wording of an article, as flat marks. */
export function articleMarks(a: ReportArticle): Mark[] {
  const marks: Mark[] = [];
  for (const q of a.quotes) marks.push({ start: q.start, end: q.end, cls: 'q', title: `${q.direct ? 'quote' : 'reported speech'}: ${q.speaker ?? 'speaker not named'}` });
  for (const c of a.claims) marks.push({ start: c.start, end: c.end, cls: 'c', title: `figure (${c.measure}${number(c.value, c.unit, c.approx)}): ${c.subject}, ${c.claimant ? `says ${c.claimant}` : 'stated by the article'}` });
  for (const e of a.entities) for (const m of e.mentions) marks.push({ start: m.start, end: m.end, cls: 'e', title: `${e.name} (${e.type}${e.role ? `, ${e.role}` : ''})` });
  for (const s of a.sentences) for (const l of s.loadedSpans) marks.push({ start: l.start, end: l.end, cls: 'l', title: 'loaded wording' });
  return marks.filter((m) => m.end > m.start).sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * A stretch of text with its marks. Marks nest and overlap freely ("Defence Minister Halvard
 * Renn" is an entity inside a quote that crosses a claim), so the stretch is cut at every mark
 * boundary and each piece carries the classes of all marks covering it: no element crosses another.
 */
function segments(text: string, from: number, to: number, marks: readonly Mark[]): SafeHtml[] {
  const inside = marks.filter((m) => m.start < to && m.end > from);
  const cuts = new Set([from, to]);
  for (const m of inside) cuts.add(Math.max(from, m.start)).add(Math.min(to, m.end));
  const points = [...cuts].sort((x, y) => x - y);
  const out: SafeHtml[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const x = points[i] ?? from;
    const y = points[i + 1] ?? to;
    const covering = inside.filter((m) => m.start <= x && m.end >= y);
    const piece = text.slice(x, y);
    if (!covering.length) {
      out.push(html`${piece}`);
      continue;
    }
    const classes = [...new Set(covering.map((m) => m.cls))].sort().join(' ');
    const titles = [...new Set(covering.map((m) => m.title))].join(' · ');
    out.push(html`<span class="${classes}" title="${titles}">${piece}</span>`);
  }
  return out;
}

/**
 * The article text paragraph by paragraph, each sentence in an element whose id names its span
 * (`cite-START-END`, or the report's prefixed form) so citations land on it.
 */
export function renderArticleBody(a: ReportArticle, links: Links): SafeHtml {
  const marks = articleMarks(a);
  const paragraphs: readonly Span[] = a.paragraphs.length ? a.paragraphs : [{ start: 0, end: a.text.length, text: a.text }];
  const headings = new Set(a.headings.map((h) => `${h.start}:${h.end}`));
  const given = new Set<string>();
  let next = 0;
  const blocks = paragraphs.map((p) => {
    const parts: SafeHtml[] = [];
    let at = p.start;
    while (next < a.sentences.length && (a.sentences[next]?.end ?? 0) <= p.start) next++;
    for (let i = next; i < a.sentences.length; i++) {
      const s = a.sentences[i];
      if (!s || s.start >= p.end) break;
      const from = Math.max(s.start, p.start);
      const to = Math.min(s.end, p.end);
      if (from > at) parts.push(...segments(a.text, at, from, marks));
      const id = sentenceId(links, a.id, s);
      const first = !given.has(id);
      given.add(id);
      parts.push(html`<span class="sent"${first ? html` id="${id}"` : ''}>${segments(a.text, from, to, marks)}</span>`);
      at = to;
    }
    if (at < p.end) parts.push(...segments(a.text, at, p.end, marks));
    return headings.has(`${p.start}:${p.end}`) ? html`<h3>${parts}</h3>` : html`<p>${parts}</p>`;
  });
  return html`<div class="article-body"${a.language && a.language !== 'und' ? html` lang="${a.language}"` : ''}>${blocks}</div>`;
}

/** The key to the highlights. */
export const HIGHLIGHT_LEGEND = html`<p class="legend"><span class="q">quotes and reported speech</span> <span class="c">figures</span> <span class="e">people, places, groups</span> <span class="l">loaded wording</span> <span class="muted">(hover for details)</span></p>`;
