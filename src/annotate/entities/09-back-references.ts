import type { EntityType } from '../../types.js';
import type { EntityScan } from './state.js';

interface Reference {
  readonly words: readonly string[];
  readonly canonical: string;
  readonly type: EntityType;
}

/** Names found so far, full and short: a person's surname ("Asif") when no other person shares it. */
function referencesOf(scan: EntityScan): Map<string, Reference[]> {
  const refs: Reference[] = [];
  const seen = new Set<string>();
  const surnameOwners = new Map<string, Set<string>>();
  for (const d of scan.drafts) {
    if (d.priority < 2 || d.shared) continue;
    const surface = scan.text.slice(d.start, d.end);
    const key = `${surface}\u0000${d.canonical}`;
    if (seen.has(key)) continue;
    seen.add(key);
    refs.push({ words: surface.split(/\s+/), canonical: d.canonical, type: d.type });
    if (d.type === 'person') {
      const surname = d.canonical.split(' ').pop() ?? '';
      surnameOwners.set(surname, (surnameOwners.get(surname) ?? new Set()).add(d.canonical));
    }
  }
  for (const [surname, owners] of surnameOwners) {
    const [only] = owners;
    if (owners.size === 1 && only && only !== surname) refs.push({ words: [surname], canonical: only, type: 'person' });
  }
  const byFirst = new Map<string, Reference[]>();
  for (const r of refs) {
    const first = r.words[0] ?? '';
    const group = byFirst.get(first);
    if (group) group.push(r);
    else byFirst.set(first, [r]);
  }
  // Longest first; a stable sort keeps equal lengths in the order found.
  for (const group of byFirst.values()) group.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/**
 * Step 9: every other occurrence of a name found in steps 1-8, headings included: the same
 * surface ("Durand Line" in "The Durand Line Dilemma") or a person's bare surname ("Asif said").
 */
export function findBackReferences(scan: EntityScan): void {
  const { words, text } = scan;
  const refs = referencesOf(scan);
  const covered = new Uint8Array(text.length + 1);
  for (const d of scan.drafts) covered.fill(1, d.start, d.end);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const candidates = word?.cap ? refs.get(word.text) : undefined;
    if (!word || !candidates || covered[word.start]) continue;
    for (const r of candidates) {
      const last = words[i + r.words.length - 1];
      if (!last || !r.words.every((w, k) => words[i + k]?.text === w)) continue;
      if (covered[last.end - 1]) continue;
      scan.drafts.push({ start: word.start, end: last.end, canonical: r.canonical, type: r.type, priority: 1 });
      covered.fill(1, word.start, last.end);
      i += r.words.length - 1;
      break;
    }
  }
}
