import { describe, expect, it } from 'vitest';
import { parseCount, parseId, parseQuery, parseSince } from './params.js';
import { slug } from './to-documents.js';

describe('parseSince', () => {
  it.each([
    ['', undefined],
    ['2031-05-02', '2031-05-02'],
    ['2031-05-02T10:00:00Z', '2031-05-02T10:00:00.000Z'],
    ['2031-05-02T12:00+02:00', '2031-05-02T10:00:00.000Z'],
    ['2031-05-02T10:00:00.5Z', '2031-05-02T10:00:00.500Z'],
  ])('reads %j as %j', (raw, value) => {
    expect(parseSince(raw)).toEqual({ ok: true, value });
  });

  it.each(['2031-13-01', '2031-02-29', '2031-05-02T10:00:00', '02/05/2031', 'now', '2031-05-02T25:00Z'])('refuses %j', (raw) => {
    expect(parseSince(raw).ok).toBe(false);
  });
});

describe('parseId', () => {
  it.each(['s-a30263632254', '01-kessel-accord-suspended', 'Zeitung Artikel', 'ostrel’s-reply', '50%-rise', 'a/b'])('takes %j', (id) => {
    expect(parseId(id, 'article')).toEqual({ ok: true, value: id });
  });

  it.each(['', ' ', 'a\u0000b', 'a\nb', '\ud800', '%E0%A4', 'x'.repeat(201)])('refuses %j', (id) => {
    expect(parseId(id, 'article').ok).toBe(false);
  });
});

describe('parseCount and parseQuery', () => {
  it.each([
    [undefined, 7],
    ['0', 0],
    ['12', 12],
  ])('counts %j as %j', (raw, value) => {
    expect(parseCount(raw, 'n', 7, 0, 100)).toEqual({ ok: true, value });
  });

  it.each(['-1', '1.5', '1e3', '101', ' 3'])('refuses the count %j', (raw) => {
    expect(parseCount(raw, 'n', 7, 0, 100).ok).toBe(false);
  });

  it('trims the query and refuses empty or long ones', () => {
    expect(parseQuery('  drone strike ')).toEqual({ ok: true, value: 'drone strike' });
    expect(parseQuery(undefined).ok).toBe(false);
    expect(parseQuery('x'.repeat(201)).ok).toBe(false);
  });
});

describe('slug', () => {
  it.each([
    ['Troops Cross the Selva!', 'troops-cross-the-selva'],
    ['Varnische Drohnen greifen an', 'varnische-drohnen-greifen-an'],
    ['  <script>alert(1)</script> ', 'script-alert-1-script'],
    ['!!!', ''],
    ['a'.repeat(70), 'a'.repeat(60)],
  ])('%j → %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });
});
