import { TITLE_RULES } from './model-metadata.js';
import { cleanValue, squash } from './text.js';

/** Separators between a headline and the site name in `<title>` and og:title ("Headline | Site"). */
const SEPARATOR = /\s+[|\-–—:·•»]\s+|\s+[|·•»]\s*|\s*::\s*/;

function key(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether `part` names the site: its outlet name, or its domain ("nytimes.com"). */
function isSiteName(part: string, site: readonly string[]): boolean {
  const k = key(part);
  if (!k) return false;
  if (/^(?:www\.)?[\w-]+\.(?:com|org|net|co\.uk|co|io|news|info|de|fr|es|it|nl|ca|au)$/i.test(part.trim())) return true;
  return site.some((s) => {
    const sk = key(s);
    return sk.length > 1 && (k === sk || (k.length >= 4 && (sk.startsWith(k) || k.startsWith(sk))));
  });
}

/**
 * Strips a leading or trailing site name ("Storm hits coast | The Daily Example"), but only when
 * that part is the site's name: "Brexit: what happens next" keeps its colon clause.
 */
export function stripSiteName(title: string, site: readonly string[]): string {
  let parts = title.split(SEPARATOR);
  let seps: string[] = title.match(new RegExp(SEPARATOR.source, "g")) ?? [];
  while (parts.length > 1 && isSiteName(parts[parts.length - 1]!, site)) {
    parts = parts.slice(0, -1);
    seps = seps.slice(0, -1);
  }
  while (parts.length > 1 && isSiteName(parts[0]!, site)) {
    parts = parts.slice(1);
    seps = seps.slice(1);
  }
  return squash(parts.map((p, i) => p + (i < seps.length && i < parts.length - 1 ? seps[i]! : '')).join(''));
}

function words(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * The headline inside a `<title>`, by Readability's rules: cut the last " | Site" part (or, when
 * that leaves under three words, the first "Site | " part); for "Section: Headline" keep the part
 * after the colon unless a heading repeats the whole title; use the only h1 when the title is
 * implausibly short or long; and undo a cut that left four words or fewer. Unlike Readability, a
 * part that is the site's own name is always cut ("Storm hits the coast | Daily Example").
 */
export function cleanTitleTag(title: string, headings: readonly string[], h1s: readonly string[], site: readonly string[]): string {
  const orig = squash(title);
  const named = stripSiteName(orig, site);
  if (named !== orig) return named;
  const R = TITLE_RULES;
  let cur = orig;
  let hierarchical = false;
  if (R.separator.test(orig)) {
    hierarchical = R.hierarchical.test(orig);
    const seps = [...orig.matchAll(new RegExp(R.separator.source, 'g'))];
    cur = orig.slice(0, seps[seps.length - 1]!.index);
    if (words(cur) < R.minWords) cur = orig.replace(/^[^|\-–\\/>»]*[|\-–\\/>»]/, '');
  } else if (orig.includes(': ')) {
    if (!headings.some((h) => squash(h) === orig)) {
      cur = orig.slice(orig.lastIndexOf(':') + 1);
      if (words(cur.trim()) < R.minWords) cur = orig.slice(orig.indexOf(':') + 1);
      else if (words(orig.slice(0, orig.indexOf(':'))) > R.maxColonPrefixWords) cur = orig;
    }
  } else if ((orig.length > R.maxChars || orig.length < R.minChars) && h1s.length === 1) {
    cur = squash(h1s[0]!);
  }
  cur = squash(cur);
  const n = words(cur);
  if (n <= R.fallbackWords && (!hierarchical || n !== words(orig.replace(/[|\-–\\/>»]+/g, '')) - 1)) return orig;
  return cur;
}

/** Readability's similarity of b to a: the share of b's text made of words that a also has. */
function similarity(a: string, b: string): number {
  const ta = a.toLowerCase().split(/\W+/).filter(Boolean);
  const tb = b.toLowerCase().split(/\W+/).filter(Boolean);
  if (!ta.length || !tb.length) return 0;
  return 1 - tb.filter((t) => !ta.includes(t)).join(' ').length / tb.join(' ').length;
}

/**
 * The JSON-LD title: `name`, or `headline` when only it is given, or when the two differ and only
 * the headline resembles the `<title>` (some sites put their own name in `name`).
 */
export function jsonLdTitle(name: string | null, headline: string | null, titleTag: string): string | null {
  if (name && headline && name !== headline) {
    return similarity(headline, titleTag) > TITLE_RULES.similarity && !(similarity(name, titleTag) > TITLE_RULES.similarity) ? headline : name;
  }
  return name ?? headline;
}

/**
 * The headline: the first title given by metadata (JSON-LD, then the meta tags, in Readability's
 * order) as written, else the cleaned `<title>`. Publishers write metadata titles for sharing;
 * `<title>` carries the site name and section path.
 */
export function chooseTitle(candidates: readonly (string | null)[], titleTag: () => string | null): string | null {
  return candidates.map(cleanValue).find((c): c is string => !!c) ?? cleanValue(titleTag());
}
