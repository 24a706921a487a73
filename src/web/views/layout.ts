import { contentSecurityPolicy } from '../csp.js';
import { html, raw, type SafeHtml } from '../html.js';
import { STYLES } from '../styles.js';

export interface NavItem {
  readonly href: string;
  readonly label: string;
  readonly current?: boolean;
}

export interface LayoutOptions {
  /** The document title (text, escaped). */
  readonly title: string;
  /** The page content: markup from the view functions (trusted; never raw input text). */
  readonly body: string | SafeHtml;
  readonly nav?: readonly NavItem[];
  /** Our own inline script (e.g. `CLIENT_SCRIPT`): allowed by hash in the page's policy. */
  readonly script?: string;
  /** The document language (default `en`: the interface is English; article text keeps its own `lang`). */
  readonly lang?: string;
}

/** The policy `renderLayout` puts in its meta tag, for the server to send as a header too. */
export function layoutPolicy(script?: string): string {
  return contentSecurityPolicy([STYLES], script ? [script] : []);
}

/** A complete HTML document: charset, viewport, CSP, skip link, header/nav/main landmarks. */
export function renderLayout(o: LayoutOptions): string {
  const body = typeof o.body === 'string' ? raw(o.body) : o.body;
  const nav = o.nav?.length ? html`<nav aria-label="Main"><ul>${o.nav.map((n) => html`<li><a href="${n.href}"${n.current ? raw(' aria-current="page"') : ''}>${n.label}</a></li>`)}</ul></nav>` : '';
  const page: SafeHtml = html`<!doctype html>
<html lang="${o.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${layoutPolicy(o.script)}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="Parallax">
<title>${o.title}</title>
<style>${raw(STYLES)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site"><span class="brand">Parallax</span>${nav}</header>
<main id="main" tabindex="-1">
${body}
</main>
${o.script ? html`<script>${raw(o.script)}</script>` : ''}
</body>
</html>
`;
  return page.value;
}
