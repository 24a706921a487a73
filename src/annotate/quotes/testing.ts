import type { AnnotationContext } from '../context.js';
import { fallbackSentences } from './fallback-sentences.js';
import { plainResolver } from './plain-resolver.js';

/** A context over invented text with the fallback splitter and the plain resolver. */
export const plainContext = (text: string): AnnotationContext => ({ text, sentences: fallbackSentences(text), resolveActor: plainResolver });
