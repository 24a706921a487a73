/** How an input's bytes are read, by its name. */
export type InputFormat = 'text' | 'html' | 'json' | 'jsonl';

const BY_EXTENSION: readonly [RegExp, InputFormat][] = [
  [/\.(?:txt|text|md|markdown)$/i, 'text'],
  [/\.(?:html?|xhtml)(?:\.gz)?$/i, 'html'],
  [/\.json$/i, 'json'],
  [/\.(?:jsonl|ndjson)$/i, 'jsonl'],
];

/** The format an input name stands for, or null for names that are not articles (`.png`, …). */
export function formatOf(name: string): InputFormat | null {
  for (const [pattern, format] of BY_EXTENSION) if (pattern.test(name)) return format;
  return null;
}

/** The format of content whose name says nothing (stdin, unknown extensions): a sniff of its first bytes. */
export function sniffFormat(text: string): InputFormat {
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(?:head|body|meta|article|div|p)\b/.test(head)) return 'html';
  return 'text';
}

/** The article id a file gives: its name without the extension (`.html.gz` counts as one). */
export function idFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.(?:html?|xhtml)\.gz$/i, '').replace(/\.[^.]+$/, '') || base;
}
