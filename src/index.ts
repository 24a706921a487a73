/** The public API of Parallax. Kept small on purpose and pinned by src/index.test.ts. */
export { analyze, extractInputs } from './analyze.js';
export type { ExtractItem, RunOptions } from './analyze.js';
export { extractArticle } from './extract/extract.js';
export { ingest } from './ingest/ingest.js';
export type { IngestItem, IngestOptions } from './ingest/ingest.js';
export { openLibrary } from './library/library.js';
export type { AddResult, Library, LibraryOptions } from './library/types.js';
export { openStore } from './library/open-store.js';
export type { Store, StoredArticle, StoredStory, SearchHit } from './store/store.js';
export { createApp } from './serve/app.js';
export { renderReportHtml } from './web/report-html.js';
export { safeFetch } from './net/safe-fetch.js';
export { parseFeed } from './net/feeds.js';
export { REPORT_VERSION } from './version.js';
export type * from './types.js';
