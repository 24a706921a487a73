import { describe, expect, it } from 'vitest';
import type { Message } from '../types.js';
import { parseFeed, type ParsedFeed } from './feeds.js';
import { documentFromItem } from './item-document.js';
import { parseOpml } from './opml.js';

// Invented outlets and events; no real feed text.
const FEED_URL = 'https://harbourside-gazette.test/feeds/world.xml';

function feed(text: string, base = FEED_URL): ParsedFeed {
  const parsed = parseFeed(text, base);
  if ('severity' in parsed) throw new Error(`expected a feed, got ${parsed.ruleId}: ${parsed.reason}`);
  return parsed;
}

function malformed(text: string): Message {
  const parsed = parseFeed(text, FEED_URL);
  if (!('severity' in parsed)) throw new Error(`expected feed/malformed, got a ${parsed.format} feed`);
  expect(parsed).toMatchObject({ severity: 'error', ruleId: 'feed/malformed', source: FEED_URL });
  return parsed;
}

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Harbourside Gazette &amp; Tidewater Courier</title>
  <atom:link href="https://harbourside-gazette.test/feeds/world.xml" rel="self" type="application/rss+xml"/>
  <link>https://harbourside-gazette.test/</link>
  <item>
    <title>Ferry pier reopens after storm &amp; repairs</title>
    <link>/2026/03/ferry-pier-reopens</link>
    <guid isPermaLink="false">hg-4411</guid>
    <pubDate>Tue, 03 Mar 2026 09:30:00 +0000</pubDate>
    <description><![CDATA[<p>The <b>north pier</b> took ferries again on Tuesday.</p>]]></description>
    <content:encoded><![CDATA[<p>The north pier took ferries again on Tuesday, Harbour Master Ilse Varga said.</p>]]></content:encoded>
  </item>
  <item>
    <title>Council & port board agree on dredging</title>
    <guid>https://harbourside-gazette.test/2026/03/dredging</guid>
    <dc:date>2026-03-04T18:00:00+01:00</dc:date>
    <description>Both boards &nbsp;voted on Wednesday.</description>
  </item>
  <item><title>A note with no link and no body</title></item>
</channel>
</rss>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://tidewater-courier.test/"><title>Tidewater Courier</title></channel>
  <item rdf:about="https://tidewater-courier.test/lighthouse">
    <title>Lighthouse keeper retires</title>
    <link>https://tidewater-courier.test/lighthouse</link>
    <dc:date>2026-02-28T07:00:00Z</dc:date>
    <description>After 31 years on Gull Rock.</description>
  </item>
</rdf:RDF>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://bayside-observer.test/news/">
  <title type="html">Bayside Observer &lt;em&gt;Daily&lt;/em&gt;</title>
  <entry>
    <id>tag:bayside-observer.test,2026:quay-market</id>
    <title>Quay market doubles its stalls</title>
    <link rel="self" href="https://bayside-observer.test/api/quay-market.json"/>
    <link rel="alternate" type="text/html" href="quay-market"/>
    <updated>2026-03-05T10:00:00Z</updated>
    <published>2026-03-05T08:15:00Z</published>
    <summary type="html">&lt;p&gt;Forty new stalls &amp;amp; a fish hall.&lt;/p&gt;</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Market warden <b>Oskar Lind</b> counted 80 stalls &amp; more.</p></div></content>
  </entry>
  <entry xml:base="https://bayside-observer.test/sport/">
    <id>tag:bayside-observer.test,2026:regatta</id>
    <title type="text">Regatta &lt;postponed&gt;</title>
    <link href="regatta"/>
    <updated>2026-03-06T12:00:00Z</updated>
    <content type="html"><![CDATA[<p>Wind speeds of 40 knots & rising.</p>]]></content>
  </entry>
  <entry>
    <id>tag:bayside-observer.test,2026:tide</id>
    <title>Tide tables</title>
    <link href="/tides"/>
    <content type="text">High water 06:12.

Low water 12:30 &amp; again at 00:41.</content>
  </entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Estuary Ledger',
  home_page_url: 'https://estuary-ledger.test/',
  items: [
    { id: 'el-1', url: '/2026/bridge-toll', title: 'Bridge toll frozen', content_html: '<p>The toll stays at two crowns.</p>', date_published: '2026-03-01T12:00:00Z', summary: 'Toll unchanged.' },
    { id: 2, external_url: 'https://elsewhere.test/ferries', content_text: 'Ferries run late.\n\nCrews blame fog.', date_modified: '2026-03-02T06:00:00-05:00' },
  ],
});

