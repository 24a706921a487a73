import { html, type SafeHtml } from '../../html.js';
import type { StoryContext } from './context.js';

/** The neutral brief: each sentence followed by numbered links to the sentences it rests on. */
export function briefBody(ctx: StoryContext): SafeHtml {
  const { brief } = ctx.story;
  if (!brief.sentences.length) return html`<p class="muted">No brief: the articles share no sentence to build one on.</p>`;
  const method = brief.method === 'llm' ? 'Written by a language model and checked against the sources it cites.' : 'Extractive: sentences and figures taken from the articles.';
  return html`<p class="brief">${brief.sentences.map((s, i) => html`${i ? ' ' : ''}${s.text}${ctx.citer.cite(s.cites)}`)}</p><p class="meta">${method} Every number links to the sentence it rests on.</p>`;
}
