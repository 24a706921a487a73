import { Readability } from '@mozilla/readability';

const SHOW_ELEMENT = 1;

/**
 * Readability 0.6 with two of its helpers answered without linkedom's slow paths. Each returns
 * exactly what the original returns on a linkedom HTML document, so Readability's text is unchanged
 * (checked on the benchmark and Readability test pages: identical extractions before and after):
 *
 * - `_getAllNodesWithTag` called `querySelectorAll("p,UL")`, and linkedom compiles the selector with
 *   css-select on every call — thousands of calls a page, a tenth of Readability's time. A walk
 *   matching lowercased tag names finds the same elements in the same (document) order; a subtree
 *   with a `<template>`, whose content querySelectorAll skips, is left to querySelectorAll.
 * - `_isProbablyVisible` read `node.style`, which builds a CSS declaration proxy per element. Without
 *   a `style` attribute the style cannot hide anything, so only elements with one take that path.
 */
export class FastReadability extends Readability<string> {
  _getAllNodesWithTag(node: Element | Document, tagNames: readonly string[]): Element[] {
    // Names are matched case-insensitively, as css-select does in an HTML document ("SPAN", "LI").
    const wanted = new Set(tagNames.map((t) => t.toLowerCase()));
    const found: Element[] = [];
    // linkedom's tree walker lists the subtree's elements in one pass over its node list.
    const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, SHOW_ELEMENT);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      const name = el.localName.toLowerCase();
      // querySelectorAll does not look inside a <template> (our pages have none left by now).
      if (name === 'template') return [...node.querySelectorAll(tagNames.join(','))];
      if (wanted.has(name)) found.push(el);
    }
    return found;
  }

  _isProbablyVisible(node: Element): boolean {
    if (node.hasAttribute('style')) {
      const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
      if (style && (style.display == 'none' || style.visibility == 'hidden')) return false;
    }
    if (node.hasAttribute('hidden')) return false;
    // "fallback-image": Wikimedia's math images carry aria-hidden but are the visible rendering.
    const className = (node as { className?: unknown }).className;
    return !node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') != 'true'
      || (typeof className === 'string' && className !== '' && className.includes('fallback-image'));
  }
}