describe('parseFeed: RSS 2.0', () => {
  const parsed = feed(RSS2);

  it('reads the channel and items with content:encoded, dc:date, guid and relative links resolved', () => {
    expect(parsed.format).toBe('rss');
    expect(parsed.title).toBe('Harbourside Gazette & Tidewater Courier');
    expect(parsed.items[0]).toEqual({
      id: 'hg-4411',
      url: 'https://harbourside-gazette.test/2026/03/ferry-pier-reopens',
      title: 'Ferry pier reopens after storm & repairs',
      published: '2026-03-03T09:30:00.000Z',
      summary: 'The north pier took ferries again on Tuesday.',
      contentHtml: '<p>The north pier took ferries again on Tuesday, Harbour Master Ilse Varga said.</p>',
    });
  });

  it('takes a permalink guid as the URL, a dc:date, a bare & and an HTML entity', () => {
    expect(parsed.items[1]).toEqual({
      id: 'https://harbourside-gazette.test/2026/03/dredging',
      url: 'https://harbourside-gazette.test/2026/03/dredging',
      title: 'Council & port board agree on dredging',
      published: '2026-03-04T17:00:00.000Z',
      summary: 'Both boards voted on Wednesday.',
    });
  });

  it('skips an item with neither link nor body, with a warning', () => {
    expect(parsed.items).toHaveLength(2);
    expect(parsed.messages).toEqual([expect.objectContaining({ severity: 'warning', ruleId: 'feed/item-without-link' })]);
  });
});

describe('parseFeed: RSS 1.0, Atom, JSON Feed', () => {
  it('reads RSS 1.0 (RDF) with rdf:about as the id', () => {
    const parsed = feed(RDF, 'https://tidewater-courier.test/index.rdf');
    expect(parsed).toMatchObject({ format: 'rdf', title: 'Tidewater Courier' });
    expect(parsed.items).toEqual([{ id: 'https://tidewater-courier.test/lighthouse', url: 'https://tidewater-courier.test/lighthouse', title: 'Lighthouse keeper retires', published: '2026-02-28T07:00:00.000Z', summary: 'After 31 years on Gull Rock.' }]);
  });

  it('reads Atom: rel=alternate links against xml:base, published over updated, html/xhtml/text constructs', () => {
    const parsed = feed(ATOM, 'https://bayside-observer.test/atom.xml');
    expect(parsed).toMatchObject({ format: 'atom', title: 'Bayside Observer Daily' });
    const [market, regatta, tide] = parsed.items;
    expect(market).toEqual({
      id: 'tag:bayside-observer.test,2026:quay-market',
      url: 'https://bayside-observer.test/news/quay-market',
      title: 'Quay market doubles its stalls',
      published: '2026-03-05T08:15:00.000Z',
      summary: 'Forty new stalls & a fish hall.',
      contentHtml: '<p>Market warden <b>Oskar Lind</b> counted 80 stalls &amp; more.</p>',
    });
    expect(regatta).toMatchObject({ url: 'https://bayside-observer.test/sport/regatta', title: 'Regatta <postponed>', published: '2026-03-06T12:00:00.000Z', contentHtml: '<p>Wind speeds of 40 knots & rising.</p>' });
    expect(tide).toMatchObject({ url: 'https://bayside-observer.test/tides', published: null, contentHtml: '<p>High water 06:12.</p>\n<p>Low water 12:30 &amp; again at 00:41.</p>' });
  });

  it('reads JSON Feed 1.1 and 1.0 items: url or external_url, content_html or content_text, numeric ids', () => {
    const parsed = feed(JSON_FEED, 'https://estuary-ledger.test/feed.json');
    expect(parsed).toMatchObject({ format: 'json', title: 'Estuary Ledger' });
    expect(parsed.items).toEqual([
      { id: 'el-1', url: 'https://estuary-ledger.test/2026/bridge-toll', title: 'Bridge toll frozen', published: '2026-03-01T12:00:00.000Z', summary: 'Toll unchanged.', contentHtml: '<p>The toll stays at two crowns.</p>' },
      { id: '2', url: 'https://elsewhere.test/ferries', title: null, published: '2026-03-02T11:00:00.000Z', contentHtml: '<p>Ferries run late.</p>\n<p>Crews blame fog.</p>' },
    ]);
    const v1 = feed(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'Old Ledger', items: [{ id: 'x', url: 'https://estuary-ledger.test/x' }] }));
    expect(v1.items).toHaveLength(1);
  });

  it('keeps item ids stable for items without one', () => {
    const text = '<rss><channel><title>T</title><item><title>Only a body</title><content:encoded>&lt;p&gt;Text&lt;/p&gt;</content:encoded></item></channel></rss>';
    const [first] = feed(text).items;
    expect(first!.id).toMatch(/^item-[0-9a-f]{16}$/);
    expect(feed(text).items[0]!.id).toBe(first!.id);
    expect(first!.contentHtml).toBe('<p>Text</p>');
  });
});

