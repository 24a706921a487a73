import { describe, expect, it } from 'vitest';
import { nextHop } from './next-hop.js';

const policy = { maxRedirects: 5, allowDowngrade: false };
const from = new URL('https://harbourside-gazette.test/news/a');

describe('nextHop', () => {
  it('resolves a relative Location against the current URL', () => {
    expect(nextHop(from, '../b?x=1', [from.href], policy)).toEqual(new URL('https://harbourside-gazette.test/b?x=1'));
  });

  it('refuses https → http unless allowed; http → https is an upgrade and fine', () => {
    expect(nextHop(from, 'http://harbourside-gazette.test/a', [from.href], policy)).toMatchObject({ ruleId: 'fetch/redirects' });
    expect(nextHop(from, 'http://harbourside-gazette.test/a', [from.href], { ...policy, allowDowngrade: true })).toBeInstanceOf(URL);
    expect(nextHop(new URL('http://harbourside-gazette.test/a'), 'https://harbourside-gazette.test/a', ['http://harbourside-gazette.test/a'], policy)).toBeInstanceOf(URL);
  });

  it('sees a loop through a fragment, and counts hops', () => {
    expect(nextHop(from, '/news/a#comments', [from.href], policy)).toMatchObject({ reason: expect.stringContaining('redirect loop') });
    const chain = ['a', 'b', 'c', 'd', 'e', 'f'].map((p) => `https://harbourside-gazette.test/${p}`);
    expect(nextHop(new URL(chain[5]!), '/g', chain, policy)).toMatchObject({ reason: expect.stringContaining('more than 5 redirects') });
    expect(nextHop(new URL(chain[4]!), '/g', chain.slice(0, 5), policy)).toBeInstanceOf(URL);
  });

  it.each([
    [undefined, 'no Location'],
    ['http://[bad', 'not a valid URL'],
    ['javascript:alert(1)', 'only http and https'],
    ['file:///etc/passwd', 'only http and https'],
  ])('refuses Location %j', (location, why) => {
    expect(nextHop(from, location, [from.href], policy)).toMatchObject({ ruleId: 'fetch/redirects', reason: expect.stringContaining(why) });
  });
});
