import type { ActorStance, ReportArticle } from '../../types.js';
import { groupClass } from '../groups.js';
import { html, type SafeHtml } from '../html.js';
import { NEUTRAL_STANCE as NEUTRAL, signed } from '../profile-summary.js';
import { chartFigure, fit, niceMax } from './figure.js';
import { articleLegend } from './legend.js';

const MAX_ACTORS = 6;
const W = 600;
const LABEL_W = 200;
const HALF = 150;
/** Room for the value written beside the longest bar on either side. */
const VALUE_W = 46;
const MID = LABEL_W + VALUE_W + HALF;
const ROW = 18;
const HEAD = 24;

const key = (s: ActorStance) => s.actorId || s.actor;

/**
 * The actors worth comparing: those several articles take a side on (|score| ≥ 0.05), most
 * articles first, then the widest disagreement; when no actor is shared, the strongest stances.
 */
export function chosenActors(articles: readonly ReportArticle[]): { id: string; name: string }[] {
  const seen = new Map<string, { name: string; scores: number[] }>();
  for (const a of articles) {
    for (const s of a.stance) {
      if (Math.abs(s.score) < NEUTRAL) continue;
      const entry = seen.get(key(s)) ?? { name: s.actor, scores: [] };
      entry.scores.push(s.score);
      seen.set(key(s), entry);
    }
  }
  const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs) + Math.max(...xs.map(Math.abs));
  return [...seen]
    .sort(([, x], [, y]) => y.scores.length - x.scores.length || spread(y.scores) - spread(x.scores) || x.name.localeCompare(y.name))
    .slice(0, MAX_ACTORS)
    .map(([id, v]) => ({ id, name: v.name }));
}

/** A diverging bar chart of sympathy (−1 hostile … +1 sympathetic) per actor, one bar per article. */
export function sympathyBars(id: string, articles: readonly ReportArticle[], groups: ReadonlyMap<string, number>, names: ReadonlyMap<string, string>): SafeHtml {
  const actors = chosenActors(articles);
  if (!actors.length || !articles.length) return html``;
  const stanceOf = (a: ReportArticle, actor: string) => a.stance.find((s) => key(s) === actor);
  const max = niceMax(Math.max(...actors.flatMap((x) => articles.map((a) => Math.abs(stanceOf(a, x.id)?.score ?? 0)))));
  let y = 0;
  const marks: SafeHtml[] = [];
  for (const actor of actors) {
    marks.push(html`<text class="chart-head" x="0" y="${y + 17}">${fit(actor.name, 60)}</text>`);
    y += HEAD;
    for (const a of articles) {
      const name = names.get(a.id) ?? a.id;
      const s = stanceOf(a, actor.id)?.score;
      const label = html`<text class="chart-label" x="${LABEL_W - 8}" y="${y + 13}" text-anchor="end">${fit(name, 28)}</text>`;
      if (s === undefined) {
        marks.push(html`<g><title>${`${name} does not take a side on ${actor.name}`}</title>${label}<text class="chart-value muted" x="${MID + 6}" y="${y + 13}">not mentioned</text></g>`);
      } else {
        const w = Math.max(1, (Math.abs(s) / max) * HALF);
        const x = s < 0 ? MID - w : MID;
        const tx = s < 0 ? x - 4 : x + w + 4;
        marks.push(html`<g><title>${`${name} — ${actor.name}: ${signed(s)}`}</title>${label}<rect class="bar ${groupClass(groups.get(a.id))}" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}"></rect><text class="chart-value" x="${tx.toFixed(1)}" y="${y + 13}" text-anchor="${s < 0 ? 'end' : 'start'}">${signed(s)}</text></g>`);
      }
      y += ROW;
    }
  }
  marks.push(html`<line class="axis" x1="${MID}" x2="${MID}" y1="0" y2="${y}"></line><text class="chart-value" x="${MID - HALF}" y="${y + 14}">← hostile ${signed(-max)}</text><text class="chart-value" x="${MID + HALF}" y="${y + 14}" text-anchor="end">${signed(max)} sympathetic →</text>`);
  return chartFigure({
    id,
    title: 'Sympathies per outlet',
    desc: `How each article treats ${actors.map((x) => x.name).join(', ')}: bars left of the centre line are hostile, right sympathetic, on a scale of −${max} to +${max} (the full range is −1 to +1).`,
    width: W,
    height: y + 22,
    marks: html`${marks}`,
    legend: articleLegend(articles.map((a) => a.id), groups, names),
    table: { caption: 'Sympathy per actor and article (−1 hostile … +1 sympathetic; blank: not mentioned)', columns: ['actor', ...articles.map((a) => names.get(a.id) ?? a.id)], rows: actors.map((x) => [x.name, ...articles.map((a) => { const s = stanceOf(a, x.id)?.score; return s === undefined ? '' : signed(s); })]) },
  });
}
