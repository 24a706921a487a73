/**
 * The HTML extractor's model: tag sets, class/id hints, boilerplate patterns and thresholds, as
 * data (configure once, run many times). Nothing here names a site: every pattern is a habit of
 * many publishers' templates. Thresholds were chosen on the article-extraction benchmark's
 * development pages (`npx tsx scripts/dev/eval-html.ts --per-page`) and say so.
 */

/** Elements that never hold article text. */
export const DROP_TAGS = ['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'select', 'textarea', 'button', 'input', 'link', 'meta'];

/** Elements that start a new block of text (everything else is inline and joins its neighbours). */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'center', 'html',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Structural elements whose text is page furniture, with the removal reason they imply. */
export const FURNITURE_TAGS: Readonly<Record<string, 'navigation' | 'footer' | 'caption' | 'related' | 'boilerplate'>> = {
  nav: 'navigation', footer: 'footer', figcaption: 'caption', caption: 'caption', aside: 'related', form: 'boilerplate',
};

/**
 * Class/id/role hints of page furniture, checked on the ancestors of a block (nearest first, up to
 * the content region). Ordered: the first match names the removal reason. Each alternative is a
 * whole word or a word inside a kebab/camel/snake-cased name ("c-share-bar", "relatedLinks").
 */
export const FURNITURE_HINTS: readonly { reason: 'comments' | 'share-bar' | 'related' | 'navigation' | 'footer' | 'caption' | 'byline' | 'date' | 'advertisement' | 'boilerplate'; pattern: RegExp }[] = [
  { reason: 'comments', pattern: /(?:^|[\s_-])(?:comments?|comment-?list|disqus|respond|replies)(?:$|[\s_-])|Comments?(?:$|[\s_A-Z-])/ },
  { reason: 'share-bar', pattern: /share|sharing|social|sociable|addthis|sharethis|(?:^|[\s_-])(?:follow|toolbar|tools)(?:$|[\s_-])/i },
  { reason: 'related', pattern: /related|recommend|more-?(?:stories|articles|news|from)|read-?(?:more|next|also)|popular|trending|most-?read|outbrain|taboola|teaser|promo|(?:^|[\s_-])(?:also|next|upnext|tags?|topics|keywords|breadcrumbs?)(?:$|[\s_-])|newsletter|subscri|signup|sign-up|paywall|registration|cta(?:$|[\s_-])/i },
  { reason: 'navigation', pattern: /(?:^|[\s_-])(?:nav|navbar|navigation|menu|masthead|skip|pagination|pager)(?:$|[\s_-])|sidebar|widget/i },
  { reason: 'footer', pattern: /(?:^|[\s_-])(?:footer|foot|copyright|colophon|disclaimer)(?:$|[\s_-])/i },
  { reason: 'caption', pattern: /caption|credit|(?:^|[\s_-])(?:wp-caption|photo-?(?:info|meta)|image-?(?:info|meta)|media-?meta)(?:$|[\s_-])/i },
  { reason: 'byline', pattern: /byline|(?:^|[\s_-])(?:author|authors|author-?(?:info|name|bio)|contributor|writer|bio)(?:$|[\s_-])/i },
  { reason: 'date', pattern: /(?:^|[\s_-])(?:date|dateline|timestamp|published|pubdate|updated|time)(?:$|[\s_-])/i },
  { reason: 'advertisement', pattern: /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|adslot|ad-?slot|ad-?container|dfp|gpt|sponsor(?:ed)?|commercial)(?:$|[\s_-])/i },
  { reason: 'boilerplate', pattern: /(?:^|\s)(?:hidden|visually-?hidden|sr-only|screen-?reader-?(?:text|only)|print-?only|modal|popup|overlay|banner|alert|login)(?:$|\s)|cookie|consent/i },
];

