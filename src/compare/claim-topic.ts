import { createRequire } from 'node:module';
import { ENTITY_MODEL } from '../annotate/entities/model.js';
import type { Claim, AnnotatedArticle } from '../types.js';

const require = createRequire(import.meta.url);
const { claims: M } = require('../../model/stories.json') as {
  claims: { genericHeads: string[]; combatantHeads: string[]; civilianHeads: string[]; ownLossCue: string };
};
const GENERIC = new Set(M.genericHeads);
const PREPOSITION = /\s(?:near|in|at|on|from|of|after|during|across|along|around|inside|outside|by|with|since|when|while)\s/i;
const OWN_LOSS = new RegExp(M.ownLossCue, 'i');
const GOVERNED = new Map([...ENTITY_MODEL.countries].flatMap(([country, c]) => (c.governedBy ? [[c.governedBy, country] as const] : [])));

/** What a figure counts, as comparison needs it: whose people, and which kind of thing. */
export interface ClaimTopic {
  readonly measure: Claim['measure'];
  /** The country or party the counted belong to ("Afghan fighters" → Afghanistan), or null when the text does not say. */
  readonly side: string | null;
  /** The counted noun, singular-folded ("soldiers" → soldier), or null for generic counts ("people", "losses"). */
  readonly head: string | null;
  /** The subject as the text gives it. */
  readonly subject: string;
}

const fold = (w: string) => w.toLowerCase().replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '');

/** "Ostrelian fighters near the Tellin ridge" → "Ostrelian fighters": what is counted stands before the first preposition. */
export function countedPart(subject: string): string {
  return subject.split(PREPOSITION)[0] ?? subject;
}

/** The country a word names or is the demonym of, from the gazetteer or from the story's own places ("Varnian" → Varnia). */
export function countryOfWord(word: string, places: readonly string[]): string | null {
  for (const entry of ENTITY_MODEL.gazetteer.get(word) ?? []) {
    if (entry.words.length === 1 && (entry.kind === 'demonym' || entry.kind === 'name') && entry.country) return entry.country;
  }
  for (const p of places) {
    if (word === p || (p.length >= 4 && word.length > p.length && word.startsWith(p.slice(0, -1)) && /(?:n|ns|an|ans|ian|ians|i|is|ese)$/.test(word))) return p;
  }
  return null;
}

/** The party a claimant stands for: a country as itself, a governing group as its country ("Taliban" → Afghanistan). */
export function sideOfClaimant(claimant: string | null, places: readonly string[]): string | null {
  if (!claimant) return null;
  const governed = GOVERNED.get(claimant);
  if (governed) return governed;
  const first = claimant.split(/\s+/)[0] ?? '';
  return countryOfWord(claimant, places) ?? (claimant.includes(' ') ? null : countryOfWord(first, places)) ?? claimant;
}

/** Whose and what a claim counts. A subject without a side counted as the claimant's own losses ("while losing 12 soldiers") is the claimant's. */
export function claimTopic(claim: Claim, article: AnnotatedArticle, places: readonly string[]): ClaimTopic {
  const words = countedPart(claim.subject).split(/[^\p{L}'-]+/u).filter(Boolean);
  let side: string | null = null;
  for (const w of words) if (/^\p{Lu}/u.test(w)) side ??= countryOfWord(w.replace(/'s$/, ''), places);
  const nouns = words.filter((w) => /^\p{Ll}/u.test(w));
  const last = nouns[nouns.length - 1]?.toLowerCase() ?? null;
  const counted = last && !GENERIC.has(last) && last !== 'named' ? fold(last) : null;
  if (!side && claim.claimant) {
    const sentence = claim.sentence ?? { start: Math.max(0, claim.start - 80), end: claim.end };
    const before = article.text.slice(Math.max(sentence.start, claim.start - 80), claim.start);
    if (OWN_LOSS.test(before) || /\blosses\b/i.test(claim.subject)) side = sideOfClaimant(claim.claimant, places);
  }
  return { measure: claim.measure, side, head: counted, subject: claim.subject };
}

/**
 * Whether two topics may count the same thing: same measure, no conflicting side, the same counted
 * noun. A generic count ("Afghan losses", "people") stands for a specific one only when it names its
 * side: "48 people" says nothing that ties it to "31 Varnian soldiers" rather than "17 border guards".
 */
export function sameThing(a: ClaimTopic, b: ClaimTopic): boolean {
  if (a.measure !== b.measure) return false;
  if (a.side && b.side && a.side !== b.side) return false;
  if (a.head && b.head) return a.head === b.head;
  if (!a.head && !b.head) return true;
  const generic = a.head ? b : a;
  return generic.side !== null;
}

export const COMBATANT_HEADS = new Set(M.combatantHeads.map(fold));
export const CIVILIAN_HEADS = new Set(M.civilianHeads.map(fold));
