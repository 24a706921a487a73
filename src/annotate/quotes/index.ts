export { findQuotes } from './find-quotes.js';
export { fallbackSentences } from './fallback-sentences.js';
export { plainResolver } from './plain-resolver.js';
