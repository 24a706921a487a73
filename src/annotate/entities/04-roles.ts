import { ENTITY_MODEL } from './model.js';
import { dominantCountry, isCountry, matchTitle, type EntityScan, type NameCandidate } from './state.js';

const APPOSITION = /^,\s+((?:a|an|the)\s+[^,.;:"“”()\n]{1,60}?)(?=[,.;:])/;
const MAX_ROLE_WORDS = 6;

/** "Afghan government spokesman Zabihullah Mujahid": a lowercase role head right before the name,
 * with its modifiers and the country or office in front of them. */
function roleBefore(scan: EntityScan, name: NameCandidate): [number, number] | null {
  const { words } = scan;
  const head = words[name.from - 1];
  if (!head || head.cap || !words[name.from]?.spaced || !ENTITY_MODEL.roleHeads.has(head.text)) return null;
  let k = name.from - 1;
  while (name.from - k < MAX_ROLE_WORDS) {
    const here = words[k];
    const w = words[k - 1];
    if (!w || !here?.spaced || here.sentenceStart) break;
    // "Pakistan's foreign ministry spokesperson": a possessor ends the phrase.
    if (w.possessive) {
      if (w.cap) k--;
      break;
    }
    const modifier = !w.cap && ENTITY_MODEL.roleModifiers.has(w.text.toLowerCase());
    const capitalised = w.cap && !ENTITY_MODEL.stopwords.has(w.text);
    if (!modifier && !capitalised) break;
    k--;
  }
  return [words[k]?.start ?? 0, head.end];
}

/** The country or organisation a role phrase names: "UN …" → United Nations, "Afghan …" → Afghanistan. */
function affiliationIn(scan: EntityScan, span: [number, number]): string | null {
  for (const d of scan.drafts) {
    if (d.start < span[0] || d.end > span[1]) continue;
    // "Sweden-based": a place inside a hyphenated word describes, it does not affiliate.
    if (/[-‐‑]/.test(scan.text[d.end] ?? '') || /[-‐‑]/.test(scan.text[d.start - 1] ?? '')) continue;
    if (d.type === 'place' && !isCountry(scan, d.canonical)) continue;
    return d.canonical;
  }
  const phrase = scan.text.slice(span[0], span[1]);
  if (ENTITY_MODEL.namedOrgans.some((o) => phrase.includes(o.join(' ')))) return dominantCountry(scan);
  return null;
}

/** "Pakistan's Defense Minister declared …": titles the text ties to a country by a possessive. */
function collectTitleCountries(scan: EntityScan): void {
  for (const k of scan.known) {
    const last = scan.words[k.to - 1];
    if (!last?.possessive || !k.entry.country || k.entry.type !== 'place') continue;
    const to = matchTitle(scan.words, k.to, k.to + 4);
    if (to !== null) scan.titleCountries.set(scan.text.slice(scan.words[k.to]?.start ?? 0, scan.words[to - 1]?.end ?? 0), k.entry.country);
  }
}

/**
 * Step 4: roles and affiliations of person-like names: a title already peeled in step 1
 * ("UN Secretary-General"), a lowercase role phrase in front ("Foreign Office spokesperson"),
 * or an apposition after (", a Sweden-based analyst,").
 */
export function findRoles(scan: EntityScan): void {
  collectTitleCountries(scan);
  for (const name of scan.names) {
    if (name.type !== 'person' && name.type !== 'person?') continue;
    if (name.role === null) {
      const before = roleBefore(scan, name);
      if (before) {
        name.role = scan.text.slice(before[0], before[1]);
        name.roleSpan = before;
      }
    }
    if (name.role === null) {
      const end = scan.words[name.to - 1]?.end ?? 0;
      const phrase = APPOSITION.exec(scan.text.slice(end, end + 80))?.[1];
      const head = phrase?.split(/\s+/).pop() ?? '';
      if (phrase && ENTITY_MODEL.roleHeads.has(head)) {
        name.role = phrase;
        name.roleSpan = [end + 2, end + 2 + phrase.length];
      }
    }
    if (name.roleSpan && name.affiliation === null) name.affiliation = affiliationIn(scan, name.roleSpan);
    if (name.role !== null && name.affiliation === null) name.affiliation = scan.titleCountries.get(name.role) ?? null;
    if (name.role !== null && name.type === 'person?') name.type = 'person';
  }
}
