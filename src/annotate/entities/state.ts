import type { EntityType } from '../../types.js';
import { ENTITY_MODEL, type KnownName } from './model.js';
import type { Word } from './scan-words.js';

/** One mention the steps propose; `assemble` resolves overlaps and groups drafts into entities. */
export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly canonical: string;
  readonly type: EntityType;
  /** Higher wins where drafts overlap; equal priority: the longer span wins. */
  readonly priority: number;
  readonly role?: string | null;
  readonly affiliation?: string | null;
  /** Kept beside a different actor on the same span: a capital is also the government ("Kabul said"). */
  readonly shared?: boolean;
}

/** An unknown capitalised name found in the body, before it is typed (word indices, end exclusive). */
export interface NameCandidate {
  from: number;
  readonly to: number;
  type: EntityType | 'organ' | 'person?' | null;
  /** The title or role phrase the text gives, and the actor it ties the name to. */
  role: string | null;
  affiliation: string | null;
  /** Where the role phrase starts and ends (character offsets), to read affiliation from it. */
  roleSpan: [number, number] | null;
  /** Word index of the first title word in front of the name, if a title was peeled. */
  titleFrom: number | null;
}

/** What every step reads and adds to: the frozen text, its words, and the drafts so far. */
export interface EntityScan {
  readonly text: string;
  readonly words: readonly Word[];
  readonly lowercaseVocabulary: ReadonlySet<string>;
  readonly drafts: Draft[];
  /** Gazetteer names found (word indices, end exclusive), for steps that read context around them. */
  readonly known: { readonly from: number; readonly to: number; readonly entry: KnownName }[];
  readonly names: NameCandidate[];
  /** Word indices of unknown single capitalised words ("Kandahar"), typed later by context. */
  readonly singles: number[];
  /** Acronyms the text defines ("(TTP)") → canonical long name and type. */
  readonly acronyms: Map<string, { canonical: string; type: EntityType }>;
  /** Titles the text ties to a country ("Pakistan's Defense Minister") → country. */
  readonly titleCountries: Map<string, string>;
  /** Names the article itself defines (step 0), read beside the gazetteer: "Ostrel" when it also says
   * "Ostrelian", "Palleck, the Ostrelian capital". Grouped by first word, longest first. */
  readonly learned: Map<string, KnownName[]>;
  /** Countries step 0 learned from the text; with the gazetteer's, they are what `isCountry` knows. */
  readonly learnedCountries: Set<string>;
}

export type EntityStep = (scan: EntityScan) => void;

const NO_NAMES: ReadonlyMap<string, readonly KnownName[]> = new Map();

/** Gazetteer entries for a word, then the ones the article defines ("Ostrel", "Ostrelian"). */
export function knownNamesOf(word: string, learned: ReadonlyMap<string, readonly KnownName[]> = NO_NAMES): readonly KnownName[] | undefined {
  const known = ENTITY_MODEL.gazetteer.get(word);
  const own = learned.size > 0 ? learned.get(word) : undefined;
  // "Republic of Ostrel" beside the gazetteer's "Republic of …": longest first across both.
  return known && own ? [...known, ...own].sort((a, b) => b.words.length - a.words.length) : (known ?? own);
}

/** Whether `name` is a country: in the gazetteer, or learned from the article in step 0. */
export function isCountry(scan: Pick<EntityScan, 'learnedCountries'>, name: string): boolean {
  return ENTITY_MODEL.countries.has(name) || scan.learnedCountries.has(name);
}

/** The longest gazetteer (or learned) name starting at word `i` and ending before `limit`. */
export function matchKnown(
  words: readonly Word[],
  i: number,
  limit: number,
  learned: ReadonlyMap<string, readonly KnownName[]> = NO_NAMES,
): { entry: KnownName; to: number } | null {
  const first = words[i];
  const candidates = first ? knownNamesOf(first.text, learned) : undefined;
  if (!candidates) return null;
  for (const entry of candidates) {
    const to = i + entry.words.length;
    if (to > limit) continue;
    let ok = true;
    for (let k = 1; k < entry.words.length && ok; k++) ok = words[i + k]?.text === entry.words[k] && words[i + k]?.spaced === true;
    if (!ok) continue;
    if (entry.requiresBefore && !entry.requiresBefore.includes(words[i - 1]?.text ?? '')) continue;
    return { entry, to };
  }
  return null;
}

/** The longest title ("Defense Minister", "Gen.") starting at word `i` and ending before `limit`. */
export function matchTitle(words: readonly Word[], i: number, limit: number): number | null {
  for (const title of ENTITY_MODEL.titlesByFirst.get(words[i]?.text ?? '') ?? []) {
    const to = i + title.length;
    if (to > limit) continue;
    let ok = true;
    for (let k = 0; k < title.length && ok; k++) ok = words[i + k]?.text === title[k];
    if (ok) return to;
  }
  return null;
}

/** Whether the lowercase phrase ends right before word `i` ("according to" before "Kabul"). */
export function phraseBefore(words: readonly Word[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const w = words[i - phrase.length + k];
    if (!w || w.text.toLowerCase() !== phrase[k]) return false;
  }
  return true;
}

/** Whether the lowercase phrase starts at word `i` ("armed forces" after "Pakistan's"). */
export function phraseAt(words: readonly Word[], i: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const w = words[i + k];
    if (!w || w.text.toLowerCase() !== phrase[k] || (k > 0 && !w.spaced)) return false;
  }
  return true;
}

/** A state's governing group when the gazetteer names one ("Afghanistan" → "Taliban"), else the state. */
export function governmentOf(country: string): { canonical: string; type: EntityType } {
  const by = ENTITY_MODEL.countries.get(country)?.governedBy;
  return by ? { canonical: by, type: 'group' } : { canonical: country, type: 'place' };
}

/** The country the article talks about most: the state behind an unnamed "Foreign Office". */
export function dominantCountry(scan: EntityScan): string | null {
  const counts = new Map<string, number>();
  for (const d of scan.drafts) if (isCountry(scan, d.canonical)) counts.set(d.canonical, (counts.get(d.canonical) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [country, n] of counts) if (n > most) [best, most] = [country, n];
  return best;
}
