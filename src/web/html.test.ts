import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join, raw } from './html.js';
import { safeHref } from './safe-href.js';

describe('html', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const evil = `"'><script>alert(1)</script>&\``;
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe('<p title="&quot;&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#96;">&quot;&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#96;</p>');
  });

  it('keeps trusted markup (nested templates and raw) as is, joins arrays, drops null, undefined and false', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}${raw('<hr>')}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0<hr>');
    expect(join([html`<b>1</b>`, html`<b>2</b>`], ', ').value).toBe('<b>1</b>, <b>2</b>');
  });

  it('passes URL attributes through safeHref', () => {
    expect(html`<a href="${'javascript:alert(1)'}">x</a>`.value).toBe('<a href="#">x</a>');
    expect(html`<a class="x" href='${' JaVa\tScRiPt:alert(1)'}'>x</a>`.value).toBe(`<a class="x" href='#'>x</a>`);
    expect(html`<a href="${'https://example.org/?a=1&b=2'}">x</a>`.value).toBe('<a href="https://example.org/?a=1&amp;b=2">x</a>');
    // Outside a tag, the same text is only text.
    expect(html`<p>href="${'javascript:alert(1)'}</p>`.value).toBe('<p>href="javascript:alert(1)</p>');
  });

  it('refuses a value in an unquoted attribute (a bug in our template, not an input problem)', () => {
    expect(() => html`<td colspan=${2}>`).toThrow(/unquoted attribute/);
    expect(html`<p>a = ${2}</p>`.value).toBe('<p>a = 2</p>');
  });

  it('escapeHtml leaves plain text alone', () => {
    expect(escapeHtml('Varnia’s 48 — fine')).toBe('Varnia’s 48 — fine');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://news.example/a?b=1#c', 'https://news.example/a?b=1#c'],
    ['http://news.example/', 'http://news.example/'],
    ['HTTPS://news.example/', 'HTTPS://news.example/'],
    ['/articles/a1#cite-0-10', '/articles/a1#cite-0-10'],
    ['#story-s-1', '#story-s-1'],
    ['?q=dam', '?q=dam'],
    ['../report.html', '../report.html'],
    ['//cdn.example/x', '//cdn.example/x'],
    ['articles/a:b', 'articles/a:b'],
    ['a1:b/c', '#'],
    ['javascript:alert(1)', '#'],
    ['  javascript:alert(1)', '#'],
    ['java\nscript:alert(1)', '#'],
    ['java\u0000script:alert(1)', '#'],
    ['JAVASCRIPT:alert(1)', '#'],
    ['data:text/html,<script>alert(1)</script>', '#'],
    ['vbscript:msgbox(1)', '#'],
    ['file:///etc/passwd', '#'],
    ['mailto:someone@example.org', '#'],
    ['', '#'],
    ['javascript&colon;alert(1)', 'javascript&colon;alert(1)'],
  ])('%j → %j', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });
});
