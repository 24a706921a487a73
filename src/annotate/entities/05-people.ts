import { ENTITY_MODEL } from './model.js';
import { phraseBefore, type EntityScan, type NameCandidate } from './state.js';

/** Whether an untitled two-to-four-word name reads as a person: a speech verb after it
 * ("Leyla Saran said"), "according to" before it, or words the article never uses in lowercase
 * (so "Bargaining Table" in running text is not a person when "table" appears elsewhere). */
function looksLikePerson(scan: EntityScan, name: NameCandidate): boolean {
  const { words } = scan;
  const texts = words.slice(name.from, name.to).map((w) => w.text);
  if (texts.some((t) => ENTITY_MODEL.stopwords.has(t))) return false;
  const next = words[name.to];
  if (next && ENTITY_MODEL.personEvidenceAfter.has(next.text)) return true;
  if (ENTITY_MODEL.personEvidenceBefore.some((p) => phraseBefore(words, name.from, p))) return true;
  // "Jordan Lane" may be a person, but with no evidence a country's name in it says otherwise.
  if (texts.some((t) => ENTITY_MODEL.gazetteer.get(t)?.some((e) => e.words.length === 1))) return false;
  return !texts.some((t) => scan.lowercaseVocabulary.has(t.toLowerCase()));
}

/**
 * Step 5: typed names become drafts. People need a role or the evidence above; organs
 * wait for step 6; untyped names are dropped rather than guessed.
 */
export function emitNames(scan: EntityScan): void {
  const { words, text } = scan;
  for (const name of scan.names) {
    if (name.type === 'person?') name.type = looksLikePerson(scan, name) ? 'person' : null;
    if (name.type === null || name.type === 'organ') continue;
    const start = words[name.from]?.start ?? 0;
    const end = words[name.to - 1]?.end ?? 0;
    const canonical = text.slice(start, end).replace(/\s+/g, ' ');
    const person = name.type === 'person';
    scan.drafts.push({
      start,
      end,
      canonical,
      type: name.type,
      priority: person ? 3 : 2,
      role: person ? name.role : null,
      affiliation: person ? name.affiliation : null,
    });
  }
}
