import { evidenceLink } from '../../cite.js';
import { html, type SafeHtml } from '../../html.js';
import type { StoryContext } from './context.js';
import { plural, short } from './context.js';

/** Statements several independent sources carry (the first ten; the rest fold away). */
export function consensusBody(ctx: StoryContext): SafeHtml {
  const item = (x: (typeof ctx.story.consensus)[number]) => html`<li>${short(x.statement, 260)}${ctx.citer.cite(x.support)} <span class="muted">(${plural(new Set(x.articles).size, 'article')}${x.kind === 'figure' ? ', same figure' : ''})</span></li>`;
  const all = ctx.story.consensus;
  return html`<ul>${all.slice(0, 10).map(item)}</ul>${all.length > 10 ? html`<details><summary>${all.length - 10} more</summary><ul>${all.slice(10).map(item)}</ul></details>` : ''}`;
}

/** Figures only one independent source gives. */
export function singleSourceBody(ctx: StoryContext): SafeHtml {
  return html`<ul>${ctx.story.singleSource.map((s) => html`<li>${s.about}: <strong>${s.text}</strong>${s.approx ? ' (approx.)' : ''}${s.claimant ? `, says ${s.claimant}` : ''} — ${evidenceLink(ctx.cite, s, ctx.names.get(s.article) ?? s.article)}</li>`)}</ul>`;
}

/** Who each article quotes or paraphrases. */
export function voicesBody(ctx: StoryContext): SafeHtml {
  const ids = ctx.story.articleIds.filter((id) => id in ctx.story.voices);
  return html`<div class="table-scroll"><table><caption>Who each article quotes or paraphrases</caption><thead><tr><th scope="col">article</th><th scope="col">quotes</th></tr></thead><tbody>${ids.map((id) => {
    const voices = ctx.story.voices[id] ?? [];
    return html`<tr><th scope="row"><a href="${ctx.links.article(id)}">${ctx.names.get(id) ?? id}</a></th><td>${voices.length ? voices.join(', ') : html`<span class="muted">(no one)</span>`}</td></tr>`;
  })}</tbody></table></div>`;
}

/** What each article leaves out that others carry, grouped by article (statements are in the coverage matrix). */
export function omissionsBody(ctx: StoryContext): SafeHtml {
  const shown = ctx.story.omissions.filter((o) => o.kind !== 'statement');
  const ids = ctx.story.articleIds.filter((id) => shown.some((o) => o.article === id));
  const names = (ids: readonly string[]) => ids.map((id) => ctx.names.get(id) ?? id).join(', ');
  return html`<dl class="omissions">${ids.map((id) => html`<dt><a href="${ctx.links.article(id)}">${ctx.names.get(id) ?? id}</a></dt><dd><ul>${shown.filter((o) => o.article === id).map((o) => html`<li>no ${o.kind === 'figures' ? '' : `${o.kind} `}<strong>${short(o.topic, 100)}</strong> <span class="muted">(carried by ${names(o.presentIn)})</span></li>`)}</ul></dd>`)}</dl>`;
}

/** The story's dated events in order, each linked to the sentence that tells it. */
export function timelineBody(ctx: StoryContext): SafeHtml {
  return html`<ol class="timeline">${ctx.story.timeline.map((t) => html`<li><strong>${t.date ? html`<time datetime="${t.date}">${t.date}</time>` : 'undated'}</strong> <span class="muted">(${t.when})</span>: ${short(t.what, 200)} — ${evidenceLink(ctx.cite, t, ctx.names.get(t.article) ?? t.article)}</li>`)}</ol>`;
}

/** The story's independent sources: each one article, or twins (the same text retold) counted once. */
export function sourcesBody(ctx: StoryContext): SafeHtml {
  const byId = new Map(ctx.articles.map((a) => [a.id, a]));
  const line = (id: string) => {
    const a = byId.get(id);
    return html`<a href="${ctx.links.article(id)}">${a?.title ?? id}</a> <span class="muted">— ${ctx.names.get(id) ?? id}${a?.published ? `, ${a.published}` : ''}</span>`;
  };
  return html`<ol class="sources">${ctx.story.sources.map((group) => html`<li>${group.length > 1 ? html`<span class="badge">twins</span> the same text retold, counted as one source:<ul>${group.map((id) => html`<li>${line(id)}</li>`)}</ul>` : line(group[0] ?? '')}</li>`)}</ol>`;
}
