import type { Entity, Span } from '../../types.js';
import { unionFind } from '../../lib/sets.js';
import { slugify } from './10-assemble.js';

const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;
const norm = (s: string) => s.replace(/^the\s+/i, '').replace(/[’]/g, "'").toLowerCase().trim();


/** Which slots name the same actor: the same name; a name that is another's acronym or
 * non-place alias ("TTP"); a lone surname of exactly one person in the story ("Asif"). */
function linkSlots(slots: readonly Entity[]): ReturnType<typeof unionFind> {
  const uf = unionFind(slots.length);
  const byName = new Map<string, number>();
  const fullPeople = new Map<string, Set<string>>();
  slots.forEach((e, i) => {
    const key = `${e.type === 'person' ? 'p' : 'x'}:${norm(e.name)}`;
    const seen = byName.get(key);
    if (seen === undefined) byName.set(key, i);
    else uf.union(i, seen);
    if (e.type === 'person' && e.name.includes(' ')) {
      const surname = norm(e.name.split(' ').pop() ?? '');
      fullPeople.set(surname, (fullPeople.get(surname) ?? new Set()).add(norm(e.name)));
    }
  });
  slots.forEach((e, i) => {
    if (e.type === 'person') {
      const owners = e.name.includes(' ') ? null : fullPeople.get(norm(e.name));
      const [only] = owners ?? [];
      const target = owners?.size === 1 && only ? byName.get(`p:${only}`) : undefined;
      if (target !== undefined) uf.union(i, target);
      return;
    }
    for (const alias of e.aliases) {
      const target = byName.get(`x:${norm(alias)}`);
      if (target === undefined) continue;
      const other = slots[target];
      if (ACRONYM.test(alias) || (other && other.type !== 'place' && e.type !== 'place')) uf.union(i, target);
    }
  });
  return uf;
}

/** The cluster's canonical name: the name most articles use; ties go to the longest. */
function canonicalOf(members: readonly Entity[]): string {
  const counts = new Map<string, number>();
  for (const e of members) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? members[0]?.name ?? '';
}

function combine(id: string, name: string, parts: readonly Entity[]): Entity {
  const first = parts[0] as Entity;
  const mentions = new Map<string, Span>();
  for (const m of parts.flatMap((p) => p.mentions)) mentions.set(`${m.start}:${m.end}`, m);
  const aliases = new Set(parts.flatMap((p) => [p.name, ...p.aliases]));
  aliases.delete(name);
  const role = parts.find((p) => p.role)?.role;
  const affiliation = parts.find((p) => p.affiliation)?.affiliation;
  return {
    ...first,
    id,
    name,
    aliases: [...aliases],
    mentions: [...mentions.values()].sort((a, b) => a.start - b.start),
    ...(role !== undefined ? { role } : {}),
    ...(affiliation !== undefined ? { affiliation } : {}),
  };
}

/**
 * Aligns the entities of a story's articles so that one actor has one id and one canonical name
 * everywhere. Entities of one article that turn out to be the same actor are combined.
 */
export function mergeEntities(perArticle: ReadonlyMap<string, readonly Entity[]>): Map<string, Entity[]> {
  const slots: Entity[] = [];
  const owner: string[] = [];
  for (const [article, entities] of perArticle) for (const e of entities) slots.push(e), owner.push(article);
  const uf = linkSlots(slots);
  const clusters = new Map<number, number[]>();
  slots.forEach((_, i) => clusters.set(uf.find(i), [...(clusters.get(uf.find(i)) ?? []), i]));
  const identity = new Map<number, { id: string; name: string }>();
  const used = new Set<string>();
  for (const [root, members] of clusters) {
    const name = canonicalOf(members.map((i) => slots[i] as Entity));
    let id = slugify(name);
    for (let n = 2; used.has(id); n++) id = `${slugify(name)}-${n}`;
    used.add(id);
    identity.set(root, { id, name });
  }
  const out = new Map<string, Entity[]>();
  for (const article of perArticle.keys()) out.set(article, []);
  const byArticleCluster = new Map<string, Entity[]>();
  slots.forEach((e, i) => {
    const key = `${owner[i]}\u0000${uf.find(i)}`;
    byArticleCluster.set(key, [...(byArticleCluster.get(key) ?? []), e]);
  });
  for (const [key, parts] of byArticleCluster) {
    const [article = '', root = ''] = key.split('\u0000');
    const who = identity.get(Number(root));
    if (who) out.get(article)?.push(combine(who.id, who.name, parts));
  }
  return out;
}
