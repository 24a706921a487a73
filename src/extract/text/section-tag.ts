import { TEXT_MODEL } from './model.js';

/** Section tags are short (chosen: the longest seen, "PoliticsAI Analysis", is 19 chars). */
const SECTION_TAG_MAX_CHARS = 50;

/** "PoliticsAI Analysis", "NationDefence": section names glued together by copy-paste. */
export function isSectionTag(text: string): boolean {
  if (text.length > SECTION_TAG_MAX_CHARS || /[.!?,;:]$/.test(text)) return false;
  const words = text.replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ').split(/[\s/|·•>»-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => TEXT_MODEL.sectionWords.has(w.toLowerCase()));
}
