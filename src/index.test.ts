import { expect, it } from 'vitest';
import * as parallax from './index.js';

// The public API is small on purpose: adding to it is a decision, so this list changes by hand.
it('exports exactly the public API', () => {
  expect(Object.keys(parallax).sort()).toEqual(['REPORT_VERSION', 'analyze', 'createApp', 'extractArticle', 'extractInputs', 'ingest', 'openLibrary', 'openStore', 'parseFeed', 'renderReportHtml', 'safeFetch']);
});
