import type { Entity, AnnotatedArticle, Span } from '../../types.js';

/** An actor whose treatment the article is scored on: an entity, or a collective the text names. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly mentions: readonly Span[];
}

/** Entity types that act or suffer: people, organisations, groups, and places (countries act through their governments). */
const ACTING = new Set<Entity['type']>(['person', 'organization', 'group', 'place']);

/**
 * Civilians are the actor conflict reporting most often casts as victim, yet no named entity: "Afghan
 * civilians", "innocent civilians in Afghanistan", "the civilian population". The word before
 * ("Afghan") names them when it is capitalised.
 */
const CIVILIANS = /(?:\b(\p{Lu}\p{L}+)\s+)?\b(?:civilians|civilian population|non-combatants|noncombatants)\b/gu;

function civilians(text: string): Actor | null {
  // Most texts never name them: skip the scan (the pattern's optional modifier makes it try every capital).
  if (!text.includes('civilian') && !text.includes('combatants')) return null;
  const mentions: Span[] = [];
  const names = new Map<string, number>();
  for (const m of text.matchAll(CIVILIANS)) {
    const start = m.index + (m[1] && !/^(?:The|Innocent|Many|Most|Some|All|Both|Those|These)$/.test(m[1]) ? 0 : (m[1]?.length ?? -1) + 1);
    const span = { start, end: m.index + m[0].length, text: text.slice(start, m.index + m[0].length) };
    mentions.push(span);
    const mod = span.text.match(/^(\p{Lu}\p{L}+)\s/u)?.[1];
    if (mod) names.set(mod, (names.get(mod) ?? 0) + 1);
  }
  if (!mentions.length) return null;
  const top = [...names].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { id: 'civilians', name: top ? `${top} civilians` : 'civilians', mentions };
}

/** The actors of an article: its acting entities, and civilians when the text names them. */
export function findActors(article: AnnotatedArticle): Actor[] {
  const actors: Actor[] = article.entities.filter((e) => ACTING.has(e.type) && e.mentions.length).map((e) => ({ id: e.id, name: e.name, mentions: e.mentions }));
  const c = civilians(article.text);
  return c ? [...actors, c] : actors;
}
