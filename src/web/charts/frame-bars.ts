import type { ReportArticle } from '../../types.js';
import { groupClass } from '../groups.js';
import { html, type SafeHtml } from '../html.js';
import { chartFigure, fit, niceMax } from './figure.js';
import { articleLegend } from './legend.js';

/** Frames shown: each article's 3 strongest (score > 0), the 6 strongest of those overall. */
const FRAMES_PER_ARTICLE = 3;
const MAX_FRAMES = 6;
const W = 600;
const LABEL_W = 200;
const BAR_W = 340;
const ROW = 18;
const HEAD = 24;

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function chosenFrames(articles: readonly ReportArticle[]): string[] {
  const best = new Map<string, number>();
  for (const a of articles) {
    for (const f of [...a.frames].sort((x, y) => y.score - x.score).slice(0, FRAMES_PER_ARTICLE)) {
      if (f.score > 0) best.set(f.frame, Math.max(best.get(f.frame) ?? 0, f.score));
    }
  }
  return [...best].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, MAX_FRAMES).map(([f]) => f);
}

/** Horizontal bars of frame scores: one group per frame, one bar per article in its group's colour. */
export function frameBars(id: string, articles: readonly ReportArticle[], groups: ReadonlyMap<string, number>, names: ReadonlyMap<string, string>): SafeHtml {
  const frames = chosenFrames(articles);
  if (!frames.length || !articles.length) return html``;
  const score = (a: ReportArticle, frame: string) => a.frames.find((f) => f.frame === frame)?.score ?? 0;
  const max = niceMax(Math.max(...frames.flatMap((f) => articles.map((a) => score(a, f)))));
  let y = 0;
  const marks: SafeHtml[] = [];
  for (const frame of frames) {
    marks.push(html`<text class="chart-head" x="0" y="${y + 17}">${frame}</text>`);
    y += HEAD;
    for (const a of articles) {
      const s = score(a, frame);
      const name = names.get(a.id) ?? a.id;
      const w = Math.max(s > 0 ? 1 : 0, (s / max) * BAR_W);
      marks.push(html`<g><title>${`${name} — ${frame}: ${pct(s)}`}</title><text class="chart-label" x="${LABEL_W - 8}" y="${y + 13}" text-anchor="end">${fit(name, 28)}</text><rect class="bar ${groupClass(groups.get(a.id))}" x="${LABEL_W}" y="${y + 3}" width="${w.toFixed(1)}" height="${ROW - 6}"></rect><text class="chart-value" x="${(LABEL_W + w + 6).toFixed(1)}" y="${y + 13}">${pct(s)}</text></g>`);
      y += ROW;
    }
  }
  marks.push(html`<line class="axis" x1="${LABEL_W}" x2="${LABEL_W}" y1="0" y2="${y}"></line><text class="chart-value" x="${LABEL_W + BAR_W}" y="${y + 14}" text-anchor="end">scale 0–${pct(max)}</text>`);
  const top = frames[0] ?? '';
  return chartFigure({
    id,
    title: 'Frames per outlet',
    desc: `How strongly each article uses its main frames (0–100%). ${frames.length} frames across ${articles.length} articles; the strongest is ${top}.`,
    width: W,
    height: y + 22,
    marks: html`${marks}`,
    legend: articleLegend(articles.map((a) => a.id), groups, names),
    table: { caption: 'Frame scores per article (0–100%)', columns: ['frame', ...articles.map((a) => names.get(a.id) ?? a.id)], rows: frames.map((f) => [f, ...articles.map((a) => pct(score(a, f)))]) },
  });
}
