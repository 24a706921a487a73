import { ENTITY_MODEL, type KnownName } from './model.js';
import { knownNamesOf, phraseAt, type EntityScan } from './state.js';

/** One capitalised word that could name a country: "Ostrel", not "FKF", "McAllister" or "Seventeen". */
const NAME_SHAPE = /^\p{Lu}\p{Ll}{2,}$/u;

/** Words whose capital says what they are, not that they are a name ("Council", "Minister"). */
const typeWord = (t: string) =>
  ENTITY_MODEL.organizationWords.has(t) ||
  ENTITY_MODEL.groupWords.has(t) ||
  ENTITY_MODEL.placeWords.has(t) ||
  ENTITY_MODEL.otherWords.has(t) ||
  ENTITY_MODEL.countryHeadsBeforeOf.has(t) ||
  ENTITY_MODEL.titlesByFirst.has(t) ||
  ENTITY_MODEL.titleLastWords.has(t);

/** Whether word `i` may be a name the gazetteer lacks: capitalised, in the body, not a stopword,
 * number, type word, or a word the article also writes in lowercase ("Officials" / "officials"). */
function nameLike(scan: EntityScan, i: number): boolean {
  const w = scan.words[i];
  if (!w || w.heading || !NAME_SHAPE.test(w.text) || ENTITY_MODEL.stopwords.has(w.text) || typeWord(w.text)) return false;
  return !scan.lowercaseVocabulary.has(w.text.toLowerCase()) && knownNamesOf(w.text) === undefined;
}

/** Whether a capitalised word right before word `i` would join it into one name ("Halvard Renn"). */
function joinedBefore(scan: EntityScan, i: number): boolean {
  const prev = scan.words[i - 1];
  const w = scan.words[i];
  if (!prev?.cap || !w?.spaced || prev.possessive || prev.heading !== w.heading) return false;
  // "In Korvan", "Overnight Varnia": a stopword or a sentence opener the article writes in lowercase is peeled.
  return !ENTITY_MODEL.stopwords.has(prev.text) && !(prev.sentenceStart && scan.lowercaseVocabulary.has(prev.text.toLowerCase()));
}

const joinedAfter = (scan: EntityScan, i: number) => {
  const next = scan.words[i + 1];
  return next?.cap === true && next.spaced && !scan.words[i]?.possessive && next.heading === scan.words[i]?.heading;
};

/** Whether word `i` stands alone, not inside a longer capitalised name ("Ostrel says", not "Ostrel Border Guard"). */
const standsAlone = (scan: EntityScan, i: number) => !joinedBefore(scan, i) && !joinedAfter(scan, i);

/** First word of the capitalised name that word `i` ends, at most four words back; -1 past that. */
function nameStart(scan: EntityScan, i: number): number {
  let k = i;
  while (k > i - 4 && joinedBefore(scan, k)) k--;
  return joinedBefore(scan, k) ? -1 : k;
}

/** The gap between words `i` and `i + 1` is exactly `gap` (", " in "Palleck, the …"). */
const gapAfter = (scan: EntityScan, i: number, gap: string) => {
  const a = scan.words[i];
  const b = scan.words[i + 1];
  return a !== undefined && b !== undefined && !a.possessive && scan.text.slice(a.end, b.start) === gap;
};

function learn(scan: EntityScan, surface: string, entry: Omit<KnownName, 'words'>): void {
  const words = surface.split(' ');
  const first = words[0] ?? '';
  const list = scan.learned.get(first) ?? [];
  if (list.some((e) => e.words.length === words.length && e.words.every((w, k) => w === words[k]))) return;
  list.push({ ...entry, words });
  list.sort((a, b) => b.words.length - a.words.length);
  scan.learned.set(first, list);
}

function learnCountry(scan: EntityScan, name: string): void {
  if (scan.learnedCountries.has(name)) return;
  scan.learnedCountries.add(name);
  learn(scan, name, { canonical: name, type: 'place', kind: 'name', country: name, requiresBefore: null });
}

/** The countries a demonym may come from: "Ostrelians" → Ostrel, Ostreli, …; the text picks the one it names. */
function demonymBases(demonym: string): string[] {
  const forms = demonym.endsWith('s') ? [demonym, demonym.slice(0, -1)] : [demonym];
  const bases: string[] = [];
  for (const form of forms) {
    for (const [ending, replacement] of ENTITY_MODEL.demonymRules) {
      if (form.endsWith(ending) && form.length - ending.length >= 3) bases.push(form.slice(0, form.length - ending.length) + replacement);
    }
  }
  return bases;
}

/** The country a word names: a country (gazetteer or learned) or its demonym ("Ostrelian" once learned). */
function countryNamedBy(scan: EntityScan, word: string): string | null {
  for (const e of knownNamesOf(word, scan.learned) ?? []) {
    if (e.words.length === 1 && e.type === 'place' && e.kind !== 'capital' && e.country && e.country === (e.kind === 'demonym' ? e.country : e.canonical)) {
      if (ENTITY_MODEL.countries.has(e.country) || scan.learnedCountries.has(e.country)) return e.country;
    }
  }
  return null;
}

