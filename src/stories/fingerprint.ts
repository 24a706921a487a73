import { createRequire } from 'node:module';
import type { AnnotatedArticle } from '../types.js';
import { contentTerms, foldTerm, sentenceTerms } from './terms.js';

const require = createRequire(import.meta.url);
const model = require('../../model/stories.json') as {
  fields: { titleWeight: number; leadWeight: number; leadSentences: number; bodyWeight: number; entityWeight: number; actionWeight: number; actionWindow: number };
  actionSynonyms: Record<string, string[] | string>;
};
const { fields } = model;
const ACTION = new Map(Object.entries(model.actionSynonyms).flatMap(([k, v]) => (Array.isArray(v) ? v.map((w) => [w, k] as const) : [])));

/** What grouping knows of an article: weighted terms (words, actors, figures) and its day. */
export interface Fingerprint {
  readonly id: string;
  /** Term → raw weight (occurrences weighted by where they stand). Actors are `@id`, figures `#measure:value`. */
  readonly terms: ReadonlyMap<string, number>;
  /** Days since 1970 of the article's date, or null. */
  readonly day: number | null;
}

const DAY_MS = 86_400_000;
/** A capitalised word of four letters or more, or a figure. */
const NAME_OR_FIGURE = /(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}{3,}|\d[\d.,]*)(?![\p{L}\p{N}])/gu;

export function dayNumber(date: string | null | undefined): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const t = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

/** Title, lead and body words, the actors the article names, and the figures it states. */
export function fingerprint(article: AnnotatedArticle): Fingerprint {
  const terms = new Map<string, number>();
  const add = (term: string, weight: number) => terms.set(term, (terms.get(term) ?? 0) + weight);
  if (article.language !== 'en' && article.language !== 'und') {
    // Another language shares only names and figures with English coverage ("Dunmoor", "Palleck", 48).
    for (const m of `${article.title ?? ''}\n${article.text}`.matchAll(NAME_OR_FIGURE)) add(foldTerm(m[0]), fields.bodyWeight);
    return { id: article.id, terms, day: dayNumber(article.published) };
  }
  for (const t of contentTerms(article.title ?? '')) add(t, fields.titleWeight);
  const leadEnd = article.sentences[fields.leadSentences - 1]?.end ?? article.text.length;
  // Sentence terms are computed once per article and shared with the compare and brief stages.
  sentenceTerms(article).forEach((terms, i) => {
    const weight = i < fields.leadSentences ? fields.leadWeight : fields.bodyWeight;
    for (const t of terms) add(t, weight);
  });
  for (const e of article.entities) {
    // An actor named in the lead or often counts more than one named once in passing.
    const early = e.mentions.some((m) => m.start < leadEnd) ? fields.leadWeight : 1;
    add(`@${e.id}`, fields.entityWeight * early * Math.min(3, e.mentions.length));
  }
  if (fields.actionWeight > 0) for (const [actor, action] of actions(article, leadEnd)) add(`@${actor}>${action}`, fields.actionWeight);
  for (const c of article.claims) if (c.value !== null && c.measure !== 'other') add(`#${c.measure}:${c.value}`, fields.entityWeight);
  return { id: article.id, terms, day: dayNumber(article.published) };
}

/**
 * Who does what in the title and lead: each actor mention with the content words that follow it, up
 * to the next actor ("Pakistan Offers Dialogue with Afghan Taliban" → pakistan>offer, pakistan>talks).
 */
function actions(article: AnnotatedArticle, leadEnd: number): [string, string][] {
  const out: [string, string][] = [];
  const take = (actor: string, after: string) => {
    for (const t of contentTerms(after).slice(0, fields.actionWindow)) out.push([actor, ACTION.get(t) ?? t]);
  };
  // The title is not part of the text: find the article's actors in it by name or alias.
  const title = article.title ?? '';
  const found: { at: number; end: number; id: string }[] = [];
  for (const e of article.entities) {
    for (const name of [e.name, ...e.aliases]) {
      const at = name.length > 1 ? title.indexOf(name) : -1;
      if (at >= 0) found.push({ at, end: at + name.length, id: e.id });
    }
  }
  found.sort((a, b) => a.at - b.at);
  found.forEach((f, i) => take(f.id, title.slice(f.end, found[i + 1]?.at ?? title.length)));
  const mentions = article.entities.flatMap((e) => e.mentions.filter((m) => m.end <= leadEnd).map((m) => ({ ...m, id: e.id })));
  mentions.sort((a, b) => a.start - b.start);
  mentions.forEach((m, i) => {
    const next = mentions[i + 1]?.start ?? leadEnd;
    const sentenceEnd = article.text.slice(m.end, next).search(/[.!?]\s/);
    take(m.id, article.text.slice(m.end, sentenceEnd >= 0 ? m.end + sentenceEnd : next));
  });
  return out;
}
