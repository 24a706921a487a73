import { html, type SafeHtml } from '../html.js';

export interface DataTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ChartFigure {
  /** Unique in the page: prefixes the ids of the title and description. */
  readonly id: string;
  readonly title: string;
  /** What the chart shows, in a sentence or two, for screen readers and hover. */
  readonly desc: string;
  readonly width: number;
  readonly height: number;
  readonly marks: SafeHtml;
  readonly legend?: SafeHtml;
  /** The same numbers as a table: the chart's text fallback. */
  readonly table: DataTable;
}

/** A chart as a figure: an SVG with title, description and aria-label, a legend and its data table. */
export function chartFigure(c: ChartFigure): SafeHtml {
  const t = `${c.id}-title`;
  const d = `${c.id}-desc`;
  return html`<figure class="chart" id="${c.id}">
<div class="chart-scroll"><svg viewBox="0 0 ${c.width} ${c.height}" width="${c.width}" height="${c.height}" role="img" aria-label="${c.title}" aria-describedby="${d}" xmlns="http://www.w3.org/2000/svg"><title id="${t}">${c.title}</title><desc id="${d}">${c.desc}</desc>${c.marks}</svg></div>
${c.legend ?? ''}<details class="chart-data"><summary>${c.title}: the numbers as a table</summary>${dataTable(c.table)}</details>
</figure>`;
}

export function dataTable(t: DataTable): SafeHtml {
  return html`<div class="table-scroll"><table><caption>${t.caption}</caption><thead><tr>${t.columns.map((c, i) => html`<th scope="col"${i ? '' : html` class="row-head"`}>${c}</th>`)}</tr></thead><tbody>${t.rows.map((r) => html`<tr>${r.map((cell, i) => (i ? html`<td>${cell}</td>` : html`<th scope="row">${cell}</th>`))}</tr>`)}</tbody></table></div>`;
}

/** Chart text is cut to fit its column; the full text stays in the table and the hover title. */
export function fit(text: string, chars: number): string {
  return text.length > chars ? `${text.slice(0, chars - 1)}…` : text;
}

/** Rounds a maximum up to 0.25, 0.5 or 1 so axes read in simple steps. */
export function niceMax(x: number): number {
  return x <= 0.25 ? 0.25 : x <= 0.5 ? 0.5 : 1;
}
