import { describe, expect, it } from 'vitest';
import { extractHtml } from './index.js';

/** An invented article page with the usual furniture around a short body. */
const PAGE = `<!doctype html>
<html lang="en-GB"><head>
<title>Harbour town votes to keep its ferry | The Coastal Ledger</title>
<meta property="og:title" content="Harbour town votes to keep its ferry">
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="og:description" content="A narrow vote ends a year of argument over the island crossing.">
<meta property="og:url" content="https://ledger.example/news/ferry-vote">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ledger"},
 {"@type":"NewsArticle","headline":"Harbour town votes to keep its ferry","datePublished":"2024-03-05T09:30:00Z",
  "author":[{"@type":"Person","name":"Mara Quill"}],"publisher":{"@type":"Organization","name":"The Coastal Ledger"}}]}</script>
</head><body>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
 <h1>Harbour town votes to keep its ferry</h1>
 <div class="byline">By Mara Quill</div>
 <time datetime="2024-03-05">5 March 2024</time>
 <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
 <div class="article-body">
  <p>Councillors in the harbour town of Westerby voted seven to six on Tuesday night to keep the island ferry running for another five years, ending a long and bitter argument.</p>
  <figure><img src="boat.jpg"><figcaption>The ferry leaving the quay at dawn. Photo: Jon Perch</figcaption></figure>
  <p>The service, which carries about two hundred passengers a day, had been losing money since the new bridge opened upstream, and officials had proposed replacing it with a bus.</p>
  <p>Advertisement</p>
  <h2>What happens next</h2>
  <p>The council will now ask the regional transport board for a grant to replace the ageing vessel, which was built more than forty years ago, before the end of the summer.</p>
  <p>Read more: Island shop closes after sixty years</p>
  <p>“We have kept a lifeline for the island,” said the council leader, who cast the deciding vote after a debate that lasted almost four hours.</p>
 </div>
 <aside class="related-stories"><h3>Related</h3><ul>
  <li><a href="/a">Bridge tolls to rise again next spring, council confirms</a></li>
  <li><a href="/b">Fishing fleet lands record catch despite the storms</a></li></ul></aside>
 <p class="newsletter">Sign up for our newsletter</p>
</article>
<section id="comments" class="comments"><h3>Comments</h3><div class="comment"><p>I have taken this ferry every week for twenty years and I am so glad it stays, thank you all.</p></div></section>
</main>
<footer class="site-footer"><p>© 2024 The Coastal Ledger. All rights reserved.</p></footer>
</body></html>`;

describe('extractHtml on an article page', () => {
  const out = extractHtml(PAGE);
  const texts = out.paragraphs.map((p) => p.text);

  it('keeps the body paragraphs and subheading in order', () => {
    expect(texts).toEqual([
      expect.stringMatching(/^Councillors in the harbour town/),
      expect.stringMatching(/^The service, which carries/),
      'What happens next',
      expect.stringMatching(/^The council will now ask/),
      expect.stringMatching(/^“We have kept a lifeline/),
    ]);
    expect(out.paragraphs.find((p) => p.text === 'What happens next')?.heading).toBe(true);
  });

  it('reads the metadata', () => {
    expect(out).toMatchObject({
      title: 'Harbour town votes to keep its ferry',
      outlet: 'The Coastal Ledger',
      byline: 'Mara Quill',
      published: '2024-03-05',
      language: 'en',
      url: 'https://ledger.example/news/ferry-vote',
      dek: 'A narrow vote ends a year of argument over the island crossing.',
      aiDisclosure: null,
    });
    expect(out.method).toMatch(/^html\//);
  });

  it('says why furniture inside the article was dropped', () => {
    const reasonOf = (start: string): string | undefined => out.removed.find((r) => r.text.startsWith(start))?.reason;
    expect(reasonOf('The ferry leaving the quay')).toBe('caption');
    expect(reasonOf('Advertisement')).toBe('advertisement');
    expect(reasonOf('Read more: Island shop')).toBe('read-more');
    expect(out.removed.every((r) => r.text.length <= 200)).toBe(true);
  });

  it('leaves out comments, related links and the footer', () => {
    const all = texts.join(' ');
    expect(all).not.toMatch(/twenty years|Bridge tolls|newsletter|All rights reserved|Home|Facebook|Mara Quill/);
  });
});

describe('extractHtml on odd input', () => {
  it('strips the site name from a title only when it is the site name', () => {
    const page = (title: string): string => `<html><head><title>${title}</title><meta property="og:site_name" content="Daily Example"></head><body><p>x</p></body></html>`;
    expect(extractHtml(page('Storm hits the coast | Daily Example')).title).toBe('Storm hits the coast');
    expect(extractHtml(page('Budget: what changes for renters - Daily Example')).title).toBe('Budget: what changes for renters');
    expect(extractHtml(page('Left - right: the long argument')).title).toBe('Left - right: the long argument');
  });

  it('decodes entities in metadata', () => {
    const out = extractHtml('<html><head><script type="application/ld+json">{"@type":"Article","headline":"Tom &amp; Jerry&#8217;s day","author":"Ann Lee"}</script></head><body></body></html>');
    expect(out.title).toBe('Tom & Jerry’s day');
    expect(out.byline).toBe('Ann Lee');
  });

  it('takes out an AI-generation notice', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i} of an invented report about the town budget, with several plain words, commas, and a full stop.</p>`).join('');
    const out = extractHtml(`<html><body><article>${body}<p>This article was generated with the help of AI and checked by an editor.</p></article></body></html>`);
    expect(out.aiDisclosure).toMatch(/generated with the help of AI/);
    expect(out.paragraphs.map((p) => p.text).join(' ')).not.toMatch(/help of AI/);
    expect(out.removed.some((r) => r.reason === 'ai-disclosure')).toBe(true);
  });

  const junk: [string, string][] = [
    ['empty string', ''],
    ['bare body', '<html><body>'],
    ['truncated tags', '<html><head><title>Cut off</title></head><body><div class="article"><p>Some text that stops <b'],
    ['binary junk', '\u0000\u0001\u00ff\ufffd\u0002PK\u0003\u0004'.repeat(50)],
    ['frameset', '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>'],
    ['fragment without html', '<title>Only a title</title><p>One short line.</p>'],
    ['deep nesting', `<html><body>${'<div>'.repeat(2000)}deep text${'</div>'.repeat(2000)}</body></html>`],
  ];
  it.each(junk)('does not throw on %s', (_, html) => {
    const out = extractHtml(html);
    expect(Array.isArray(out.paragraphs)).toBe(true);
    expect(typeof out.method).toBe('string');
  });

  it('reports html/none with a note when nothing is found', () => {
    const out = extractHtml('');
    expect(out.method).toBe('html/none');
    expect(out.paragraphs).toEqual([]);
    expect(out.attempts.length).toBeGreaterThan(0);
  });
});