describe('parseFeed: garbage', () => {
  it.each([
    ['', 'it is empty'],
    ['   \n ', 'it is empty'],
    ['\u0000\u0001\u0002PK\u0003\u0004', 'looks binary'],
    ['Just some words, no feed.', 'plain text'],
    ['{"title": "x"', 'not valid JSON'],
    ['{"title": "not a feed"}', 'not a JSON Feed'],
    ['<catalog><book/></catalog>', 'root element is <catalog>'],
    ['<rss version="2.0"></rss>', 'without a <channel>'],
    ['<opml version="2.0"><body/></opml>', 'OPML list of feeds'],
  ])('refuses %j (%s)', (text, why) => {
    expect(malformed(text).reason).toContain(why);
  });

  it('says when an HTML page was given, and names the feed the page links to', () => {
    const page = '<!DOCTYPE html><html><head><title>Harbourside Gazette</title><link rel="alternate" type="application/rss+xml" href="/feeds/world.xml"><meta charset="utf-8"></head><body><p>News<br>today</body></html>';
    expect(malformed(page).reason).toContain('HTML page, not a feed; the page names its feed at https://harbourside-gazette.test/feeds/world.xml');
    expect(malformed('<html><body><p>No feed link</p></body></html>').reason).toContain('look for the site\'s RSS or Atom link');
  });

  it('does not expand DOCTYPE entities (billion laughs stays inert)', () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><title>&c;</title></channel></rss>';
    const parsed = parseFeed(bomb, FEED_URL);
    const title = 'severity' in parsed ? '' : parsed.title ?? '';
    expect(title.length).toBeLessThan(100);
  });
});

describe('documentFromItem', () => {
  const body = `<p>${'The harbour board met on Tuesday and agreed the plan. '.repeat(12)}</p>`;

  it('turns an item with a full body into an html document with the item\'s metadata', () => {
    const item = { id: 'hg-1', url: 'https://harbourside-gazette.test/2026/03/board-plan', title: 'Board agrees plan', published: '2026-03-03T09:30:00.000Z', contentHtml: body };
    expect(documentFromItem(item, FEED_URL)).toEqual({
      id: expect.stringMatching(/^board-plan-[0-9a-f]{8}$/),
      origin: { url: item.url },
      source: item.url,
      format: 'html',
      content: body,
      given: { title: 'Board agrees plan', published: '2026-03-03T09:30:00.000Z', url: item.url },
    });
  });

  it('returns null for a teaser or no body, so the page is fetched instead', () => {
    expect(documentFromItem({ id: 'a', url: 'https://x.test/a', title: null, published: null, contentHtml: '<p>Short teaser.</p>' }, FEED_URL)).toBeNull();
    expect(documentFromItem({ id: 'b', url: 'https://x.test/b', title: null, published: null }, FEED_URL)).toBeNull();
  });
});

describe('parseOpml', () => {
  it('collects xmlUrl from nested outlines in order, once each', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Subscriptions</title></head><body>
      <outline text="Coast">
        <outline text="Harbourside Gazette" type="rss" xmlUrl="https://harbourside-gazette.test/feeds/world.xml" htmlUrl="https://harbourside-gazette.test/"/>
        <outline text="Inland"><outline title="Tidewater Courier" xmlUrl="https://tidewater-courier.test/index.rdf"/></outline>
      </outline>
      <outline text="Estuary Ledger" xmlUrl="https://estuary-ledger.test/feed.json"/>
      <outline text="Duplicate" xmlUrl="https://harbourside-gazette.test/feeds/world.xml"/>
      <outline text="Not a web feed" xmlUrl="file:///etc/feeds.xml"/>
    </body></opml>`;
    expect(parseOpml(opml)).toEqual([
      { url: 'https://harbourside-gazette.test/feeds/world.xml', title: 'Harbourside Gazette' },
      { url: 'https://tidewater-courier.test/index.rdf', title: 'Tidewater Courier' },
      { url: 'https://estuary-ledger.test/feed.json', title: 'Estuary Ledger' },
    ]);
  });

  it('refuses a file that is not OPML', () => {
    expect(parseOpml('<rss><channel/></rss>', 'subs.opml')).toMatchObject({ severity: 'error', ruleId: 'feed/malformed-opml', source: 'subs.opml' });
  });
});
