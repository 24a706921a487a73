import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { html } from '../../web/html.js';
import { sendPage } from './send-page.js';

const TITLES: Partial<Record<number, string>> = { 400: 'Bad request', 401: 'Token needed', 403: 'Not allowed', 404: 'Not found', 500: 'Something went wrong' };

/** An error as a page: what went wrong in words, and a way back. */
export function errorPage(c: Context, status: ContentfulStatusCode, message: string): Response {
  const title = TITLES[status] ?? 'Error';
  return sendPage(c, { title, status, body: html`<h1>${title}</h1><p>${message}</p><p><a href="/">Back to the stories</a></p>` });
}
