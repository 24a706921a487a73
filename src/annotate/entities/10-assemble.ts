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

/** Whether two drafts may both stand: apart, or the same span as a shared one ("Kabul" the city and the government). */
const compatible = (a: Draft, d: Draft) =>
  !(a.start < d.end && d.start < a.end) || ((a.shared || d.shared) === true && a.start === d.start && a.end === d.end && a.canonical !== d.canonical);

/** First index in `spans` (sorted by start, ends non-decreasing) whose end is after `start`. */
function firstEndingAfter(spans: readonly Draft[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) > start) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Higher priority first, then longer, then earlier; a draft loses to any accepted draft it
 * overlaps, except the same span as a shared one ("Kabul" the city and the government). */
function resolveOverlaps(drafts: readonly Draft[]): Draft[] {
  const order = [...drafts].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Draft[] = [];
  if (drafts.some((d) => d.end <= d.start)) {
    // An empty span breaks the ordering the search below relies on; compare with every accepted draft.
    for (const d of order) if (accepted.every((a) => compatible(a, d))) accepted.push(d);
  } else {
    // Accepted drafts never overlap (bar identical spans), so sorted by start their ends rise too,
    // and the ones overlapping a draft are one run found by binary search: large texts stay linear.
    const byStart: Draft[] = [];
    for (const d of order) {
      let i = firstEndingAfter(byStart, d.start);
      let clash = false;
      for (let a = byStart[i]; a !== undefined && a.start < d.end && !clash; a = byStart[++i]) clash = !compatible(a, d);
      if (clash) continue;
      accepted.push(d);
      let at = firstEndingAfter(byStart, d.start);
      while ((byStart[at]?.start ?? Infinity) < d.start || (byStart[at]?.start === d.start && (byStart[at]?.end ?? 0) <= d.end)) at++;
      byStart.splice(at, 0, d);
    }
  }
  return accepted.sort((a, b) => a.start - b.start || a.end - b.end || Number(a.shared ?? false) - Number(b.shared ?? false));
}

const aliasOf = (surface: string) => surface.replace(/^the\s+/i, '').replace(/\s+/g, ' ');

/** Step 10: drafts grouped by canonical name into entities, in order of first mention. */
export function assembleEntities(scan: EntityScan): Entity[] {
  const groups = new Map<string, Draft[]>();
  for (const d of resolveOverlaps(scan.drafts)) {
    const group = groups.get(d.canonical);
    if (group) group.push(d);
    else groups.set(d.canonical, [d]);
  }
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
