import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
interface Raw {
  speechVerbs: string[];
  thatVerbs: string[];
  reportedVerbs: string[];
  nounLikeCues: string[];
  phraseCues: string[];
  wordsCues: string[];
  accordingTo: string[];
  positionCues: string[];
  pronouns: { person: string[]; thing: string[]; group: string[] };
  roles: string[];
  titles: string[];
  notSpeakers: string[];
  scareQuoteMaxWords: number;
  beliefVerbs: string[];
  stanceVerbs: string[];
  stanceParticles: string[];
  stanceNounLike: string[];
  raisingCues: string[];
  particleCues: Record<string, string[]>;
  nominalThatCues: string[];
  nominalCues: Record<string, string[]>;
  headlineLabels: string[];
}
const raw = require('../../../model/quotes.json') as Raw;
const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
/** A pre-check for an alternation of `xs`: the word every phrase holds (as the same-flag regex sees it), or an always-true test. */
const mustHold = (xs: readonly string[], word: string) => new RegExp(xs.length > 0 && xs.every((x) => x.toLowerCase().includes(word)) ? word : '', 'iu');
const alt = (xs: readonly string[]) => xs.map((x) => x.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`))).sort((a, b) => b.length - a.length).join('|');

/** The quote model, compiled once at load (habit 7: configure once, run many times). */
export const QUOTE_MODEL = {
  speechVerbs: lower(raw.speechVerbs),
  thatVerbs: lower(raw.thatVerbs),
  reportedVerbs: lower(raw.reportedVerbs),
  nounLikeCues: lower(raw.nounLikeCues),
  personPronouns: lower(raw.pronouns.person),
  thingPronouns: lower(raw.pronouns.thing),
  groupPronouns: lower(raw.pronouns.group),
  roles: lower(raw.roles),
  titles: lower(raw.titles.map((t) => t.replace(/\.$/, ''))),
  titlePrefix: new RegExp(`^(?:(?:the|a|an)\\s+)?(?:(?:${alt(raw.titles)})\\s+)+`, 'iu'),
  notSpeakers: lower(raw.notSpeakers),
  phraseCue: new RegExp(`\\b(?:${alt(raw.phraseCues)})\\b`, 'giu'),
  wordsCue: new RegExp(`\\b(?:${raw.wordsCues.join('|')})\\b`, 'giu'),
  accordingTo: new RegExp(`\\b(?:${alt(raw.accordingTo)})\\s+`, 'giu'),
  positionCue: new RegExp(`(?:${alt(raw.positionCues)})\\b`, 'giu'),
  /** Cheap tests that must pass for `accordingTo` / `positionCue` to match at all (most sentences fail them). */
  mayAccordingTo: mustHold(raw.accordingTo, 'according'),
  mayPositionCue: mustHold(raw.positionCues, 'is that'),
  scareQuoteMaxWords: raw.scareQuoteMaxWords,
  /** Cue word → what it reports: a belief or intention ("thinks", "wants") or a stance ("supports", "called for"). */
  stanceCues: new Map<string, 'belief' | 'stance'>([...raw.stanceVerbs.map((w) => [w.toLowerCase(), 'stance'] as const), ...raw.beliefVerbs.map((w) => [w.toLowerCase(), 'belief'] as const)]),
  stanceParticles: lower(raw.stanceParticles),
  stanceNounLike: lower(raw.stanceNounLike),
  raisingCues: lower(raw.raisingCues),
  headlineLabels: lower(raw.headlineLabels),
  /** Nouns that take a reported clause: "his view that …", "the claim that …". */
  nominalThatCues: lower(raw.nominalThatCues),
  /** Noun → the particles that introduce what it is about: "Velic's attacks on …", "their support for …". */
  nominalCues: new Map(Object.entries(raw.nominalCues).map(([w, ps]) => [w.toLowerCase(), lower(ps)] as const)),
  /** Verb → the particles it needs to report a stance ("talked about", "voted against"). */
  particleCues: new Map(Object.entries(raw.particleCues).map(([w, ps]) => [w.toLowerCase(), lower(ps)] as const)),
  /** "Obama: I'm Optimistic …": a headline naming its speaker before a colon. */
  headlineColon: /^((?:\p{Lu}[\p{L}.'’-]*\s){0,2}\p{Lu}[\p{L}.'’-]*):\s+\S/u,
  /** Any word that can start an attribution: sentences without one (and without quotes or a headline colon) are skipped. */
  cueWords: new Set([...raw.speechVerbs, ...raw.thatVerbs, ...raw.beliefVerbs, ...raw.stanceVerbs, ...raw.raisingCues, ...Object.keys(raw.particleCues), ...raw.nominalThatCues, ...Object.keys(raw.nominalCues), 'according', 'words', 'phrasing', 'put', "position", 'view', 'argument', ...raw.phraseCues.map((p) => p.split(' ')[0]!)].map((w) => w.toLowerCase())),
} as const;
