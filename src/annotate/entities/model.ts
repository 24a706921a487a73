import { createRequire } from 'node:module';
import type { EntityType } from '../../types.js';

const require = createRequire(import.meta.url);
const load = (name: string) => require(`../../../model/entities/${name}.json`) as Record<string, unknown>;

/** What a known name in the gazetteer stands for. */
export interface KnownName {
  /** Canonical name of the actor or place the words refer to. */
  readonly canonical: string;
  readonly type: EntityType;
  /** `demonym` ("Afghan"), `capital` ("Kabul"), `official` ("Islamic Emirate of Afghanistan"), or `name`. */
  readonly kind: 'name' | 'demonym' | 'capital' | 'official';
  /** For capitals, demonyms and places: the country they belong to. */
  readonly country: string | null;
  /** The words, as a case-sensitive token sequence. */
  readonly words: readonly string[];
  /** The name counts only right after one of these lowercase words ("posted on X"). */
  readonly requiresBefore: readonly string[] | null;
}

const split = (s: string) => (s ? s.split('|').filter(Boolean) : []);
/** Names are matched token by token; a name's tokens are its space-separated words. */
const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);

function buildGazetteer(): { byFirst: Map<string, KnownName[]>; countries: Map<string, { capital: string; governedBy: string | null }> } {
  const byFirst = new Map<string, KnownName[]>();
  const add = (surface: string, entry: Omit<KnownName, 'words'>) => {
    const words = wordsOf(surface);
    const first = words[0];
    if (!first) return;
    const list = byFirst.get(first) ?? [];
    list.push({ ...entry, words });
    byFirst.set(first, list);
  };
  const countries = new Map<string, { capital: string; governedBy: string | null }>();
  const c = load('countries') as { rows: string[][]; governments: { rows: { country: string; by: string; officialNames: string[] }[] } };
  const governed = new Map(c.governments.rows.map((g) => [g.country, g]));
  for (const [name = '', demonyms = '', capital = '', aliases = ''] of c.rows) {
    countries.set(name, { capital, governedBy: governed.get(name)?.by ?? null });
    const base = { canonical: name, type: 'place' as const, country: name, requiresBefore: null };
    add(name, { ...base, kind: 'name' });
    for (const a of split(aliases)) add(a, { ...base, kind: 'name' });
    for (const d of split(demonyms)) add(d, { ...base, kind: 'demonym' });
    if (capital && capital !== name) add(capital, { canonical: capital, type: 'place', kind: 'capital', country: name, requiresBefore: null });
  }
  for (const g of c.governments.rows) {
    for (const o of g.officialNames) add(o, { canonical: g.by, type: 'group', kind: 'official', country: g.country, requiresBefore: null });
  }
  const o = load('organizations') as { entries: { name: string; type: EntityType; aliases: string[]; requiresBefore?: string[] }[] };
  for (const e of o.entries) {
    const base = { canonical: e.name, type: e.type, kind: 'name' as const, country: null, requiresBefore: e.requiresBefore ?? null };
    add(e.name, base);
    for (const a of e.aliases) add(a, base);
  }
  const p = load('places') as { entries: [string, string | null][] };
  for (const [name, country] of p.entries) add(name, { canonical: name, type: 'place', kind: 'name', country, requiresBefore: null });
  // Longest first, so "Gaza Strip" wins over "Gaza" at the same position.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, countries };
}

const roles = load('roles') as { titles: string[]; abbreviations: string[]; heads: string[]; modifiers: string[] };
const stop = load('stopwords') as { words: string[]; numbers: string[]; connectors: string[]; connectorsAfterOrganization: string[] };
const shapes = load('name-shapes') as Record<string, string[]>;
const list = (key: string): string[] => shapes[key] ?? [];
const gazetteer = buildGazetteer();
const titles = roles.titles.map(wordsOf).sort((a, b) => b.length - a.length);
/** Rows of two strings ("demonymRules"), checked: a malformed row is a bug in the model, not in the text. */
const pairs = (key: string): (readonly [string, string])[] =>
  ((shapes[key] ?? []) as unknown[]).map((row) => {
    if (Array.isArray(row) && row.length === 2 && typeof row[0] === 'string' && typeof row[1] === 'string') return [row[0], row[1]] as const;
    throw new Error(`model/entities/name-shapes.json: expected every "${key}" row to be two strings [ending, replacement], found ${JSON.stringify(row)}; fix that row.`);
  });

/** Token sequences grouped by their first word, keeping their order: a lookup reads one group, not all. */
function byFirstWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const groups = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    const first = p[0];
    if (first === undefined) throw new Error('model/entities/roles.json: expected every title to have a word, found an empty title; remove it.');
    groups.set(first, [...(groups.get(first) ?? []), p]);
  }
  return groups;
}

/** The entity model, compiled once at module load (configure once, run many times). */
export const ENTITY_MODEL = {
  gazetteer: gazetteer.byFirst,
  countries: gazetteer.countries,
  /** Titles as token sequences, longest first ("Defense Minister" before "Minister"). */
  titles,
  /** The same titles grouped by their first word, each group still longest first. */
  titlesByFirst: byFirstWord(titles),
  abbreviations: new Set(roles.abbreviations),
  roleHeads: new Set(roles.heads),
  roleModifiers: new Set(roles.modifiers),
  /** Number words ("Seventeen") are stopwords too: a count is never a name. */
  stopwords: new Set([...stop.words, ...stop.numbers]),
  connectors: new Set(stop.connectors),
  /** "Institute for Riverine Studies": joins a name only after an organisation word or a title. */
  connectorsAfterOrganization: new Set(stop.connectorsAfterOrganization),
  /** Last words of titles ("Minister" of "Foreign Minister"): "Minister for Water" continues a run. */
  titleLastWords: new Set(titles.map((t) => t[t.length - 1] ?? '')),
  organizationWords: new Set(list('organizationWords')),
  groupWords: new Set(list('groupWords')),
  placeWords: new Set(list('placeWords')),
  otherWords: new Set(list('otherWords')),
  placeNounsAfter: new Set(list('placeNounsAfter')),
  placeNounsBeforeOf: new Set(list('placeNounsBeforeOf')),
  locativePrepositions: new Set(list('locativePrepositions')),
  personEvidenceAfter: new Set(list('personEvidenceAfter')),
  personEvidenceBefore: list('personEvidenceBefore').map(wordsOf),
  possessiveOrgans: list('possessiveOrgans').map(wordsOf).sort((a, b) => b.length - a.length),
  governmentNouns: new Set(list('governmentNouns')),
  namedOrgans: list('namedOrgans').map(wordsOf).sort((a, b) => b.length - a.length),
  metonymBefore: list('metonymBefore').map(wordsOf),
  metonymAuxiliaries: new Set(list('metonymAuxiliaries')),
  metonymVerbs: new Set(list('metonymVerbs')),
  hyphenSuffixes: new Set(list('hyphenSuffixes')),
  /** [demonym ending, country ending]: "Ostrelian" → "Ostrel", "Varnian" → "Varnia". */
  demonymRules: pairs('demonymRules'),
  demonymAdjectiveEndings: list('demonymAdjectiveEndings'),
  countryHeadsBeforeOf: new Set(list('countryHeadsBeforeOf')),
  capitalNouns: new Set(list('capitalNouns')),
  stateOrganWords: new Set(list('stateOrganWords')),
} as const;
