/** An inline style's value of one property, lowercased, without `!important` ("display: none !important" → "none"). */
function styleValue(style: string, property: string): string | null {
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0 || declaration.slice(0, colon).trim().toLowerCase() !== property) continue;
    return declaration.slice(colon + 1).replace(/!\s*important/i, '').trim().toLowerCase();
  }
  return null;
}

/**
 * Hidden the way Readability judges it (`_isProbablyVisible`): inline `display: none` or
 * `visibility: hidden`, the `hidden` attribute, or `aria-hidden="true"` — except on a
 * "fallback-image" (Wikipedia's math images carry aria-hidden but are the visible rendering).
 * Only exact values count: `visibility: hidden-ish` or a `--display: none` custom property do not.
 */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image')) return true;
  const style = el.getAttribute('style');
  if (!style) return false;
  return styleValue(style, 'display') === 'none' || styleValue(style, 'visibility') === 'hidden';
}
