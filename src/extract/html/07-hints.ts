import type { RemovalReason } from '../../types.js';
import { BODY_HINT, EMBED_HINT, STRONG_BODY_HINT, FURNITURE_HINTS, FURNITURE_TAGS } from './model.js';

/** What an element's tag, class, id and role say about the text inside it. */
export type Hint = RemovalReason | 'body' | null;

const ROLE_REASON: Readonly<Record<string, RemovalReason>> = {
  navigation: 'navigation', banner: 'site-header', contentinfo: 'footer', complementary: 'related', menu: 'navigation', menubar: 'navigation', search: 'navigation', dialog: 'boilerplate', alert: 'boilerplate',
};

/**
 * The hint of one element. Read before Readability runs, because Readability strips classes.
 * Furniture is checked before body hints on the same element: "article-share" is a share bar.
 */
export function hintOf(el: Element): Hint {
  return elementHint(el, null);
}

function elementHint(el: Element, byNames: Map<string, Hint> | null): Hint {
  const tag = el.localName;
  const furnitureTag = FURNITURE_TAGS[tag];
  if (furnitureTag) return furnitureTag;
  const role = ROLE_REASON[el.getAttribute('role') ?? ''];
  if (role) return role;
  const itemprop = el.getAttribute('itemprop') ?? '';
  if (/articleBody|reviewBody|text/.test(itemprop)) return 'body';
  const id = el.getAttribute('id') ?? '';
  // An id with many hyphens is a slug of a heading ("sharing-with-a-single-developer"), not a template name.
  const names = `${el.getAttribute('class') ?? ''} ${(id.match(/-/g)?.length ?? 0) >= 3 ? '' : id}`.trim();
  const container = tag === 'article' || tag === 'main';
  if (!byNames) return namesHint(names, container);
  const key = `${container ? 1 : 0}${names}`;
  let hint = byNames.get(key);
  if (hint === undefined) byNames.set(key, (hint = namesHint(names, container)));
  return hint;
}

function namesHint(names: string, container: boolean): Hint {
  if (!names) return container ? 'body' : null;
  if (EMBED_HINT.test(names) || STRONG_BODY_HINT.test(names)) return 'body';
  for (const { reason, pattern } of FURNITURE_HINTS) if (pattern.test(names)) return reason;
  return BODY_HINT.test(names) || container ? 'body' : null;
}

/** The hints of a page's elements; a template repeats its class names, so each distinct one is matched once. */
export function hintsOf(elements: readonly Element[]): Hint[] {
  const byNames = new Map<string, Hint>();
  return elements.map((el) => elementHint(el, byNames));
}

/**
 * The furniture reason of a block: the nearest hinted ancestor below the region root decides
 * (an element hinted as body stops the search: furniture further up is the region's business).
 */
export function furnitureOf(chain: readonly number[], hints: readonly Hint[], stopAt: ReadonlySet<number>): RemovalReason | null {
  for (const id of chain) {
    if (stopAt.has(id)) return null;
    const hint = hints[id] ?? null;
    if (hint === 'body') return null;
    if (hint) return hint;
  }
  return null;
}
