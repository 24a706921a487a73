import type { Story } from '../../types.js';
import { groupClass, shortLabel } from '../groups.js';
import { html, type SafeHtml } from '../html.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 articles: sympathetic to X; 1 article: critical of Y" — the bar in words. */
export function perspectiveSummary(story: Pick<Story, 'perspectives'>): string {
  return story.perspectives.map((p) => `${plural(p.articleIds.length, 'article')}: ${shortLabel(p.label)}`).join('; ');
}

/**
 * The compact stacked bar of a story's perspective groups: one segment per group, as wide as its
 * share of the story's articles, in the group's colour. Its text is the
 * aria-label; the story page lists the groups in full beside it.
 */
export function perspectiveBar(story: Pick<Story, 'id' | 'perspectives'>): SafeHtml {
  const total = story.perspectives.reduce((n, p) => n + p.articleIds.length, 0);
  if (!total) return html``;
  const gap = story.perspectives.length > 1 ? 0.6 : 0;
  let x = 0;
  const segments = story.perspectives.map((p, i) => {
    const width = (p.articleIds.length / total) * 100;
    const rect = html`<rect class="bar ${groupClass(i)}" x="${(x + (i ? gap / 2 : 0)).toFixed(2)}" y="0" width="${Math.max(0.5, width - gap).toFixed(2)}" height="10"><title>${plural(p.articleIds.length, 'article')}: ${shortLabel(p.label)}</title></rect>`;
    x += width;
    return rect;
  });
  const summary = perspectiveSummary(story);
  return html`<span class="perspective-bar"><svg viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label="${`Perspectives: ${summary}`}" xmlns="http://www.w3.org/2000/svg"><title>Perspectives</title><desc>${summary}</desc>${segments}</svg></span>`;
}
