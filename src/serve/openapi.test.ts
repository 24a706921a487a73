import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../library/types.js';
import { createApp } from './app.js';
import { FOLLOW_UP } from './fixtures.js';
import { createJobRegistry, type JobRegistry } from './jobs.js';
import { OPENAPI } from './openapi.js';
import { exampleLibrary } from './testing.js';

let library: Library;
let jobs: JobRegistry;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  library = await exampleLibrary();
  jobs = createJobRegistry({ log: () => {} });
  app = createApp({ library, jobs, log: () => {} });
});

/** A validator for one response of one operation, resolving $refs in the document. */
function responseValidator(path: string, method: 'get' | 'post', status: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  ajv.addSchema({ ...OPENAPI, $id: 'openapi' });
  let response = OPENAPI.paths[path]?.[method]?.responses[status] as { $ref?: string; content?: Record<string, { schema: unknown }> } | undefined;
  if (response?.$ref) response = OPENAPI.components.responses[response.$ref.split('/').pop()!];
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`no JSON schema for ${method} ${path} ${status}`);
  const pointer = (schema as { $ref?: string }).$ref;
  return pointer ? ajv.getSchema(`openapi${pointer}`)! : ajv.compile(schema as object);
}

async function expectValid(path: string, url: string, status = '200', init?: RequestInit) {
  const res = await app.request(url, init);
  expect(String(res.status), url).toBe(status);
  const validate = responseValidator(path, (init?.method?.toLowerCase() as 'post') ?? 'get', status);
  const body = await res.json();
  expect(validate(body), `${url}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
  return body;
}

describe('the OpenAPI document', () => {
  it('is served at /api/openapi.json', async () => {
    const res = await app.request('/api/openapi.json');
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(OPENAPI)));
  });

  it('describes every API route the app has, and no other', () => {
    const described = Object.entries(OPENAPI.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    const routes = app.routes
      .filter((r) => r.method !== 'ALL' && (r.path.startsWith('/api') || r.path === '/healthz' || r.path === '/metrics'))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}').replace(/\/$/, '')}`);
    expect([...new Set(routes)].sort()).toEqual(described);
  });

  it('compiles: every schema and $ref resolves', () => {
    const ajv = new Ajv2020({ strict: false });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    ajv.addSchema({ ...OPENAPI, $id: 'openapi' });
    for (const name of Object.keys(OPENAPI.components.schemas)) expect(() => ajv.getSchema(`openapi#/components/schemas/${name}`), name).not.toThrow();
  });

  it('matches what the routes answer', async () => {
    const list = await expectValid('/api/stories', '/api/stories');
    const story = list.stories[0].id as string;
    await expectValid('/api/stories/{id}', `/api/stories/${story}`);
    await expectValid('/api/stories/{id}/articles', `/api/stories/${story}/articles`);
    await expectValid('/api/articles', '/api/articles?limit=3');
    await expectValid('/api/articles/{id}', '/api/articles/08-selva-watch-dunmoor-aggression');
    await expectValid('/api/search', '/api/search?q=drones');
    await expectValid('/healthz', '/healthz');
    const accepted = await expectValid('/api/articles', '/api/articles', '202', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([FOLLOW_UP, { title: 'no text' }]) });
    await jobs.idle();
    const job = await expectValid('/api/jobs/{id}', accepted.url);
    expect(job.results.map((r: { kind: string }) => r.kind)).toEqual(['rejected', 'added']);
  });

  it('matches the errors', async () => {
    await expectValid('/api/stories', '/api/stories?limit=x', '400');
    await expectValid('/api/stories/{id}', '/api/stories/none', '404');
    await expectValid('/api/articles', '/api/articles', '415', { method: 'POST', body: 'x', headers: { 'content-type': 'application/xml' } });
    await expectValid('/api/search', '/api/search', '400');
  });
});
