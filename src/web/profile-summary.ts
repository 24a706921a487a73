import type { ActorStance, FrameScore, ReportArticle } from '../types.js';

/** |score| below this is neutral (the Markdown profile's threshold). */
export const NEUTRAL_STANCE = 0.05;

export const pct = (x: number) => `${Math.round(x * 100)}%`;
/** "+0.26", "−0.48", "0.00" (a true minus sign; no sign on what rounds to zero). */
export const signed = (x: number) => (Math.abs(x) < 0.005 ? '0.00' : `${x > 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`);

/** The article's strongest frames with a score above zero, strongest first. */
export function strongestFrames(a: Pick<ReportArticle, 'frames'>, n = 3): FrameScore[] {
  return [...a.frames].filter((f) => f.score > 0).sort((x, y) => y.score - x.score).slice(0, n);
}

/** The actors the article treats most warmly (up to n) and most coldly (up to n), warmest first. */
export function sympathies(a: Pick<ReportArticle, 'stance'>, n = 2): { warm: ActorStance[]; cold: ActorStance[] } {
  const sorted = [...a.stance].filter((s) => Math.abs(s.score) >= NEUTRAL_STANCE).sort((x, y) => y.score - x.score);
  return { warm: sorted.filter((s) => s.score > 0).slice(0, n), cold: sorted.filter((s) => s.score < 0).slice(-n).reverse() };
}

/** "security-defense 42%, political 7%" — as the Markdown report writes it. */
export function framesText(a: Pick<ReportArticle, 'frames'>, n = 3): string {
  return strongestFrames(a, n).map((f) => `${f.frame} ${pct(f.score)}`).join(', ');
}

/** "Kessel Dam +0.26, Transitional Council −0.48" — as the Markdown report writes it. */
export function sympathyText(a: Pick<ReportArticle, 'stance'>): string {
  const { warm, cold } = sympathies(a);
  return [...warm, ...cold].map((s) => `${s.actor} ${signed(s.score)}`).join(', ');
}
