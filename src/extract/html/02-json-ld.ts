import { JSON_LD_ARTICLE } from './model-metadata.js';

/** What the page's JSON-LD says about its article. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly authors: readonly string[];
  readonly datePublished: string | null;
  readonly publisher: string | null;
  readonly description: string | null;
  readonly url: string | null;
  readonly language: string | null;
}

const ARTICLE_TYPE = /^(?:News|Reportage|Analysis|Opinion|Review|Background|Satirical|Scholarly|Tech|Social ?Media|Advertiser ?Content)?Article$|^(?:BlogPosting|LiveBlogPosting|Report|WebPage)$/i;

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: Json): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return str(value[0]);
  if (isObject(value)) return str(value['name'] ?? value['@value'] ?? value['url'] ?? value['@id']);
  return null;
}

function names(value: Json): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (isObject(v) ? str(v['name']) : str(v))).filter((v): v is string => !!v && !/^https?:/.test(v));
}

/** Every object of the payload: top-level arrays and `@graph` lists flattened. */
function objects(value: Json, out: Record<string, Json>[] = []): Record<string, Json>[] {
  if (Array.isArray(value)) for (const v of value) objects(v, out);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph']) objects(value['@graph'], out);
  }
  return out;
}

function typeOf(obj: Record<string, Json>): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Parses JSON-LD payloads (tolerating trailing junk and raw newlines) and picks the article object. */
export function readJsonLd(payloads: readonly string[]): JsonLdArticle | null {
  const all: Record<string, Json>[] = [];
  for (const payload of payloads) {
    try {
      objects(JSON.parse(payload.replace(/[\n\r\t]+/g, ' ').trim().replace(/;\s*$/, '')), all);
    } catch {
      // A broken payload is common and says nothing: other metadata sources remain.
    }
  }
  const ranked = all
    .map((obj) => ({ obj, rank: typeOf(obj).some((t) => /Article$|Posting$/i.test(t)) ? 2 : typeOf(obj).some((t) => ARTICLE_TYPE.test(t)) ? 1 : 0 }))
    .filter((x) => x.rank > 0)
    .sort((a, b) => b.rank - a.rank);
  const article = ranked[0]?.obj;
  if (!article) return null;
  const publisher = article['publisher'] ?? all.find((o) => typeOf(o).includes('Organization') || typeOf(o).includes('NewsMediaOrganization'));
  return {
    headline: str(article['headline']) ?? str(article['name']),
    authors: names(article['author'] ?? article['creator']),
    datePublished: str(article['datePublished']) ?? str(article['dateCreated']),
    publisher: publisher ? (isObject(publisher) ? str(publisher['name']) : str(publisher)) : null,
    description: str(article['description']),
    url: str(article['url']) ?? str(article['mainEntityOfPage']),
    language: str(article['inLanguage']),
  };
}

/** The title and byline of the page's JSON-LD article, read by Readability's rules. */
export interface JsonLdMeta {
  readonly name: string | null;
  readonly headline: string | null;
  readonly byline: string | null;
}

/**
 * Readability's JSON-LD reading: a schema.org payload whose (first matching, or `@graph`) object
 * has an article type; the last such payload wins. The byline is `author.name`, or the names of an
 * author list joined with ", ".
 */
export function readJsonLdMeta(payloads: readonly string[]): JsonLdMeta | null {
  let found: JsonLdMeta | null = null;
  const isArticle = (o: Json): o is Record<string, Json> => isObject(o) && typeof o['@type'] === 'string' && JSON_LD_ARTICLE.test(o['@type']);
  for (const payload of payloads) {
    let parsed: Json;
    try {
      parsed = JSON.parse(payload.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue; // a broken payload says nothing; other sources remain
    }
    if (Array.isArray(parsed)) parsed = parsed.find(isArticle);
    if (!isObject(parsed)) continue;
    const context = parsed['@context'];
    const vocab = isObject(context) ? context['@vocab'] : context;
    if (typeof vocab !== 'string' || !/^https?:\/\/schema\.org\/?$/.test(vocab)) continue;
    if (!parsed['@type'] && Array.isArray(parsed['@graph'])) parsed = parsed['@graph'].find(isArticle);
    if (!isArticle(parsed)) continue;
    const author = parsed['author'];
    let byline: string | null = null;
    if (isObject(author) && typeof author['name'] === 'string') byline = author['name'].trim();
    else if (Array.isArray(author) && isObject(author[0]) && typeof author[0]['name'] === 'string') {
      byline = author.filter((a): a is Record<string, Json> => isObject(a) && typeof a['name'] === 'string').map((a) => (a['name'] as string).trim()).join(', ');
    }
    const text = (v: Json): string | null => (typeof v === 'string' ? v.trim() : null);
    found = { name: text(parsed['name']), headline: text(parsed['headline']), byline };
  }
  return found;
}
