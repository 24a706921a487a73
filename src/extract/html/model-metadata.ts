/**
 * Where the title and byline come from, in order, as data. The order and the patterns follow
 * Readability 0.6 (`_getArticleMetadata`, `_getJSONLD`, `_getArticleTitle`, `_isValidByline`), the
 * reference the Readability test pages' expected metadata was made with, so the two agree.
 */

/** `<meta property>` values read as metadata: one of a space-separated list ("og:title dc:title"). */
export const META_PROPERTY = /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/gi;

/** `<meta name>` values read as metadata ("dc.creator" is keyed "dc:creator"). */
export const META_NAME = /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name)\s*$/i;

/** Metadata keys for the title, first present wins; after them, the cleaned `<title>`. */
export const TITLE_KEYS = ['dc:title', 'dcterm:title', 'og:title', 'weibo:article:title', 'weibo:webpage:title', 'title', 'twitter:title', 'parsely-title'];

/** Metadata keys for the byline, first present wins (article:author only when it is not a URL); after them, a visible byline element. */
export const BYLINE_KEYS = ['dc:creator', 'dcterm:creator', 'author', 'parsely-author', 'article:author'];

/** JSON-LD types that describe an article (Readability's list). */
export const JSON_LD_ARTICLE = /^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$/;

/** A class or id naming a byline element ("byline", "author-name", "dateline", "p-author"). */
export const BYLINE_CLASS = /byline|author|dateline|writtenby|p-author/i;

export const TITLE_RULES = {
  /** Separators between a headline and the site's name in `<title>` ("Headline | Site", "Headline » Section"); the en dash too, as typographers write "Headline – Site". */
  separator: / [|\-–\\/>»] /,
  /** Separators that show a path rather than a site name ("Docs » Guide » Page"). */
  hierarchical: / [\\/>»] /,
  /** A `<title>` outside these lengths (characters) is likely not the headline; a single h1 replaces it. */
  minChars: 15,
  maxChars: 150,
  /** After cutting off a site name, a title this short (words) is suspect: the cut is undone. */
  minWords: 3,
  /** A cleaned title of at most this many words falls back to the whole `<title>`, unless a hierarchical separator was cut. */
  fallbackWords: 4,
  /** A colon prefix longer than this (words) is part of the headline, not a section label ("Brexit: …" is a label). */
  maxColonPrefixWords: 5,
  /** JSON-LD `name` and `headline` differ: the one at least this similar to `<title>` (share of its words also in the other) wins. */
  similarity: 0.75,
} as const;

/** A visible byline element's text must be shorter than this (characters): longer is a bio or a paragraph. */
export const MAX_BYLINE_CHARS = 100;
