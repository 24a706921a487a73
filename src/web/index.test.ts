import { expect, it } from 'vitest';
import * as web from './index.js';

// What src/serve and the CLI use of the views; adding to it is a decision.
it('exports exactly the views API', () => {
  expect(Object.keys(web).sort()).toEqual([
    'CLIENT_SCRIPT', 'STYLES', 'SafeHtml', 'contentSecurityPolicy', 'escapeHtml', 'html', 'layoutPolicy', 'raw', 'renderArticlePage', 'renderLayout',
    'renderReportHtml', 'renderStoryList', 'renderStoryPage', 'reportLinks', 'safeHref', 'sentenceId', 'sortStories', 'webLinks',
  ]);
});