/** Embedded posts (tweets, Instagram, TikTok) are quoted in the body: their wrappers' "social" classes must not make them share bars. */
export const EMBED_HINT = /(?:^|[\s_-])(?:embed|embedded|embeds|twitter-tweet|instagram-media|tiktok-embed|tweet)(?:$|[\s_-])/i;

/** Class names that only an article body container carries: they win over furniture words in the same attribute ("entry-content entry-content-read-more"). */
export const STRONG_BODY_HINT = /(?:^|\s)(?:[\w-]*(?:article|story|entry|post)-?(?:body|content|text)|articleBody|body-?text|rich-?text)(?:$|\s)/i;

/** Generic content words: they veto furniture hints further up, but lose to a furniture word on the same element ("article-share" is a share bar). */
export const BODY_HINT = /main-?content|(?:^|[\s_-])(?:content|article|story|text)(?:$|[\s_-])/i;

/**
 * One-paragraph boilerplate, matched against a whole trimmed paragraph. Each reason is a list of
 * patterns; they are written to match short calls to action, never a sentence of reporting.
 */
export const BOILERPLATE_TEXT: readonly { reason: 'advertisement' | 'read-more' | 'share-bar' | 'boilerplate' | 'caption' | 'byline' | 'related' | 'footer'; pattern: RegExp }[] = [
  { reason: 'advertisement', pattern: /^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues (?:below|after) (?:this )?advertisement|continue reading (?:the main story|below)|scroll to continue(?: with content)?)\.?$/i },
  { reason: 'read-more', pattern: /^(?:read|see|watch|listen|click)(?: (?:more|also|next|the full story|here))?\s*[:»›>-–—]|^(?:read|see) more\b.{0,80}$|^(?:related|more)(?: (?:coverage|stories|articles|reading|on this story|from [\w ]{1,40}))?\s*[:»›>–—]/i },
  { reason: 'share-bar', pattern: /^(?:share(?: this(?: article| story| post)?)?(?: on| via)?|tweet|email|print|facebook|twitter|whatsapp|linkedin|pinterest|reddit|copy link|follow us(?: on [\w ,]+)?)\s*[:.!]?$/i },
  { reason: 'boilerplate', pattern: /(?:sign up|subscribe)(?: now| today)? (?:for|to) (?:our|the) [\w' -]{0,40}newsletter|^(?:sign up|subscribe|register|log ?in)(?: now| here| today)?[.!]?$|all rights reserved|^©|^copyright\b|^(?:this|the) (?:article|story|post) (?:was )?(?:first |originally )?(?:appeared|published) (?:on|in)\b.{0,120}$|we (?:may )?(?:earn|receive) (?:a )?(?:commission|compensation)|^(?:our|we use) cookies\b|^(?:follow|like) us on\b.{0,80}$|^(?:get|download) (?:the|our) app\b.{0,80}$|^(?:have|got) a (?:news )?tip\??\b.{0,80}$|^(?:leave|add|post|view|show|load) (?:a |more |all )?(?:comments?|replies)\b.{0,40}$/i },
  { reason: 'caption', pattern: /\((?:image|photo|picture|pic|credit|video|source|foto|bild)s?\s*:[^)]{0,80}\)\s*$|(?:credit|photo|image|picture)s?\s*:\s*[^.!?]{0,60}$|^(?:photo|image|picture)\s*\d+\s*(?:of|\/)\s*\d+/i },
  { reason: 'caption', pattern: /^(?:photo|image|picture|video|photograph|illustration|graphic|credit|source|photo credit|image credit|image source)s?(?: by)?\s*[:©]|(?:\b(?:photo|image|picture|credit)s?\s*:?\s*(?:[A-Z][\w.'-]*\s?){1,5}(?:\/\s?[A-Z][\w.'-]*\s?)*(?:via [\w ]+)?|\((?:AP|Reuters|AFP|Getty Images?|EPA|Shutterstock)[^)]{0,40}\))\s*$/ },
  { reason: 'related', pattern: /^(?:related|recommended|trending|popular|most read|you may also like|you might also like|don'?t miss|must read|more from|more in|more on|up next|also read|also on)\b.{0,60}$/i },
  { reason: 'byline', pattern: /^(?:by|written by|words by|reporting by)\s+(?:\p{Lu}[\p{L}.'’-]*\s?){1,4}(?:(?:,|and|&)\s*(?:\p{Lu}[\p{L}.'’-]*\s?){1,4})*(?:[,|–—-]\s*.{0,60})?$/u },
];

