import { ENTITY_MODEL } from './model.js';
import type { Word } from './scan-words.js';
import { knownNamesOf, matchKnown, matchTitle, type EntityScan, type NameCandidate } from './state.js';

type Segment =
  | { kind: 'known'; from: number; to: number }
  | { kind: 'title' | 'stop' | 'unknown'; from: number; to: number };

const HYPHEN = /[-‐‑]/;
const OPENER_SHAPE = /^\p{Lu}\p{Ll}{2,}(?:ing|ed|ly)$/u;

/** Whether word `i` may continue the run that word `i - 1` belongs to. */
function continues(text: string, words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const word = words[i];
  if (!prev || !word || prev.possessive || prev.heading !== word.heading) return false;
  // "Dr. Ayesha Khan": an abbreviated title's period does not end the name.
  const abbreviated = ENTITY_MODEL.abbreviations.has(prev.text) && text.slice(prev.end, word.start) === '. ';
  if (!word.spaced && !abbreviated) return false;
  if (word.cap) return true;
  // "Islamic Emirate of Afghanistan": a connector only inside a run, between capitalised words;
  // "Institute for Riverine Studies", "Minister for Water": some only after an organisation or a title.
  const next = words[i + 1];
  const connector =
    ENTITY_MODEL.connectors.has(word.text) ||
    (ENTITY_MODEL.connectorsAfterOrganization.has(word.text) && (ENTITY_MODEL.organizationWords.has(prev.text) || ENTITY_MODEL.titleLastWords.has(prev.text)));
  return connector && next?.cap === true && next.spaced;
}

/** "Pakistan-Afghanistan", "Sweden-based", "anti-Taliban": known names inside one hyphenated word. */
function hyphenParts(scan: EntityScan, i: number): boolean {
  const word = scan.words[i];
  if (!word || !HYPHEN.test(word.text)) return false;
  let offset = word.start;
  const found: { start: number; end: number; text: string }[] = [];
  for (const part of word.text.split(HYPHEN)) {
    const entry = knownNamesOf(part, scan.learned)?.find((e) => e.words.length === 1 && !e.requiresBefore);
    if (entry) found.push({ start: offset, end: offset + part.length, text: part });
    else if (!ENTITY_MODEL.hyphenSuffixes.has(part) && !/^\p{Ll}+$/u.test(part)) return false;
    offset += part.length + 1;
  }
  for (const f of found) {
    const entry = knownNamesOf(f.text, scan.learned)?.find((e) => e.words.length === 1);
    if (entry) scan.drafts.push({ start: f.start, end: f.end, canonical: entry.country && entry.kind === 'demonym' ? entry.country : entry.canonical, type: entry.type, priority: 2 });
  }
  return found.length > 0;
}

const DEMONYM_ENDINGS = ENTITY_MODEL.demonymAdjectiveEndings;

/** Indices of the unknown segments a title may follow as part of the role: none; or an office
 * ending in an organisation word ("Transitional Council" Chair); or a demonym the gazetteer lacks
 * ("Ostrelian" Foreign Minister). Null when the unknown words before are a name, not an office. */
function officeBefore(scan: EntityScan, segments: readonly Segment[]): number[] | null {
  const unknown = segments.flatMap((s, k) => (s.kind === 'unknown' ? [k] : []));
  if (unknown.length === 0) return unknown;
  const last = segments[segments.length - 1];
  const lastText = last?.kind === 'unknown' ? (scan.words[last.from]?.text ?? '') : '';
  if (ENTITY_MODEL.organizationWords.has(lastText)) return unknown;
  if (unknown.length === 1 && DEMONYM_ENDINGS.some((e) => lastText.endsWith(e))) return unknown;
  return null;
}

