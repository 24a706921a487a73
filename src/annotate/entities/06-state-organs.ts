import { ENTITY_MODEL } from './model.js';
import { dominantCountry, governmentOf, isCountry, phraseAt, phraseBefore, type EntityScan } from './state.js';

const INTERIM = ['interim', 'de facto', 'caretaker'].map((p) => p.split(' '));

/** Country named by a gazetteer hit, when it names one (a country, its demonym or its capital). */
const countryOf = (scan: EntityScan, k: EntityScan['known'][number]) => (k.entry.type === 'place' && k.entry.country && isCountry(scan, k.entry.country) ? k.entry.country : null);

function push(scan: EntityScan, from: number, to: number, actor: { canonical: string; type: 'place' | 'group' | 'organization' | 'person' | 'other' }): void {
  const start = scan.words[from]?.start ?? 0;
  const end = scan.words[to - 1]?.end ?? 0;
  scan.drafts.push({ start, end, canonical: actor.canonical, type: actor.type, priority: 4 });
}

/** Length of the words matching one of `phrases` at word `i`, or 0. */
function lengthAt(scan: EntityScan, i: number, phrases: readonly (readonly string[])[]): number {
  return phrases.find((p) => phraseAt(scan.words, i, p))?.length ?? 0;
}

/**
 * Step 6: organs of a state resolve to the state as actor, and a state's government to whoever
 * governs it. "Pakistan's military", "Pakistani government" → Pakistan; "the interim Afghan
 * government", "Afghanistan's government", "the regime in Kabul" → the governing group when the
 * gazetteer names one; "Taliban regime", "Afghan Taliban" → the group; "Foreign Office" → the
 * country it is "in", the possessor's, or the article's main country.
 */
export function resolveStateOrgans(scan: EntityScan): void {
  const { words } = scan;
  const demonymEndingAt = new Map(scan.known.filter((k) => k.entry.kind === 'demonym').map((k) => [k.to, k]));
  for (const k of scan.known) {
    const country = countryOf(scan, k);
    const last = words[k.to - 1];
    if (country && last?.possessive) {
      // "Ostrel's interim government": the interim words belong to the organ.
      const interim = lengthAt(scan, k.to, INTERIM);
      const organ = ENTITY_MODEL.possessiveOrgans.find((o) => phraseAt(words, k.to + interim, o));
      const government = organ !== undefined && ENTITY_MODEL.governmentNouns.has(organ[0] ?? '');
      if (organ && (interim === 0 || government)) push(scan, k.from, k.to + interim + organ.length, government ? governmentOf(country) : { canonical: country, type: 'place' });
      continue;
    }
    if (country && k.entry.kind !== 'capital') {
      const interimAfter = lengthAt(scan, k.to, INTERIM);
      const noun = words[k.to + interimAfter]?.text ?? '';
      if (ENTITY_MODEL.governmentNouns.has(noun) && words[k.to + interimAfter]?.spaced) {
        const interimBefore = INTERIM.find((p) => phraseBefore(words, k.from, p))?.length ?? 0;
        push(scan, k.from - interimBefore, k.to + interimAfter + 1, governmentOf(country));
      }
    }
    if (country && k.entry.kind === 'capital' && (phraseBefore(words, k.from, ['regime', 'in']) || phraseBefore(words, k.from, ['government', 'in']))) {
      push(scan, k.from - 2, k.to, governmentOf(country));
    }
    if (k.entry.type === 'group') {
      const noun = words[k.to];
      if (noun?.spaced && ENTITY_MODEL.governmentNouns.has(noun.text)) push(scan, k.from, k.to + 1, k.entry);
      // "Afghan Taliban", "Pakistani Taliban" as written: the demonym belongs to the group's name.
      const before = demonymEndingAt.get(k.from);
      if (before && words[k.from]?.spaced) push(scan, before.from, k.to, k.entry);
    }
  }
  for (const name of scan.names) {
    if (name.type !== 'organ') continue;
    const possessor = scan.known.find((k) => k.to === name.from && words[k.to - 1]?.possessive && countryOf(scan, k));
    const inCapital = phraseAt(words, name.to, ['in']) ? scan.known.find((k) => k.from === name.to + 1 && k.entry.kind === 'capital') : undefined;
    const country = (possessor && countryOf(scan, possessor)) ?? inCapital?.entry.country ?? dominantCountry(scan);
    const from = possessor ? possessor.from : name.from;
    if (country) push(scan, from, name.to, { canonical: country, type: 'place' });
    else push(scan, name.from, name.to, { canonical: words.slice(name.from, name.to).map((w) => w.text).join(' '), type: 'organization' });
  }
}
