import type { CoverageCell } from '../../../types.js';
import { html, type SafeHtml } from '../../html.js';
import type { StoryContext } from './context.js';
import { short } from './context.js';

/** Rows shown before the rest fold away (the Markdown report shows 20). */
const MAX_ROWS = 30;
const SYMBOL: Record<CoverageCell, string> = { carried: '●', omitted: '·', disputed: '⚡' };
const MEANING: Record<CoverageCell, string> = { carried: 'carried', omitted: 'omitted', disputed: 'disputed: gives another figure' };

/** The claim × article matrix: which article carries, omits or disputes each figure and statement. */
export function coverageBody(ctx: StoryContext): SafeHtml {
  const ids = ctx.story.articleIds;
  const row = (r: (typeof ctx.story.coverage)[number]) =>
    html`<tr><th scope="row">${short(r.label, 120)} <span class="badge">${r.kind}</span></th>${ids.map((id) => {
      const cell = r.cells[id] ?? 'omitted';
      return html`<td class="${`cell cell-${cell}`}" title="${`${ctx.names.get(id) ?? id}: ${MEANING[cell]}`}"><span aria-hidden="true">${SYMBOL[cell]}</span><span class="visually-hidden">${MEANING[cell]}</span></td>`;
    })}</tr>`;
  const head = html`<thead><tr><th scope="col">figure or statement</th>${ids.map((id) => html`<th scope="col" class="wrap"><a href="${ctx.links.article(id)}">${ctx.names.get(id) ?? id}</a></th>`)}</tr></thead>`;
  const table = (rows: typeof ctx.story.coverage, caption: string) => html`<div class="table-scroll"><table class="coverage"><caption>${caption}</caption>${head}<tbody>${rows.map(row)}</tbody></table></div>`;
  const rows = ctx.story.coverage;
  return html`<p class="legend"><span class="cell-carried">● carried</span> <span class="cell-omitted">· omitted</span> <span class="cell-disputed">⚡ disputed</span></p>
${table(rows.slice(0, MAX_ROWS), 'What each article does with each figure and statement')}
${rows.length > MAX_ROWS ? html`<details><summary>${rows.length - MAX_ROWS} more rows</summary>${table(rows.slice(MAX_ROWS), 'More rows')}</details>` : ''}`;
}
