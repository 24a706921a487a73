import type { Entity, EntityType, Span } from '../../types.js';
import type { Draft, EntityScan } from './state.js';

/** "Tehrik-i-Taliban Pakistan" → "tehrik-i-taliban-pakistan"; accents dropped ("António" → "antonio"). */
export function slugify(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'entity'
  );
}

/** Higher priority first, then longer, then earlier; a draft loses to any accepted draft it
 * overlaps, except the same span as a shared one ("Kabul" the city and the government). */
function resolveOverlaps(drafts: readonly Draft[]): Draft[] {
  const order = [...drafts].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Draft[] = [];
  for (const d of order) {
    const clash = accepted.some((a) => a.start < d.end && d.start < a.end && !((a.shared || d.shared) && a.start === d.start && a.end === d.end && a.canonical !== d.canonical));
    if (!clash) accepted.push(d);
  }
  return accepted.sort((a, b) => a.start - b.start || a.end - b.end || Number(a.shared ?? false) - Number(b.shared ?? false));
}

const aliasOf = (surface: string) => surface.replace(/^the\s+/i, '').replace(/\s+/g, ' ');

/** Step 10: drafts grouped by canonical name into entities, in order of first mention. */
export function assembleEntities(scan: EntityScan): Entity[] {
  const groups = new Map<string, Draft[]>();
  for (const d of resolveOverlaps(scan.drafts)) groups.set(d.canonical, [...(groups.get(d.canonical) ?? []), d]);
  const entities: Entity[] = [];
  const ids = new Set<string>();
  for (const [name, drafts] of groups) {
    const typeVotes = new Map<EntityType, number>();
    for (const d of drafts) typeVotes.set(d.type, (typeVotes.get(d.type) ?? 0) + d.priority);
    const type = [...typeVotes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
    const mentions: Span[] = drafts.map((d) => ({ start: d.start, end: d.end, text: scan.text.slice(d.start, d.end) }));
    const aliases = [...new Set(mentions.map((m) => aliasOf(m.text)))].filter((a) => a !== name);
    let id = slugify(name);
    if (ids.has(id)) id = `${id}-${type}`;
    ids.add(id);
    const role = drafts.find((d) => d.role)?.role ?? null;
    const affiliation = drafts.find((d) => d.affiliation)?.affiliation ?? null;
    entities.push({ id, name, type, aliases, mentions, ...(type === 'person' ? { role, affiliation } : {}) });
  }
  return entities;
}
