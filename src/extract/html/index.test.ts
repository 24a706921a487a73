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

  const titles: [string, string, string][] = [
    ['og:title as written', '<meta property="og:title" content="How to mend a net | Fishing Weekly"><title>x</title>', 'How to mend a net | Fishing Weekly'],
    ['<title> with the last part cut', '<title>Storm damage closes the coastal road for a week - Northern Post</title>', 'Storm damage closes the coastal road for a week'],
    ['<title> kept whole when the cut leaves four words or fewer', '<title>Harbour fees go up | Ledger</title>', 'Harbour fees go up | Ledger'],
    ['<title> after a section label', '<title>Local news: the town hall gets a new roof at last</title>', 'the town hall gets a new roof at last'],
    ['JSON-LD headline when name is the site', '<title>Gulls return to the old pier early - Ledger</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","name":"Ledger","headline":"Gulls return to the old pier early"}</script>', 'Gulls return to the old pier early'],
    ['dc:title property before name', '<meta name="dc.title" content="Name title"><meta property="dc:title" content="Property title"><title>x</title>', 'Property title'],
  ];
  it.each(titles)('takes the title by Readability\'s rules: %s', (_, head, title) => {
    expect(extractHtml(`<html><head>${head}</head><body><p>x</p></body></html>`).title).toBe(title);
  });

  const bylines: [string, string, string | null][] = [
    ['JSON-LD author names joined', '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","author":[{"name":"Ann Lee"},{"name":"Bo Chan"}]}</script>', 'Ann Lee, Bo Chan'],
    ['meta author', '<meta name="author" content="Ann Lee">', 'Ann Lee'],
    ['article:author that is a URL is skipped', '<meta property="article:author" content="https://social.example/annlee">', null],
    ['a byline element, as shown', '</head><body><div class="byline">By Ann Lee</div><p>x</p>', 'By Ann Lee'],
    ['itemprop name inside an author element', '</head><body><div itemprop="author"><span>Words:</span> <span itemprop="name">Ann Lee</span></div>', 'Ann Lee'],
    ['rel=author link', '</head><body><p>Filed by <a rel="author" href="/ann">Ann Lee</a></p>', 'Ann Lee'],
    ['a hidden byline is not read', '</head><body><div class="author" style="display:none">Ann Lee</div>', null],
  ];
  it.each(bylines)('takes the byline by Readability\'s cues: %s', (_, head, byline) => {
    expect(extractHtml(`<html><head>${head}</head><body><p>x</p></body></html>`).byline).toBe(byline);
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

  it('finds the body when an element comes before <head> (linkedom would return an empty implied body)', () => {
    const out = extractHtml('<!doctype html><html><div id="css-stamp"></div><head><title>Quiet night at the lighthouse museum</title></head><body><article><p>The lighthouse museum stayed open late on Friday, and the keepers counted more visitors than in any week of the past summer season.</p></article></body></html>');
    expect(out.paragraphs.map((p) => p.text).join(' ')).toMatch(/^The lighthouse museum stayed open late/);
    expect(out.attempts.some((a) => /before <head>/.test(a.note))).toBe(true);
  });

  const hidden: [string, string][] = [
    ['display:none !important', '<div style="display:none !important">HIDDEN</div>'],
    ['visibility: hidden', '<div style="color: red; visibility: hidden">HIDDEN</div>'],
    ['the hidden attribute', '<div hidden>HIDDEN</div>'],
    ['aria-hidden', '<span aria-hidden="true">HIDDEN</span>'],
  ];
  it.each(hidden)('skips text hidden by %s, as Readability does', (_, element) => {
    const p = '<p>The orchard growers met in the village hall to agree on a common price for this year\'s apple harvest, which came in early.</p>';
    const out = extractHtml(`<html><body><article>${p}${element}${p}</article></body></html>`);
    expect(out.paragraphs.map((x) => x.text).join(' ')).not.toMatch(/HIDDEN/);
    const shown = extractHtml(`<html><body><article>${p}<span aria-hidden="true" class="fallback-image">x² + y²</span>${p}</article></body></html>`);
    expect(shown.paragraphs.map((x) => x.text).join(' ')).toMatch(/x² \+ y²/);
  });

  it('returns the few words of a very short page instead of nothing', () => {
    const out = extractHtml('<html><head><title>Two pictures</title></head><body><article><h2>Test case one</h2><img src="a.jpg"><h2>Test case two</h2><img src="b.jpg"></article></body></html>');
    expect(out.method).not.toBe('html/none');
    expect(out.paragraphs.map((p) => p.text)).toEqual(['Test case one', 'Test case two']);
  });

  it('counts Chinese text by characters, so its paragraphs are prose', () => {
    const zh = ['市议会周二晚上投票决定继续运营渡轮服务，结束了长达一年的争论。', '这项服务每天运送大约两百名乘客，自从新桥开通以来一直亏损。', '议会将向交通委员会申请资金，以更换这艘已经服役四十年的旧船。'];
    const out = extractHtml(`<html><body><div class="nav"><a href="/">首页</a></div><div id="main"><div>${zh.map((t) => `<p>${t}</p>`).join('')}</div></div></body></html>`);
    expect(out.paragraphs.map((p) => p.text)).toEqual(zh);
  });

  it('keeps both paragraphs when Readability keeps too few words to be trusted', () => {
    const out = extractHtml('<html><body><article><h1>Lorem</h1><div><p>The ferry ran late again, and passengers waited on the cold quay.</p><p>The operator blamed the tide, which was lower than forecast.</p></div></article></body></html>');
    expect(out.paragraphs.map((p) => p.text)).toEqual([expect.stringMatching(/^The ferry ran late/), expect.stringMatching(/^The operator blamed/)]);
  });

  it('prefers Readability\'s blocks, and says so, when our selection keeps under half of them', () => {
    // Two paragraphs sit in a "tools" wrapper our hints call a share bar; Readability keeps them.
    const para = (i: number): string => `<p>Paragraph ${i} of the harbour report describes, in plain words and with commas, how the new pier was planned, paid for and built.</p>`;
    const html = `<html><body><article>${para(1)}<div class="tools">${[2, 3, 4, 5, 6].map(para).join('')}</div>${para(7)}</article></body></html>`;
    const out = extractHtml(html);
    expect(out.paragraphs).toHaveLength(7);
    expect(out.method).toBe('html/readability');
    expect(out.attempts.some((a) => a.method === 'html/readability+blocks' && /under 0.5/.test(a.note))).toBe(true);
  });

  it('reports html/none with a note when nothing is found', () => {
    const out = extractHtml('');
    expect(out.method).toBe('html/none');
    expect(out.paragraphs).toEqual([]);
    expect(out.attempts.length).toBeGreaterThan(0);
  });
});
