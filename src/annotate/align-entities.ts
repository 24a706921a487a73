import type { Annotations, ExtractedArticle } from '../types.js';
import { mergeEntities } from './entities/index.js';

/** Gives the same actor the same entity id and canonical name in every article of the report. */
export function alignEntities<A extends ExtractedArticle & Annotations>(articles: readonly A[]): A[] {
  const merged = mergeEntities(new Map(articles.map((a) => [a.id, a.entities])));
  return articles.map((a) => {
    const entities = merged.get(a.id) ?? [...a.entities];
    // Old id → new entity, through a mention both share (merging keeps every mention).
    const byMention = new Map(entities.flatMap((e) => e.mentions.map((m) => [`${m.start}:${m.end}`, e] as const)));
    const renamed = new Map(a.entities.flatMap((e) => {
      const m = e.mentions[0];
      const target = m ? byMention.get(`${m.start}:${m.end}`) : undefined;
      return target ? [[e.id, target] as const] : [];
    }));
    const quotes = a.quotes.map((q) => {
      const target = q.speakerId ? renamed.get(q.speakerId) : undefined;
      return target ? { ...q, speakerId: target.id, speaker: target.name } : q;
    });
    const claims = a.claims.map((c) => {
      const target = c.claimantId ? renamed.get(c.claimantId) : undefined;
      return target ? { ...c, claimantId: target.id, claimant: target.name } : c;
    });
    return { ...a, entities, quotes, claims };
  });
}
