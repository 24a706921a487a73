import type { Entity, Span } from '../types.js';

export type ActorResolver = (span: Span) => { id: string; name: string } | null;

/** Entity types that can speak or claim: places only through metonymy ("Kabul said"), which entities resolve. */
const ACTOR_TYPES = new Set<Entity['type']>(['person', 'organization', 'group', 'place', 'other']);

/**
 * Resolves a phrase that names a speaker or claimant ("Defense Minister Khawaja Asif", "Kabul",
 * "Pakistan's military") to the entity whose mention covers most of it. Mentions are sorted once
 * per article; each lookup binary-searches to the few that can reach the phrase and reads only those.
 */
export function createActorResolver(entities: readonly Entity[]): ActorResolver {
  const mentions = entities
    .filter((e) => ACTOR_TYPES.has(e.type))
    // An alias mention ("Kabul" under Afghanistan) is the same span as the city's own mention when a
    // capital speaks for its government; `alias` lets the government win that tie.
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e, alias: m.text !== e.name })))
    .sort((a, b) => a.start - b.start);
  // No mention starting more than the longest mention before a phrase can reach into it.
  const longest = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  /** First mention starting at or after `start` (binary search over the sorted starts). */
  const firstFrom = (start: number) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid]?.start ?? 0) >= start) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return (span) => {
    let best: { overlap: number; personBonus: number; alias: boolean; entity: Entity } | null = null;
    // Ties go to the alias ("Palleck says" → Ostrel, the government, not the city Palleck), then to
    // the entity mentioned more often.
    const better = (a: { alias: boolean; entity: Entity }, b: { alias: boolean; entity: Entity }) =>
      a.alias !== b.alias ? a.alias : a.entity.mentions.length > b.entity.mentions.length;
    for (let i = firstFrom(span.start - longest); i < mentions.length; i++) {
      const m = mentions[i];
      if (!m || m.start >= span.end) break;
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap <= 0) continue;
      // "Pakistan's Defense Minister Khawaja Asif": the person, not the country inside the phrase.
      const personBonus = m.entity.type === 'person' ? 1 : 0;
      const wins =
        !best ||
        personBonus > best.personBonus ||
        (personBonus === best.personBonus && (overlap > best.overlap || (overlap === best.overlap && better(m, best))));
      if (wins) best = { overlap, personBonus, alias: m.alias, entity: m.entity };
    }
    return best ? { id: best.entity.id, name: best.entity.name } : null;
  };
}
