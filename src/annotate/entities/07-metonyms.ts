import { ENTITY_MODEL } from './model.js';
import { phraseBefore, type EntityScan } from './state.js';

const ADVERB = /^\p{Ll}+ly$/u;

/** Whether the words after a capital make it the subject of a speech or decision verb:
 * "Kabul said", "Islamabad simply desires", "Islamabad can push". */
function actsAfter(scan: EntityScan, to: number): boolean {
  let i = to;
  const first = scan.words[i];
  if (!first || !first.spaced || scan.words[to - 1]?.possessive) return false;
  if (ADVERB.test(first.text)) i++;
  const verb = scan.words[i]?.text ?? '';
  return ENTITY_MODEL.metonymVerbs.has(verb) || ENTITY_MODEL.metonymAuxiliaries.has(verb);
}

/**
 * Step 7: a capital that speaks or decides stands for its country's government ("according to
 * Kabul", "Islamabad wants"). The mention also stays a place mention of the city.
 */
export function resolveMetonyms(scan: EntityScan): void {
  const { words } = scan;
  for (const k of scan.known) {
    if (k.entry.kind !== 'capital' || !k.entry.country || words[k.from]?.heading) continue;
    const before = ENTITY_MODEL.metonymBefore.some((p) => phraseBefore(words, k.from, p));
    if (!before && !actsAfter(scan, k.to)) continue;
    const start = words[k.from]?.start ?? 0;
    const end = words[k.to - 1]?.end ?? 0;
    scan.drafts.push({ start, end, canonical: k.entry.country, type: 'place', priority: 5, shared: true });
  }
}
