import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error shape of the API: `{ "error": { "status": 404, "message": "…" } }`. Never a stack trace. */
export interface ApiProblem {
  readonly error: { readonly status: number; readonly message: string };
}

export function problemBody(status: number, message: string): ApiProblem {
  return { error: { status, message } };
}

/** A JSON error response. Messages say what failed, what was expected, what was found, and how to fix it. */
export function problem(c: Context, status: ContentfulStatusCode, message: string): Response {
  return c.json(problemBody(status, message), status);
}
