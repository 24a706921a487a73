import type { Annotations, ExtractedArticle } from '../types.js';
import { findClaims } from './claims/index.js';
import { findEntities } from './entities/index.js';
import { placeEvents } from './events/index.js';
import { findQuotes } from './quotes/index.js';
import { createActorResolver } from './resolve-actor.js';
import { splitSentences } from './sentences/split-sentences.js';
import { findTimes } from './time/find-times.js';

/** Languages the annotators are written for; `und` (too short to tell) is tried as English. */
const ANNOTATED_LANGUAGES = new Set(['en', 'und']);

/**
 * The annotate stage for one article: sentences, entities, quotes, numeric claims and time
 * expressions, each a span over the frozen text. Pure: the same article gives the same result.
 */
export function annotateArticle(article: ExtractedArticle): Annotations {
  const { text } = article;
  const sentences = splitSentences(text, article.paragraphs); // boundaries that survive abbreviations and quotes
  // The lexicons and gazetteers are English: on German text they would invent people from nouns.
  if (!ANNOTATED_LANGUAGES.has(article.language)) return { sentences, entities: [], quotes: [], claims: [], times: [], events: [] };
  const entities = findEntities(text, { title: article.title }); // actors and places, aliases resolved
  const resolveActor = createActorResolver(entities);
  const quotes = findQuotes({ text, sentences, resolveActor }); // who said what
  const claims = findClaims({ text, sentences, resolveActor }, quotes); // which numbers, claimed by whom
  const times = findTimes(text, article.published); // dates, normalised against the publication date
  const events = placeEvents(text, sentences, times, article.published); // what happened when, in date order
  return { sentences, entities, quotes, claims, times, events };
}
