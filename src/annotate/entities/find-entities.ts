import type { Entity } from '../../types.js';
import { learnTextNames } from './00-text-names.js';
import { findNameRuns } from './01-name-runs.js';
import { typeNames } from './02-name-types.js';
import { resolveAcronyms } from './03-acronyms.js';
import { findRoles } from './04-roles.js';
import { emitNames } from './05-people.js';
import { resolveStateOrgans } from './06-state-organs.js';
import { resolveMetonyms } from './07-metonyms.js';
import { findPlaces } from './08-places.js';
import { findBackReferences } from './09-back-references.js';
import { assembleEntities } from './10-assemble.js';
import { scanWords } from './scan-words.js';
import type { EntityScan, EntityStep } from './state.js';

/** The steps, in order; each names the input it handles. */
const STEPS: readonly EntityStep[] = [
  learnTextNames, // "Ostrelian … Ostrel says", "Varnia's defence ministry", "Palleck, the Ostrelian capital"
  findNameRuns, // "UN Secretary-General António Guterres" → title + name; gazetteer names everywhere
  typeNames, // "Durand Line" place, "Doha Agreement" other, "Foreign Office" organ, "Leyla Saran" person?
  resolveAcronyms, // "Tehrik-i-Taliban Pakistan (TTP)", ", or TTP", bare initials
  findRoles, // "Foreign Office spokesperson X", "X, a Sweden-based analyst,"
  emitNames, // people need a role or evidence; untyped names are dropped
  resolveStateOrgans, // "Pakistan's military", "the interim Afghan government", "Taliban regime"
  resolveMetonyms, // "according to Kabul", "Islamabad wants"
  findPlaces, // "Khost and Paktika provinces", "the stronghold of Kandahar"
  findBackReferences, // "Asif" after "Khawaja Asif"; names again in headings
];

/**
 * People, organisations, places and groups of one article, each with one canonical name, its
 * aliases and every mention as a span over `text`. The title, when given, is not part of
 * `text`; it is read only as context (it never yields mentions).
 */
export function findEntities(text: string, options: { title?: string | null } = {}): Entity[] {
  const { words, lowercaseVocabulary } = scanWords(text);
  const scan: EntityScan = { text, words, lowercaseVocabulary, drafts: [], known: [], names: [], singles: [], acronyms: new Map(), titleCountries: new Map(), learned: new Map(), learnedCountries: new Set() };
  void options.title;
  for (const step of STEPS) step(scan);
  return assembleEntities(scan);
}
