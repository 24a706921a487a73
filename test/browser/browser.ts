/**
 * The browser of the browser tests: Debian's Chromium driven by playwright-core, with a throwaway
 * profile and nothing that phones home. Tests skip with a message when it is not installed.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

const ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface TestBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1280, height: 900 } });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did that it should not: dialogs opened, console errors and warnings, uncaught errors. */
export interface Incidents {
  readonly dialogs: string[];
  readonly console: string[];
  readonly errors: string[];
}

export function watch(page: Page): Incidents {
  const incidents: Incidents = { dialogs: [], console: [], errors: [] };
  page.on('dialog', (dialog) => {
    incidents.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') incidents.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => incidents.errors.push(error.message));
  return incidents;
}

/** Everything in the page that markup from an article could have become, had it not stayed text. */
export function inspectInert(page: Page) {
  return page.evaluate(() => {
    const onAttributes: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name)) onAttributes.push(`${el.tagName.toLowerCase()} ${attr.name}`);
    }
    const main = document.querySelector('main');
    return {
      pwned: (window as unknown as { __pwned?: string }).__pwned ?? null,
      onAttributes,
      scriptUrls: document.querySelectorAll('[href^="javascript" i], [src^="javascript" i], [action^="javascript" i]').length,
      foreignElements: Array.from(document.querySelectorAll('img, iframe, object, embed, b')).map((el) => el.outerHTML.slice(0, 80)),
      styles: document.querySelectorAll('style').length,
      scripts: Array.from(document.scripts).map((s) => s.textContent?.length ?? 0),
      bodyShown: getComputedStyle(document.body).display !== 'none' && !!main && getComputedStyle(main).visibility !== 'hidden',
    };
  });
}
