import type { ReportArticle } from '../../../types.js';
import { loadedPhrases } from '../../../render/profile-markdown.js';
import { groupClass, shortLabel } from '../../groups.js';
import { html, type SafeHtml } from '../../html.js';
import { framesText, sympathyText } from '../../profile-summary.js';
import type { StoryContext } from './context.js';
import { short } from './context.js';

function articleLine(ctx: StoryContext, a: ReportArticle): SafeHtml {
  const frames = framesText(a);
  const sympathy = sympathyText(a);
  const loaded = loadedPhrases(a, 3);
  return html`<li><a href="${ctx.links.article(a.id)}">${a.title ?? a.id}</a> <span class="muted">— ${ctx.names.get(a.id) ?? a.id}${a.published ? `, ${a.published}` : ''}</span>
<br><span class="badge">${a.genre}</span>${frames ? html` <span class="muted">frames:</span> ${frames}` : ''}${sympathy ? html`<br><span class="muted">sympathy:</span> ${sympathy}` : ''}${loaded.length ? html`<br><span class="muted">loaded wording:</span> ${loaded.map((p) => `“${p}”`).join(', ')}` : ''}</li>`;
}

/** How each side tells it: one card per perspective group, in the group's colour, side by side. */
export function perspectivesBody(ctx: StoryContext): SafeHtml {
  const byId = new Map(ctx.articles.map((a) => [a.id, a]));
  const h = ctx.level + 1;
  const cards = ctx.story.perspectives.map((p, i) => {
    const members = p.articleIds.map((id) => byId.get(id)).filter((a): a is ReportArticle => !!a);
    const title = html`<span class="swatch ${groupClass(i)}" aria-hidden="true"></span>${shortLabel(p.label)}`;
    return html`<div class="card ${groupClass(i)}">
${h === 3 ? html`<h3>${title}</h3>` : html`<h4>${title}</h4>`}
<p class="meta">${p.label}</p>
${p.summary ? html`<blockquote>${short(p.summary, 320)}${ctx.citer.cite(p.cites)}</blockquote>` : ''}
<ul>${members.length ? members.map((a) => articleLine(ctx, a)) : p.articleIds.map((id) => html`<li>${id}</li>`)}</ul>
</div>`;
  });
  return html`<div class="cards">${cards}</div>`;
}