function segment(scan: EntityScan, from: number, to: number): Segment[] {
  const { words } = scan;
  const segments: Segment[] = [];
  let i = from;
  while (i < to) {
    const word = words[i];
    if (!word) break;
    const known = matchKnown(words, i, to, scan.learned);
    if (known) {
      scan.known.push({ from: i, to: known.to, entry: known.entry });
      segments.push({ kind: 'known', from: i, to: known.to });
      i = known.to;
      continue;
    }
    // "UN Secretary-General …", "Afghan President …": a title may follow stopwords and known names,
    // and an office ("Council Chair …", "Ostrelian Foreign Minister …"), which becomes part of the role.
    const office = officeBefore(scan, segments);
    const title = office !== null ? matchTitle(words, i, to) : null;
    const onlyPrefix = segments.every((s) => s.kind === 'stop' || s.kind === 'title');
    if (title !== null && office !== null) {
      for (const k of office) segments[k] = { kind: 'title', from: segments[k]?.from ?? 0, to: segments[k]?.to ?? 0 };
      segments.push({ kind: 'title', from: i, to: title });
      i = title;
      continue;
    }
    const lower = word.text.toLowerCase();
    // "Following Pakistan's …": a sentence opener the article uses in lowercase, or a participle or adverb.
    const opener = i === from && word.sentenceStart && (scan.lowercaseVocabulary.has(lower) || OPENER_SHAPE.test(word.text));
    if (onlyPrefix && (ENTITY_MODEL.stopwords.has(word.text) || opener)) segments.push({ kind: 'stop', from: i, to: i + 1 });
    else if (hyphenParts(scan, i)) segments.push({ kind: 'known', from: i, to: i + 1 });
    else segments.push({ kind: 'unknown', from: i, to: i + 1 });
    i++;
  }
  return segments;
}

/** The name part of a run: from the first unknown word, taking in a known word right before it
 * ("Kabul University") unless that word is a demonym or a title stands between. */
function nameOf(scan: EntityScan, segments: readonly Segment[], to: number): NameCandidate | null {
  const first = segments.findIndex((s) => s.kind === 'unknown');
  if (first < 0) return null;
  let start = segments[first]?.from ?? 0;
  // "Minister of Water and Energy": a title's complement, not a name.
  if (scan.words[start]?.cap === false) return null;
  const before = segments[first - 1];
  // From the end: the entry was pushed for this run, and no two entries start at the same word.
  const knownBefore = before?.kind === 'known' ? scan.known.findLast((k) => k.from === before.from) : undefined;
  if (before?.kind === 'known' && knownBefore?.entry.kind !== 'demonym') start = before.from;
  const prefix = segments.filter((s) => s.to <= start && s.kind !== 'stop');
  const roleFrom = prefix[0]?.from;
  const hasTitle = prefix.some((s) => s.kind === 'title');
  const role = hasTitle && roleFrom !== undefined ? scan.text.slice(scan.words[roleFrom]?.start ?? 0, scan.words[start - 1]?.end ?? 0) : null;
  const roleSpan: [number, number] | null = role !== null ? [scan.words[roleFrom ?? 0]?.start ?? 0, scan.words[start - 1]?.end ?? 0] : null;
  return { from: start, to, type: null, role, affiliation: null, roleSpan, titleFrom: hasTitle ? (prefix.find((s) => s.kind === 'title')?.from ?? null) : null };
}

/**
 * Step 1: capitalised runs ("UN Secretary-General António Guterres", "Tehrik-i-Taliban Pakistan")
 * are split into stopwords, titles, gazetteer names and unknown words. Gazetteer names become
 * drafts everywhere; unknown names only outside title-case headings, where capitals mean nothing.
 */
export function findNameRuns(scan: EntityScan): void {
  const { words, text } = scan;
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (!word) break;
    if (!word.cap) {
      hyphenParts(scan, i);
      i++;
      continue;
    }
    let to = i + 1;
    while (to < words.length && continues(text, words, to)) to++;
    const knownBefore = scan.known.length;
    const draftsBefore = scan.drafts.length;
    const segments = segment(scan, i, to);
    const name = word.heading ? null : nameOf(scan, segments, to);
    if (name) {
      // Known words inside an unknown name are part of it ("Tehrik-i-Taliban Pakistan").
      const nameStart = words[name.from]?.start ?? 0;
      scan.known.splice(knownBefore, scan.known.length - knownBefore, ...scan.known.slice(knownBefore).filter((k) => k.to <= name.from));
      scan.drafts.splice(draftsBefore, scan.drafts.length - draftsBefore, ...scan.drafts.slice(draftsBefore).filter((d) => d.end <= nameStart));
    }
    for (const k of scan.known.slice(knownBefore)) {
      const e = k.entry;
      const canonical = e.kind === 'demonym' && e.country ? e.country : e.canonical;
      scan.drafts.push({ start: words[k.from]?.start ?? 0, end: words[k.to - 1]?.end ?? 0, canonical, type: e.type, priority: 2 });
    }
    if (name && name.to - name.from === 1 && name.role === null) scan.singles.push(name.from);
    else if (name) scan.names.push(name);
    i = to;
  }
}
