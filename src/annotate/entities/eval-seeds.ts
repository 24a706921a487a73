import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvalRow } from '../../eval/types.js';
import { extractText } from '../../extract/text/extract-text.js';
import type { Entity } from '../../types.js';
import { findEntities } from './find-entities.js';
import { mergeEntities } from './merge-entities.js';

interface GoldPerson {
  name: string;
  role: string | null;
  affiliation: string | null;
  articles: string[];
}
interface Gold {
  articles: Record<string, unknown>;
  people: GoldPerson[];
  entities: Record<string, string[] | string>;
}

const norm = (s: string) => s.normalize('NFC').replace(/[’‘]/g, "'").replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase();
const words = (s: string) => new Set(norm(s).split(/[^\p{L}-]+/u).filter((w) => w && !['a', 'an', 'the'].includes(w)));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const occurs = (text: string, s: string) => new RegExp(`(?<![\\p{L}-])${escape(s)}(?![\\p{L}-])`, 'u').test(text);
const rate = (ok: number, all: number) => (all === 0 ? 1 : ok / all);

/** Gold role "analyst (Sweden-based)" matches "a Sweden-based analyst": every gold word is in the found role. */
function roleMatches(gold: string | null, found: string | null | undefined): boolean {
  if (!gold) return !found;
  const have = words(found ?? '');
  return [...words(gold)].every((w) => have.has(w));
}

function affiliationMatches(gold: string | null, found: string | null | undefined): boolean {
  if (!gold) return !found;
  return Boolean(found) && norm(gold).includes(norm(found ?? ''));
}

/**
 * Entities measured against the human reading in gold/seeds.json: people (recall, spurious,
 * roles, affiliations), alias resolution, places, countries, organisations, and whether one
 * actor keeps one id across the articles of a story after `mergeEntities`.
 */
export async function evalSeedEntities(sharedRoot: string): Promise<EvalRow[]> {
  const gold = JSON.parse(await readFile(join(sharedRoot, 'gold/seeds.json'), 'utf8')) as Gold;
  const texts = new Map<string, string>();
  const found = new Map<string, Entity[]>();
  for (const id of Object.keys(gold.articles)) {
    const { text, title } = extractText(await readFile(join(sharedRoot, 'corpus/seeds', `${id}.txt`), 'utf8'));
    texts.set(id, text);
    found.set(id, findEntities(text, { title }));
  }
  const merged = mergeEntities(found);
  const inArticle = (id: string) => merged.get(id) ?? [];

  let peopleOk = 0, peopleAll = 0, rolesOk = 0, affOk = 0;
  for (const p of gold.people) {
    for (const id of p.articles) {
      peopleAll++;
      const e = inArticle(id).find((x) => x.type === 'person' && norm(x.name) === norm(p.name));
      if (!e) continue;
      peopleOk++;
      if (roleMatches(p.role, e.role)) rolesOk++;
      if (affiliationMatches(p.affiliation, e.affiliation)) affOk++;
    }
  }
  const spurious: string[] = [];
  for (const [id, entities] of merged) {
    const expected = gold.people.filter((p) => p.articles.includes(id)).map((p) => norm(p.name));
    for (const e of entities) if (e.type === 'person' && !expected.includes(norm(e.name))) spurious.push(`${id}:${e.name}`);
  }

  const pairs = (strings: readonly string[], ok: (id: string, s: string) => boolean) => {
    let good = 0, all = 0;
    const missed: string[] = [];
    for (const s of strings) for (const [id, text] of texts) {
      if (!occurs(text, s)) continue;
      all++;
      if (ok(id, s)) good++;
      else missed.push(`${id}:${s}`);
    }
    return { value: rate(good, all), note: `${good}/${all}${missed.length ? `; missed ${missed.join(', ')}` : ''}` };
  };
  const aliasPairs: [string, string][] = [];
  for (const [canonical, aliases] of Object.entries(gold.entities)) {
    if (!Array.isArray(aliases) || ['places', 'countries', 'organizations', 'other'].includes(canonical)) continue;
    for (const a of aliases) aliasPairs.push([canonical, a]);
  }
  const aliasCanon = new Map(aliasPairs.map(([c, a]) => [a, c]));
  const aliases = pairs([...aliasCanon.keys()], (id, a) =>
    inArticle(id).some((e) => norm(e.name) === norm(aliasCanon.get(a) ?? '') && e.mentions.some((m) => norm(m.text) === norm(a))),
  );
  const list = (key: string) => (Array.isArray(gold.entities[key]) ? (gold.entities[key] as string[]) : []).map((s) => s.replace(/\s*\(.*\)$/, ''));
  const named = (id: string, s: string, types: readonly string[]) => inArticle(id).some((e) => types.includes(e.type) && (norm(e.name) === norm(s) || e.aliases.some((a) => norm(a) === norm(s))));
  const places = pairs(list('places'), (id, s) => named(id, s, ['place']));
  const countries = pairs(list('countries'), (id, s) => inArticle(id).some((e) => e.type === 'place' && norm(e.name) === norm(s)));
  const orgs = pairs(list('organizations'), (id, s) => named(id, s, ['organization', 'group', 'place']));
  const other = pairs(list('other'), (id, s) => named(id, s, ['other']));

  // One id per actor across articles: each gold person or canonical entity found in 2+ articles.
  let sameOk = 0, sameAll = 0;
  for (const name of [...gold.people.map((p) => p.name), ...aliasPairs.map(([c]) => c)]) {
    const ids = new Set([...merged.values()].flatMap((es) => es.filter((e) => norm(e.name) === norm(name)).map((e) => e.id)));
    const articles = [...merged.values()].filter((es) => es.some((e) => norm(e.name) === norm(name))).length;
    if (articles < 2) continue;
    sameAll++;
    if (ids.size === 1) sameOk++;
  }
  const row = (metric: string, value: number, target: number, note?: string): EvalRow => ({ set: 'seeds-entities', metric, value, target, ...(note ? { note } : {}) });
  return [
    row('people recall', rate(peopleOk, peopleAll), 1, `${peopleOk}/${peopleAll}`),
    { ...row('spurious people', spurious.length, 0, spurious.join(', ') || undefined), better: 'lower' },
    row('role match', rate(rolesOk, peopleOk), 1, `${rolesOk}/${peopleOk}`),
    row('affiliation match', rate(affOk, peopleOk), 1, `${affOk}/${peopleOk}`),
    row('alias resolution', aliases.value, 1, aliases.note),
    row('places recall', places.value, 1, places.note),
    row('countries recall', countries.value, 1, countries.note),
    row('organizations recall', orgs.value, 1, orgs.note),
    row('other recall', other.value, 1, other.note),
    row('one id per actor across articles', rate(sameOk, sameAll), 1, `${sameOk}/${sameAll}`),
  ];
}
