/**
 * A deliberately simple sentence splitter for tests and development, so quotes and claims do not
 * depend on the real splitter: breaks after . ! ? (and a closing quote) before a capital or a
 * quote mark, and at blank lines. Known weakness: "Sen. Smith" splits; the real splitter keeps it.
 */
const BOUNDARY = /[.!?]+["'”’)]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|\n\s*\n/gu;

export function fallbackSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return out;
}
