import { join } from 'node:path';
import { analyze } from '../analyze.js';
import { findFrames } from '../profile/frames/find-frames.js';
import { findStance } from '../profile/stance/find-stance.js';
import type { ReportArticle } from '../types.js';
import type { EvalRow } from './types.js';

/** One ordering of `relations` in `gold/seeds.json`: a measure per article, and the order it must keep. */
export interface SeedRelation {
  readonly name: string;
  readonly measure: (article: ReportArticle) => number;
  /** Chains of article ids, each strictly decreasing in the measure ("000 > 002 > 001"). */
  readonly chains: readonly (readonly string[])[];
}

const frameSum = (ids: readonly string[]) => (a: ReportArticle) => findFrames(a).filter((f) => ids.includes(f.frame)).reduce((s, f) => s + f.score, 0);
const stanceOf = (id: string) => (a: ReportArticle) => findStance(a).find((s) => s.actorId === id)?.score ?? 0;
/**
 * Support for one side's position in a two-sided conflict: the sympathy toward it less the mean
 * sympathy toward the other side's actors the article names. Sympathy alone mixes in how a text
 * treats everyone (an analysis that reports both sides' strikes is cool toward all of them); the
 * difference is what a position is about.
 */
const supportOver = (side: string, opponents: readonly string[]) => (a: ReportArticle) => {
  const stance = findStance(a);
  const score = (id: string) => stance.find((s) => s.actorId === id)?.score;
  const other = opponents.map(score).filter((x): x is number => x !== undefined);
  return (score(side) ?? 0) - (other.length ? other.reduce((x, y) => x + y, 0) / other.length : 0);
};

/**
 * The frame and stance orderings of the seed relations. Measures are general (sums of frame scores,
 * stance toward an actor id); nothing here knows the seeds' words.
 */
export const SEED_RELATIONS: readonly SeedRelation[] = [
  { name: 'humanitarian / health-and-safety / quality-of-life emphasis: 000 > 002 > 001', measure: frameSum(['humanitarian', 'health-safety', 'quality-of-life']), chains: [['000', '002', '001']] },
  { name: 'security-and-defense emphasis: 001 > 000, and 004 > 003', measure: frameSum(['security-defense']), chains: [['001', '000'], ['004', '003']] },
  { name: 'sympathy toward Afghan civilians: 000 > 001', measure: stanceOf('civilians'), chains: [['000', '001']] },
  { name: "support for Pakistan's position: 001 > 002 > 000", measure: supportOver('pakistan', ['afghanistan', 'taliban']), chains: [['001', '002', '000']] },
  { name: 'criticism of the Taliban: 001 > 000', measure: (a) => -stanceOf('taliban')(a), chains: [['001', '000']] },
];

/** Whether each seed relation holds on the product's reports of the seeds (1 holds, 0 not), with the measured values. */
export async function evalSeedRelations(root: string): Promise<EvalRow[]> {
  const report = await analyze([join(root, 'corpus', 'seeds')]);
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  return SEED_RELATIONS.map((r) => {
    const value = (id: string) => {
      const a = byId.get(id);
      return a ? r.measure(a) : Number.NaN;
    };
    const holds = r.chains.every((chain) => chain.every((id, i) => i === 0 || value(chain[i - 1]!) > value(id)));
    const note = [...new Set(r.chains.flat())].map((id) => `${id}:${value(id).toFixed(3)}`).join(' ');
    return { set: 'seeds', metric: `relation: ${r.name}`, value: holds ? 1 : 0, target: 1, note };
  });
}
