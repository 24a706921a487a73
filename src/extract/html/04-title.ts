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

/**
 * The headline. Metadata titles come first (publishers write them for sharing, and they carry no
 * page furniture), then the visible h1, then `<title>`; the first one present wins, stripped of the
 * site name. A visible h1 that the metadata title starts with (it was cut for a tweet) wins.
 */
export function chooseTitle(candidates: readonly (string | null)[], h1: string | null, site: readonly string[]): string | null {
  const first = candidates.map(cleanValue).find((c): c is string => !!c);
  const heading = cleanValue(h1);
  if (!first) return heading ? stripSiteName(heading, site) : null;
  const stripped = stripSiteName(first, site);
  if (heading && key(heading) !== key(stripped) && key(heading).startsWith(key(stripped.replace(/(?:\.\.\.|…)$/, '')))) return heading;
  return stripped;
}
