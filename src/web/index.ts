/** The HTML views of Parallax, shared by the web app (src/serve) and the one-file report. */
export { CLIENT_SCRIPT } from './client.js';
export { contentSecurityPolicy } from './csp.js';
export { escapeHtml, html, raw, SafeHtml } from './html.js';
export { reportLinks, sentenceId, webLinks } from './links.js';
export type { Links, SpanRef } from './links.js';
export { renderReportHtml } from './report-html.js';
export { safeHref } from './safe-href.js';
export { STYLES } from './styles.js';
export { renderArticlePage } from './views/article-page.js';
export type { ArticleContext } from './views/article-page.js';
export { layoutPolicy, renderLayout } from './views/layout.js';
export type { LayoutOptions, NavItem } from './views/layout.js';
export { renderStoryList, sortStories } from './views/story-list.js';
export type { StoryListItem, StoryListOptions } from './views/story-list.js';
export { renderStoryPage } from './views/story-page.js';
export type { StoryPageOptions } from './views/story-page.js';