/** An AI-generation notice about the text itself ("This article was written with the help of AI"). */
export const AI_DISCLOSURE = /\b(?:this|the) (?:article|story|post|content|text|summary|report)\b[^.]{0,80}\b(?:generated|written|produced|created|drafted|assisted|translated)\b[^.]{0,60}\b(?:AI|A\.I\.|artificial intelligence|machine learning|language model|automated)\b|\b(?:AI|artificial intelligence)[- ](?:generated|assisted|written)\b[^.]{0,40}\b(?:article|story|content|text|summary)\b/i;

export const THRESHOLDS = {
  /** Pages larger than this are cut before parsing: linkedom parses ~2.5 MB/s on 2 cores, so this bounds one page to ~4 s. Chosen so that no benchmark or test page (largest ~2 MB after script stripping) is cut. */
  maxHtmlChars: 10_000_000,
  /** A block whose text is mostly link text is navigation or a related list (chosen: body paragraphs with an inline link or two stay under 0.35; related lists sit above 0.6 on the dev pages). */
  maxLinkDensity: 0.5,
  /** Words outside links that make a link-heavy block prose after all ("<a>Headline sentence.</a> Two more sentences…"): a related-story item has almost none. Chosen on dev pages: teaser items carry ≤ 6. */
  minUnlinkedWords: 10,
  /** A block Readability dropped comes back when it shares a container no more than this many levels up with the accepted blocks before and after it. Chosen on dev pages: an embedded tweet's text sits 3 levels below the body container (p < blockquote < embed div); 4 also restores lists in wrappers, more starts restoring sidebars. */
  sandwichLevels: 4,
  /** Share of Readability's kept prose words the region must hold. Chosen on dev pages: 0.8 keeps multi-part bodies (intro + main column) whole while ignoring a stray kept sidebar sentence; 1.0 (plain common ancestor) widened 3 pages to the whole site template. */
  regionShare: 0.8,
  /** Readability's cost grows faster than linearly with nesting depth (300 nested divs: 1.2 s; 2,000: minutes), so deeper pages skip it and use our own blocks. The deepest benchmark or Readability test page nests 48 levels. */
  maxReadabilityDepth: 150,
  /** A prose paragraph has at least this many words. Blocks below it need other evidence (a p/li tag inside the region) to be added back when Readability dropped them. Chosen on dev pages: shortest real paragraphs ~8 words, buttons and labels ≤ 5. */
  proseWords: 8,
  /** Readability's output must have at least this many words to be trusted as the region; below it, our own container scoring decides (chosen: the shortest article body on the dev pages has ~90 words). */
  minReadabilityWords: 50,
  /** A short block (below `proseWords`) counts as kept by Readability only this many characters after the previous kept block's text ends in Readability's text: short text like "Home" is found anywhere. Chosen so that a block separated by a caption or an image's alt text (≤ ~100 chars) still aligns. */
  alignGapChars: 120,
  /** Our selection must keep at least this share of the words of Readability's kept blocks; below it, with no boilerplate reason for the difference, Readability's blocks win (chosen on the Readability test pages, where it brings back qq-style pages that lost most of their text; at 0.5 no benchmark page changes method, so benchmark F1 is unchanged). */
  minShareOfReadability: 0.5,
  /** Removed-block text is trimmed to this many characters (the contract asks for ≤ 200). */
  removedTextChars: 200,
} as const;
