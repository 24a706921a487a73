import { ENTITY_MODEL } from './model.js';
import type { EntityScan } from './state.js';

const CONJUNCTIONS = new Set(['and', 'or']);

/**
 * Step 8: unknown single capitalised words typed as places by their context: a place noun after
 * ("Khost and Paktika provinces", "Zorvan province"), "the stronghold of Kandahar", coordination
 * with a known place ("Kabul and Kandahar"), or a locative preposition ("fighting near Velmar").
 */
export function findPlaces(scan: EntityScan): void {
  const { words, drafts } = scan;
  const singles = new Set(scan.singles);
  const typed = new Set<number>();
  const placeStarts = new Set(drafts.filter((d) => d.type === 'place').map((d) => d.start));
  const placeAt = (i: number) => typed.has(i) || placeStarts.has(words[i]?.start ?? -1);
  const surnames = new Set(drafts.filter((d) => d.type === 'person').map((d) => d.canonical.split(' ').pop()));
  // "Ostrelian border post" when the text never names Ostrel: a demonym used as an adjective, not a place.
  const adjective = (i: number) => ENTITY_MODEL.demonymAdjectiveEndings.some((e) => words[i]?.text.endsWith(e)) && words[i + 1]?.cap === false;
  const candidates = scan.singles.filter((i) => {
    const w = words[i];
    return w && !w.upper && !ENTITY_MODEL.stopwords.has(w.text) && !surnames.has(w.text) && !scan.acronyms.has(w.text) && !adjective(i);
  });
  // Two passes so "Khost and Paktika provinces" types Khost through Paktika.
  for (let pass = 0; pass < 2; pass++) {
    for (const i of candidates) {
      if (typed.has(i)) continue;
      const w = words[i];
      const next = words[i + 1];
      const prev = words[i - 1];
      const nounAfter = next?.spaced === true && ENTITY_MODEL.placeNounsAfter.has(next.text);
      const coordinatedAfter = next && CONJUNCTIONS.has(next.text) && (placeAt(i + 2) || (singles.has(i + 2) && ENTITY_MODEL.placeNounsAfter.has(words[i + 3]?.text ?? '')));
      const coordinatedBefore = prev && CONJUNCTIONS.has(prev.text) && placeAt(i - 2);
      const ofPlace = prev?.text === 'of' && ENTITY_MODEL.placeNounsBeforeOf.has(words[i - 2]?.text ?? '');
      const locative = prev && !w?.sentenceStart && ENTITY_MODEL.locativePrepositions.has(prev.text);
      if (nounAfter || coordinatedAfter || coordinatedBefore || ofPlace || locative) typed.add(i);
    }
  }
  for (const i of typed) {
    const w = words[i];
    if (w) drafts.push({ start: w.start, end: w.end, canonical: w.text, type: 'place', priority: 2 });
  }
}
