import type { ReportArticle } from '../types.js';
import { mdEscape } from './markdown.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const signed = (x: number) => `${x > 0 ? '+' : ''}${x.toFixed(2)}`;

/** The article's top frames, strongest first ("security-defense 42%"). */
export function topFrames(a: ReportArticle, n = 3): string {
  return [...a.frames].sort((x, y) => y.score - x.score).slice(0, n).filter((f) => f.score > 0).map((f) => `${f.frame} ${pct(f.score)}`).join(', ');
}

/** The actors the article treats most warmly and most coldly. */
export function stanceSummary(a: ReportArticle): string {
  const sorted = [...a.stance].filter((s) => Math.abs(s.score) >= 0.05).sort((x, y) => y.score - x.score);
  const warm = sorted.filter((s) => s.score > 0).slice(0, 2).map((s) => `${mdEscape(s.actor)} ${signed(s.score)}`);
  const cold = sorted.filter((s) => s.score < 0).slice(-2).reverse().map((s) => `${mdEscape(s.actor)} ${signed(s.score)}`);
  return [...warm, ...cold].join(', ');
}

/** The article's most loaded phrases, each once. */
export function loadedPhrases(a: ReportArticle, n = 5): string[] {
  const phrases = new Map<string, number>();
  for (const s of a.sentences) for (const span of s.loadedSpans) phrases.set(span.text.toLowerCase(), Math.max(phrases.get(span.text.toLowerCase()) ?? 0, s.loaded));
  return [...phrases].sort((x, y) => y[1] - x[1]).slice(0, n).map(([p]) => p);
}

/** One article's profile as Markdown lines: genre, frames, sympathies, loaded wording — with evidence. */
export function renderProfileMarkdown(a: ReportArticle): string[] {
  if (a.genre === 'other' && !a.frames.length && !a.stance.length) return [];
  const out = [`Profile: **${a.genre}**${topFrames(a) ? ` · frames: ${topFrames(a)}` : ''}${stanceSummary(a) ? ` · sympathy: ${stanceSummary(a)}` : ''}`, ''];
  const loaded = loadedPhrases(a);
  if (loaded.length) out.push(`Loaded wording: ${loaded.map((p) => `“${mdEscape(p)}”`).join(', ')}`, '');
  const opinionated = [...a.sentences].sort((x, y) => y.opinion - x.opinion)[0];
  if (opinionated && opinionated.opinion >= 0.5) out.push(`Most opinionated sentence (${pct(opinionated.opinion)}): “${mdEscape(opinionated.text.slice(0, 200))}”`, '');
  return out;
}
