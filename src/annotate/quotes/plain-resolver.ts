import type { ActorRef } from '../context.js';
import type { Span } from '../../types.js';
import { QUOTE_MODEL } from './model.js';

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
/** "Afghan government spokesman Zabihullah Mujahid": the capitalised name after the last lowercase role word. */
const TRAILING_NAME = /(?:^|\s)((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+)*\p{Lu}[\p{L}\p{M}'’.-]*)$/u;

/**
 * The default resolver for tests and evaluation: the phrase itself, titles and determiners
 * stripped ("Defense Minister Khawaja Asif" → "Khawaja Asif"). The entity resolver replaces it.
 */
export function plainResolver(span: Span): ActorRef | null {
  let name = span.text.replace(/\s+/g, ' ').trim().replace(QUOTE_MODEL.titlePrefix, '');
  const lastWord = name.split(' ').at(-1) ?? '';
  // "government spokesman Zabihullah Mujahid" keeps the name; "Pakistan's military" keeps the phrase.
  if (/\s/.test(name) && /^\p{Lu}/u.test(lastWord) && !/['’]s$/.test(lastWord)) {
    const m = TRAILING_NAME.exec(name);
    const candidate = m?.[1]?.replace(QUOTE_MODEL.titlePrefix, '') ?? '';
    if (candidate && candidate !== name && !/['’]s\b/.test(candidate)) name = candidate;
  }
  name = name.replace(/^(?:the|a|an)\s+/i, '').trim();
  if (!name || QUOTE_MODEL.notSpeakers.has(name.toLowerCase())) return null;
  return { id: slug(name), name };
}
