import { evidenceLink } from '../../cite.js';
import { html, type SafeHtml } from '../../html.js';
import type { StoryContext } from './context.js';

/** Who says which figure: one row per position, each linked to every sentence that states it. */
export function disputesBody(ctx: StoryContext): SafeHtml {
  const rows = ctx.story.disputes.flatMap((d) =>
    d.positions.map((p, i) => {
      const where = p.support.length ? p.support : [p];
      return html`<tr>${i === 0 ? html`<th scope="rowgroup" rowspan="${d.positions.length}">${d.about}</th>` : ''}<td>${p.claimant ?? '(stated by the article)'}</td><td><strong>${p.text}</strong>${p.approx ? ' (approx.)' : ''}</td><td>${where.map((e, j) => html`${j ? ', ' : ''}${evidenceLink(ctx.cite, e, ctx.names.get(e.article) ?? e.article)}`)}</td></tr>`;
    }),
  );
  return html`<div class="table-scroll"><table class="disputes"><caption>Figures about the same thing that sources give differently</caption><thead><tr><th scope="col">about</th><th scope="col">who</th><th scope="col">figure</th><th scope="col">where</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}
