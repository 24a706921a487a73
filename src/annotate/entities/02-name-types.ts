import { ENTITY_MODEL } from './model.js';
import type { EntityScan } from './state.js';

const HYPHEN = /[-‐‑]/;
/** "University of Marrowind", "Institute for Riverine Studies": an organisation word, then a connector. */
const connectsAfterFirst = (t: string) => ENTITY_MODEL.connectors.has(t) || ENTITY_MODEL.connectorsAfterOrganization.has(t);

/**
 * Step 2: an unknown name is typed by its shape. A state organ ("Foreign Office") is kept apart
 * for step 6; a group or organisation word anywhere ("Tehrik-i-Taliban …", "… Liberation Front"),
 * an organisation, place or agreement word at the end ("Durand Line", "Doha Agreement"); a title
 * in front makes a person ("Gen. Tarsin"); two to four plain capitalised words may be a person.
 */
export function typeNames(scan: EntityScan): void {
  const { words } = scan;
  for (const name of scan.names) {
    const texts = words.slice(name.from, name.to).map((w) => w.text);
    const first = texts[0] ?? '';
    const last = texts[texts.length - 1] ?? '';
    // Hyphen parts of the words ("Tehrik-i-Taliban" → Tehrik, i, Taliban), split only where there is a hyphen.
    const hasGroupWord = texts.some((t) => (HYPHEN.test(t) ? t.split(HYPHEN).some((p) => ENTITY_MODEL.groupWords.has(p)) : ENTITY_MODEL.groupWords.has(t)));
    const organ = ENTITY_MODEL.namedOrgans.find((o) => o.length === texts.length && o.every((w, k) => w === texts[k]));
    let type: typeof name.type = null;
    if (organ) type = 'organ';
    else if (hasGroupWord) type = 'group';
    else if (ENTITY_MODEL.organizationWords.has(last) || (texts.length > 2 && ENTITY_MODEL.organizationWords.has(first) && connectsAfterFirst(texts[1] ?? ''))) type = 'organization';
    else if (ENTITY_MODEL.placeWords.has(last)) type = 'place';
    else if (ENTITY_MODEL.otherWords.has(last)) type = 'other';
    else if (name.role !== null) type = 'person';
    else if (texts.length >= 2 && texts.length <= 4 && texts.every((t) => t.length > 1 && (ENTITY_MODEL.connectors.has(t) || !/^[\p{Lu}\d.]+$/u.test(t)))) type = 'person?';
    // "General Assembly", "Prime Minister's Office": a title in front of a non-person belongs to the name.
    if (type !== 'person' && type !== 'person?' && name.titleFrom !== null) {
      name.from = name.titleFrom;
      name.role = null;
      name.roleSpan = null;
      if (type === null) type = 'organization';
    }
    name.type = type;
  }
}
