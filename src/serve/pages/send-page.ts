/** One way pages are sent: the shared layout, our nav, and the layout's own policy as a header. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SafeHtml } from '../../web/html.js';
import { layoutPolicy, renderLayout, type NavItem } from '../../web/views/layout.js';
import { pagePolicy } from '../security-headers.js';

export type Section = 'stories' | 'add' | 'search' | null;

export interface PageOptions {
  readonly title: string;
  readonly body: SafeHtml;
  /** Our own inline script (allowed by its hash). */
  readonly script?: string;
  readonly section?: Section;
  readonly status?: ContentfulStatusCode;
}

export function nav(section: Section): NavItem[] {
  return [
    { href: '/', label: 'Stories', current: section === 'stories' },
    { href: '/add', label: 'Add articles', current: section === 'add' },
    { href: '/search', label: 'Search', current: section === 'search' },
  ];
}

export function sendPage(c: Context, page: PageOptions): Response {
  const document = renderLayout({ title: `${page.title} · Parallax`, body: page.body, nav: nav(page.section ?? null), ...(page.script ? { script: page.script } : {}) });
  c.header('Content-Security-Policy', pagePolicy(layoutPolicy(page.script)));
  return c.html(document, page.status ?? 200);
}
