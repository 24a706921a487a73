import { describe, expect, it } from 'vitest';
import { contentHash, urlKey } from './article-keys.js';

describe('urlKey', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['https://Example.ORG/a/b?x=1#frag', 'https://example.org/a/b?x=1'],
    ['https://example.org/a?utm_source=rss&id=7&fbclid=z', 'https://example.org/a?id=7'],
    ['not a url', 'not a url'],
  ] as const)('%s → %s', (input, expected) => {
    expect(urlKey(input)).toBe(expected);
  });
});

describe('contentHash', () => {
  it('ignores whitespace and Unicode normalisation, not the outlet', () => {
    const a = contentHash({ outlet: 'Quillmere Courier', text: 'Cafe\u0301 opens  today.\n\nMore later.' });
    expect(contentHash({ outlet: 'quillmere courier', text: 'Café opens today. More later.' })).toBe(a);
    expect(contentHash({ outlet: 'Valley Ledger', text: 'Café opens today. More later.' })).not.toBe(a);
    expect(contentHash({ outlet: null, text: 'Café opens today.' })).toMatch(/^[0-9a-f]{64}$/);
  });
});
