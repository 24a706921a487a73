import type { FrameScore } from '../types-frames.js';

/**
 * Narrative frames of Frermann et al. (2023) — resolution, human interest, conflict, moral,
 * economic — as sums of policy-frame scores. A hand-made mapping (the two frame sets differ):
 * conflict is the frames of contest (political, public opinion, legality, security), resolution
 * the frames that propose a way out (policy prescription, diplomacy).
 */
export const NARRATIVE_MAP: Readonly<Record<string, readonly string[]>> = {
  RE: ['policy-prescription', 'diplomacy-negotiation'],
  HI: ['humanitarian', 'quality-of-life', 'health-safety'],
  CO: ['political', 'public-opinion', 'legality', 'security-defense', 'crime-punishment'],
  MO: ['morality'],
  EC: ['economic', 'capacity-resources'],
};

/** The narrative-frame strengths of an article from its policy-frame scores (not thresholded). */
export function narrativeFrames(frames: readonly FrameScore[]): Record<string, number> {
  const by = new Map(frames.map((f) => [f.frame, f.score]));
  return Object.fromEntries(Object.entries(NARRATIVE_MAP).map(([k, ids]) => [k, ids.reduce((a, id) => a + (by.get(id) ?? 0), 0)]));
}
