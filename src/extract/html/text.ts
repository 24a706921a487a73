const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', bull: '•', copy: '©',
};

/** Decodes the entities that survive in JSON-LD strings and double-escaped meta values ("&amp;#8217;"). */
export function decodeEntities(text: string): string {
  let out = text;
  for (let i = 0; i < 2 && out.includes('&'); i++) {
    out = out.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
      }
      return NAMED[code.toLowerCase()] ?? whole;
    });
  }
  return out;
}

/** Collapses whitespace (including non-breaking and zero-width spaces) and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u200c\u200d\ufeff]+/g, ' ').trim();
}

/** Clean one metadata value: entities decoded, tags dropped, whitespace squashed; empty → null. */
export function cleanValue(value: string | null | undefined): string | null {
  if (!value) return null;
  const out = squash(decodeEntities(value).replace(/<[^>]+>/g, ' '));
  return out || null;
}

/** Han and kana: scripts written without spaces between words (Korean hangul has spaces). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words of a text. Runs of letters between spaces are words; in Chinese and Japanese, which put
 * no spaces between words, every two characters count as one (the mean word length of written
 * Chinese is about 1.5-2 characters), so "a prose paragraph has ≥ 8 words" holds for a CJK one too.
 */
export function wordCount(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = unspaced ? text.replace(UNSPACED, ' ') : text;
  return (spaced.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) + Math.ceil(unspaced / 2);
}