/** "Palleck, the Ostrelian capital" / "Palleck, Ostrel's capital" / "Palleck, the capital of Ostrel" /
 * "the Ostrelian capital, Palleck" / "Ostrel's capital Palleck": the country the apposition names. */
function capitalApposition(scan: EntityScan, i: number, isCandidate: (name: string) => boolean): string | null {
  const { words } = scan;
  const at = (k: number) => words[k]?.text ?? '';
  const isCapital = (k: number) => ENTITY_MODEL.capitalNouns.has(at(k));
  // "the capital of Tovar": only a state has a capital, so the apposition itself makes Tovar one.
  const namedCountry = (k: number) => {
    if (isCandidate(at(k)) && standsAlone(scan, k)) learnCountry(scan, at(k));
    return countryNamedBy(scan, at(k));
  };
  if (gapAfter(scan, i, ', ')) {
    const theOffset = at(i + 1) === 'the' ? 1 : 0;
    if (theOffset === 1 && isCapital(i + 3)) return countryNamedBy(scan, at(i + 2));
    if (words[i + 1]?.possessive && isCapital(i + 2)) return countryNamedBy(scan, at(i + 1));
    if (isCapital(i + 1 + theOffset) && at(i + 2 + theOffset) === 'of') return namedCountry(i + 3 + theOffset);
  }
  if (isCapital(i - 1) && (gapAfter(scan, i - 1, ', ') || gapAfter(scan, i - 1, ' '))) {
    if (words[i - 2]?.possessive) return countryNamedBy(scan, at(i - 2));
    if (at(i - 3).toLowerCase() === 'the') return countryNamedBy(scan, at(i - 2));
  }
  return null;
}

/**
 * Step 0: names the article defines for itself, which later steps read as if the gazetteer had
 * them. A country the text names beside its demonym ("Ostrel" and "Ostrelian fighters"); the
 * possessor of a state organ ("Varnia's defence ministry"); "the Republic of Ostrel"; and a
 * capital by apposition ("Palleck, the Ostrelian capital"), so that "Palleck says" is Ostrel.
 * A demonym whose country the text never names stays an adjective: no country is invented.
 */
export function learnTextNames(scan: EntityScan): void {
  const { words } = scan;
  // Candidate names: single capitalised words standing alone in the body, and the surnames that
  // end a longer name ("Donald Trump" makes "Trumpian" no demonym).
  const alone = new Set<string>();
  const ending = new Set<string>();
  // Words that open the name of a state body ("Ostrel Border Guard", "Ostrel Transitional Council").
  const opening = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w?.cap) continue;
    if (joinedBefore(scan, i)) {
      if (!joinedAfter(scan, i)) ending.add(w.text);
      if (ENTITY_MODEL.stateOrganWords.has(w.text) && nameStart(scan, i) >= 0) opening.add(words[nameStart(scan, i)]?.text ?? '');
    } else if (nameLike(scan, i) && standsAlone(scan, i)) alone.add(w.text);
  }
  if (alone.size === 0) return;
  const candidate = (name: string) => alone.has(name) && !ending.has(name);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w?.cap || w.text.length < 6 || knownNamesOf(w.text) !== undefined || scan.learned.has(w.text)) continue;
    const base = demonymBases(w.text).find((b) => b !== w.text && candidate(b));
    if (!base) continue;
    learnCountry(scan, base);
    learn(scan, w.text, { canonical: base, type: 'place', kind: 'demonym', country: base, requiresBefore: null });
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || !candidate(w.text) || scan.learnedCountries.has(w.text)) continue;
    // "Varnia's defence ministry", "Varnia's capital": only a state has these.
    const next = words[i + 1];
    const organ = w.possessive && next?.spaced === true && (ENTITY_MODEL.capitalNouns.has(next.text) || ENTITY_MODEL.possessiveOrgans.some((o) => phraseAt(words, i + 1, o)));
    // "the Republic of Ostrel"
    const head = words[i - 2];
    const state = head !== undefined && ENTITY_MODEL.countryHeadsBeforeOf.has(head.text) && words[i - 1]?.text === 'of' && !joinedBefore(scan, i - 2);
    if (organ) learnCountry(scan, w.text);
    if (state && head) {
      learnCountry(scan, w.text);
      learn(scan, `${head.text} of ${w.text}`, { canonical: w.text, type: 'place', kind: 'official', country: w.text, requiresBefore: null });
    }
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || !candidate(w.text) || scan.learned.has(w.text)) continue;
    const country = capitalApposition(scan, i, candidate);
    if (country && country !== w.text) learn(scan, w.text, { canonical: w.text, type: 'place', kind: 'capital', country, requiresBefore: null });
  }
  // "Ostrel had no wish …" beside "the Ostrel Border Guard": a name that also opens the name of a
  // state body is the place that body belongs to (not a country: "Dunmoor Town Council" too).
  // A demonym-shaped opener ("Republican Party") is a description, not a place.
  for (const name of opening) {
    if (candidate(name) && !scan.learned.has(name) && !ENTITY_MODEL.demonymAdjectiveEndings.some((e) => name.endsWith(e))) learn(scan, name, { canonical: name, type: 'place', kind: 'name', country: null, requiresBefore: null });
  }
}
