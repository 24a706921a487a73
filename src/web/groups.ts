import type { Story } from '../types.js';

/**
 * Colours follow perspective groups, the same in every chart of a story: an article is drawn in
 * the colour of the group it belongs to (`g0`…`g7` in styles.ts, the Okabe–Ito palette, which
 * stays distinct for the common colour-vision deficiencies). Articles in no group are grey (`gx`).
 */
export const GROUP_COLOURS = 8;

export function groupClass(index: number | undefined): string {
  return index === undefined ? 'gx' : `g${index % GROUP_COLOURS}`;
}

/** Article id → index of its perspective group in `story.perspectives`. */
export function groupOf(story: Pick<Story, 'perspectives'>): Map<string, number> {
  const out = new Map<string, number>();
  story.perspectives.forEach((p, i) => p.articleIds.forEach((id) => out.has(id) || out.set(id, i)));
  return out;
}

/** A perspective's label is long ("critical of X; frames: …; stresses …"): its first clause names it. */
export function shortLabel(label: string): string {
  return (label.split(';')[0] ?? label).trim() || label;
}
