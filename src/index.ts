/** The public API of Parallax. Kept small on purpose and pinned by src/index.test.ts. */
export { analyze, extractInputs } from './analyze.js';
export type { ExtractItem, RunOptions } from './analyze.js';
export { extractArticle } from './extract/extract.js';
export { ingest } from './ingest/ingest.js';
export type { IngestItem, IngestOptions } from './ingest/ingest.js';
export { REPORT_VERSION } from './version.js';
export type * from './types.js';
