/**
 * Reads the body of `POST /api/articles` into submitted items, without analysing anything: the
 * request answers at once (400/413/415 for a body that cannot be read at all), and the items go to
 * a job. Items are read further — decoded, extracted — in the job, where each broken item becomes a
 * message instead of failing the others.
 */

/** One thing the user submitted: a JSON record (`{ title?, text?, html?, … }`) or an uploaded file. */
export type SubmittedItem =
  | { readonly kind: 'record'; readonly value: unknown; readonly source: string; readonly index: number | undefined }
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array; readonly source: string };

export type Submission =
  | { readonly ok: true; readonly items: readonly SubmittedItem[] }
  | { readonly ok: false; readonly status: 400 | 413 | 415; readonly message: string };

/** Most items in one request (chosen: a day of a busy feed; larger batches go through the CLI). */
export const MAX_ITEMS = 5000;

/** The form fields that describe a pasted article, as record fields. */
const TEXT_FIELDS = ['title', 'dek', 'outlet', 'byline', 'url', 'published', 'language'] as const;

const fail = (status: 400 | 413 | 415, message: string): Submission => ({ ok: false, status, message });

const SUPPORTED = 'application/json (one article object, an array of them, or {"articles": […]}), multipart/form-data (files and/or a "text" field), application/x-www-form-urlencoded (a "text" field), text/plain or text/html (one article)';

export async function readSubmission(request: Request): Promise<Submission> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type)) return fromJson(await request.text());
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    let form: FormData;
    try {
      form = await request.formData();
    } catch (error) {
      return fail(400, `the ${type} body could not be read (${(error as Error).message}); send the form as a browser would, with its boundary in the Content-Type header`);
    }
    return fromForm(form);
  }
  if (type === 'text/plain' || type === 'text/html') {
    const body = await request.text();
    if (!body.trim()) return fail(400, `the ${type} body is empty; send the article's ${type === 'text/html' ? 'page' : 'text'}`);
    return ok([{ kind: 'record', value: type === 'text/html' ? { html: body } : { text: body }, source: 'body', index: undefined }]);
  }
  return fail(415, `unsupported content type ${type ? JSON.stringify(type) : '(none)'}; send ${SUPPORTED}`);
}

function ok(items: SubmittedItem[]): Submission {
  if (!items.length) return fail(400, 'nothing to add: the request holds no article; paste text or choose files');
  if (items.length > MAX_ITEMS) return fail(413, `the request holds ${items.length} articles, above the ${MAX_ITEMS} a request may carry; send them in smaller batches`);
  return { ok: true, items };
}

export function fromJson(text: string): Submission {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(400, `the body is not valid JSON (${(error as Error).message}); expected one article object, an array of them, or {"articles": […]}`);
  }
  const list = Array.isArray(value) ? value : isWrapper(value) ? value.articles : null;
  if (list) return ok(list.map((v, i) => ({ kind: 'record', value: v, source: 'body', index: i })));
  if (typeof value !== 'object' || value === null) {
    return fail(400, `expected one article object, an array of them, or {"articles": […]} as the JSON body, found ${value === null ? 'null' : typeof value}`);
  }
  return ok([{ kind: 'record', value, source: 'body', index: undefined }]);
}

/** `{ "articles": [...] }`, and not an article that happens to have an `articles` field. */
function isWrapper(value: unknown): value is { articles: unknown[] } {
  if (typeof value !== 'object' || value === null) return false;
  const obj = value as Record<string, unknown>;
  return Array.isArray(obj.articles) && obj.text === undefined && obj.html === undefined;
}

export async function fromForm(form: FormData): Promise<Submission> {
  const items: SubmittedItem[] = [];
  for (const [, value] of form.entries()) {
    // A file input left empty still sends a nameless, empty file.
    if (typeof value === 'string' || (!value.name && value.size === 0)) continue;
    items.push({ kind: 'file', name: value.name || 'upload', bytes: new Uint8Array(await value.arrayBuffer()), source: value.name || 'upload' });
  }
  const text = form.get('text');
  if (typeof text === 'string' && text.trim()) {
    const record: Record<string, string> = { text };
    for (const field of TEXT_FIELDS) {
      const v = form.get(field);
      if (typeof v === 'string' && v.trim()) record[field] = v.trim();
    }
    items.push({ kind: 'record', value: record, source: 'pasted text', index: undefined });
  }
  return ok(items);
}
