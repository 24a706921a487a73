import type { ExtractedArticle } from '../types.js';

/** An article as plain text for reading in a terminal: a metadata header, then the body. */
export function renderArticleText(a: ExtractedArticle): string {
  const meta = [
    ['id', a.id],
    ['outlet', a.outlet],
    ['byline', a.byline],
    ['published', a.published],
    ['language', a.language],
    ['ai disclosure', a.aiDisclosure?.text ?? null],
    ['source', a.path ?? a.url ?? null],
  ].filter(([, v]) => v) as [string, string][];
  const lines = [`# ${a.title ?? '(untitled)'}`];
  if (a.dek) lines.push('', a.dek);
  lines.push('', ...meta.map(([k, v]) => `${k}: ${v}`), '', a.text, '');
  return lines.join('\n');
}
