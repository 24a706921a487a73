import type { EntityType } from '../../types.js';
import { ENTITY_MODEL } from './model.js';
import type { EntityScan, NameCandidate } from './state.js';

const PARENTHESISED = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}.-]{1,9})\)/u;
const OR_ACRONYM = /^,?\s+or\s+(\p{Lu}{2,8})\b/u;
const HYPHEN = /[-‐‑]/;

/** "Tehrik-i-Taliban Pakistan" → "TTP": the capital initials of its words and hyphen parts. */
export function initialsOf(name: string): string {
  // One pass instead of split / flatMap / filter: a part starts the name or follows a space or a
  // hyphen, and counts when its first letter is upper case.
  let initials = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 128 ? c < 65 || c > 90 : !UPPER_FIRST.test(name.slice(i, i + 2))) continue;
    const before = name[i - 1];
    if (before === undefined || HYPHEN.test(before) || /\s/.test(before)) initials += name[i];
  }
  return initials;
}
const UPPER_FIRST = /^\p{Lu}/u;

const letters = (acronym: string) => acronym.replace(/[^\p{Lu}]/gu, '');

/**
 * Step 3: acronyms. "Long Name (LN)" defines LN for any name; "Long Name, or LN" and a bare LN
 * elsewhere in the text count only when LN spells the long name's initials. A name with an
 * acronym is an organisation (or a group, when step 2 saw a group word), never a person.
 */
export function resolveAcronyms(scan: EntityScan): void {
  const { words, text } = scan;
  const byInitials = new Map<string, { canonical: string; type: EntityType; name: NameCandidate }>();
  const define = (acronym: string, canonical: string, type: EntityType) => {
    if (!ENTITY_MODEL.gazetteer.has(acronym)) scan.acronyms.set(acronym, { canonical, type });
  };
  for (const name of scan.names) {
    if (name.type === 'organ') continue;
    const start = words[name.from]?.start ?? 0;
    const end = words[name.to - 1]?.end ?? 0;
    const long = text.slice(start, end);
    const initials = initialsOf(long);
    const after = text.slice(end, end + 24);
    const paren = PARENTHESISED.exec(after)?.[1];
    const or = OR_ACRONYM.exec(after)?.[1];
    const acronym = paren && letters(paren)[0] === initials[0] ? paren : or && letters(or) === initials ? or : null;
    if (acronym || name.type === null || name.type === 'organization' || name.type === 'group') {
      if (acronym && (name.type === null || name.type === 'person' || name.type === 'person?')) {
        name.type = 'organization';
        name.role = null;
      }
      const type = name.type === 'group' ? 'group' : 'organization';
      if (acronym) define(acronym, long, type);
      if (initials.length >= 2) byInitials.set(initials, { canonical: long, type, name });
    }
  }
  // A known organisation followed by an acronym the gazetteer lacks.
  for (const k of scan.known) {
    const end = words[k.to - 1]?.end ?? 0;
    const paren = PARENTHESISED.exec(text.slice(end, end + 24))?.[1];
    if (paren && k.entry.type !== 'place') define(paren, k.entry.canonical, k.entry.type);
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word?.upper) continue;
    const found = scan.acronyms.get(word.text) ?? byInitials.get(word.text);
    if (!found) continue;
    if (!scan.acronyms.has(word.text)) {
      const byName = byInitials.get(word.text);
      if (byName && byName.name.type === null) byName.name.type = 'organization';
      define(word.text, found.canonical, found.type);
    }
    scan.drafts.push({ start: word.start, end: word.end, canonical: found.canonical, type: found.type, priority: 3 });
  }
}
