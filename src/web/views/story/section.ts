import { html, type SafeHtml } from '../../html.js';
import type { StoryContext } from './context.js';

/** A titled section of a story page, with an id (prefixed by the story id) for the table of contents. */
export function section(ctx: StoryContext, key: string, title: string, body: SafeHtml, intro?: string): SafeHtml {
  const id = `${ctx.idPrefix}-${key}`;
  const heading = ctx.level === 2 ? html`<h2 id="${id}">${title}</h2>` : html`<h3 id="${id}">${title}</h3>`;
  return html`<section aria-labelledby="${id}">${heading}${intro ? html`<p class="meta">${intro}</p>` : ''}${body}</section>`;
}
