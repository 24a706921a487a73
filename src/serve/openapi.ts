/**
 * The OpenAPI 3.1 description of the API, served at GET /api/openapi.json. The analysis types
 * (Story, ReportArticle, Message, …) are the report's own JSON Schema (schema/report.schema.json,
 * generated from src/types.ts), spliced in under components/schemas, so the API and the report
 * contract cannot drift apart. openapi.test.ts checks every route is described and real responses
 * validate against their schemas.
 */
import { readFileSync } from 'node:fs';
import { MAX_ITEMS } from './read-submission.js';
import { DEFAULT_LIMIT, MAX_ID_LENGTH, MAX_LIMIT, MAX_QUERY_LENGTH } from './params.js';

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses). */
export type Schema = { readonly [keyword: string]: unknown };

export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required?: boolean;
  readonly description: string;
  readonly schema: Schema;
}

export interface MediaType {
  readonly schema: Schema;
}

export interface ResponseObject {
  readonly description: string;
  readonly content?: Readonly<Record<string, MediaType>>;
  readonly headers?: Readonly<Record<string, { readonly description: string; readonly schema: Schema }>>;
}

export interface Operation {
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly parameters?: readonly (Parameter | { readonly $ref: string })[];
  readonly requestBody?: { readonly required: boolean; readonly description: string; readonly content: Readonly<Record<string, MediaType>> };
  readonly responses: Readonly<Record<string, ResponseObject | { readonly $ref: string }>>;
  readonly security?: readonly Readonly<Record<string, readonly string[]>>[];
}

export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: { readonly title: string; readonly version: string; readonly description: string; readonly license: { readonly name: string; readonly identifier: string } };
  readonly paths: Readonly<Record<string, Readonly<Partial<Record<'get' | 'post', Operation>>>>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, Schema>>;
    readonly parameters: Readonly<Record<string, Parameter>>;
    readonly responses: Readonly<Record<string, ResponseObject>>;
    readonly securitySchemes: Readonly<Record<string, Schema>>;
  };
  readonly security: readonly Readonly<Record<string, readonly string[]>>[];
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ 'application/json': { schema } });
const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: 'null' }] });
const str = { type: 'string' } as const;
const int = { type: 'integer', minimum: 0 } as const;

/** The report schema's definitions, with their `#/definitions/X` references pointed at `#/components/schemas/X`. */
function reportSchemas(): Record<string, Schema> {
  const text = readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8');
  const schema = JSON.parse(text.replaceAll('"#/definitions/', '"#/components/schemas/')) as { definitions: Record<string, Schema> };
  return schema.definitions;
}

const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

const SCHEMAS: Record<string, Schema> = {
  Problem: object({ error: object({ status: { type: 'integer', minimum: 400, maximum: 599 }, message: { ...str, description: 'What failed, what was expected, what was found, and how to fix it.' } }) }, 'Every error. Never a stack trace.'),
  Health: object({ status: { const: 'ok' } }),
  PageInfo: object({ limit: int, offset: int, next: { ...nullable(int), description: 'The offset of the next page, or null on the last one.' } }),
  StorySummary: object({
    id: str,
    title: str,
    dates: object({ first: nullable(str), last: nullable(str) }),
    updatedAt: { ...str, format: 'date-time', description: 'When the story was last re-derived.' },
    articles: int,
    sources: { ...int, description: 'Independent sources: twins count once.' },
    disputes: { ...int, description: 'Figures the sources give differently.' },
    perspectives: { type: 'array', items: object({ label: str, articles: int }) },
  }),
  StoryList: object({ stories: { type: 'array', items: ref('StorySummary') }, page: ref('PageInfo') }, 'Newest first (by updatedAt); stories updated together: the most disputed first.'),
  StoredStory: object({ story: ref('Story'), updatedAt: { ...str, format: 'date-time' } }),
  ArticleCard: object({
    id: str,
    title: nullable(str),
    dek: nullable(str),
    outlet: nullable(str),
    byline: nullable(str),
    published: nullable(str),
    url: nullable(str),
    language: str,
    genre: ref('Genre'),
    aiDisclosed: { type: 'boolean', description: 'The article says it was written with an AI tool.' },
    twins: { type: 'array', items: str, description: 'Articles of the story that are the same text retold.' },
    addedAt: { ...str, format: 'date-time' },
  }),
  StoryArticles: object({ story: str, articles: { type: 'array', items: ref('ArticleCard') } }),
  ArticleSummary: object({ id: str, title: nullable(str), outlet: nullable(str), published: nullable(str), url: nullable(str), hash: str, addedAt: { ...str, format: 'date-time' } }),
  ArticleList: object({ articles: { type: 'array', items: ref('ArticleSummary') }, page: object({ limit: int, offset: int, total: int, next: nullable(int) }) }),
  ArticleDetail: object({
    article: ref('ReportArticle'),
    addedAt: { ...str, format: 'date-time' },
    stories: { type: 'array', items: str, description: 'The stories the article is in (normally one).' },
    twins: { type: 'array', items: str, description: 'Articles that are the same text retold (one independent source with it).' },
  }),
  SearchHit: object({ article: str, kind: { enum: ['text', 'quote', 'claim'] }, start: int, end: int, text: str, terms: { type: 'array', items: str } }, 'A citable place: text === article.text.slice(start, end).'),
  SearchResult: object({
    query: str,
    hits: { type: 'array', items: ref('SearchHit') },
    articles: { type: 'object', additionalProperties: object({ title: nullable(str), outlet: nullable(str), published: nullable(str) }), description: 'Title, outlet and date of each article with hits.' },
  }),
  ArticleRecord: {
    type: 'object',
    description: 'One article: "text" (plain text) or "html" (a saved page) is required; the other fields are metadata, which wins over what extraction finds. Without "id", one is made from the title and a hash of the record.',
    properties: { id: str, title: str, dek: str, text: str, html: str, url: str, outlet: str, byline: str, published: { ...str, description: 'YYYY-MM-DD or an ISO timestamp.' }, language: str },
    anyOf: [{ required: ['text'] }, { required: ['html'] }],
  },
  ArticleSubmission: {
    description: `One article, an array of them, or {"articles": […]}; at most ${MAX_ITEMS} per request. A broken item is rejected in the job; the others go on.`,
    oneOf: [ref('ArticleRecord'), { type: 'array', items: {}, minItems: 1 }, { type: 'object', properties: { articles: { type: 'array', items: {}, minItems: 1 } }, required: ['articles'] }],
  },
  FormSubmission: {
    type: 'object',
    description: 'Files (any field name) and/or a pasted article: "text" with optional "title", "dek", "outlet", "byline", "url", "published", "language".',
    properties: { files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } }, text: str, title: str, dek: str, outlet: str, byline: str, url: str, published: str, language: str },
  },
  JobAccepted: object({ job: str, url: str, events: str, status: { enum: ['queued', 'running', 'done', 'failed'] } }),
  JobResult: {
    description: 'What became of one submitted item.',
    oneOf: [
      object({ kind: { const: 'added' }, source: str, id: str, title: nullable(str), story: str, newStory: { type: 'boolean' } }),
      object({ kind: { const: 'duplicate' }, source: str, id: str, title: nullable(str), by: { enum: ['hash', 'url'] }, story: nullable(str) }),
      object({ kind: { const: 'rejected' }, source: str, id: nullable(str), title: nullable(str), message: ref('Message') }),
    ],
  },
  Job: object({
    id: str,
    status: { enum: ['queued', 'running', 'done', 'failed'], description: 'Jobs run one at a time, in the order they were submitted.' },
    createdAt: { ...str, format: 'date-time' },
    startedAt: nullable({ ...str, format: 'date-time' }),
    finishedAt: nullable({ ...str, format: 'date-time' }),
    total: { ...int, description: 'Items known so far (0 until the submission is read).' },
    done: int,
    results: { type: 'array', items: ref('JobResult') },
    messages: { type: 'array', items: ref('Message'), description: 'Warnings and notes; errors are on the rejected results.' },
    stories: { type: 'array', items: str, description: 'The stories the articles joined, first seen first.' },
  }),
};

const idParameter = (what: string): Parameter => ({ name: 'id', in: 'path', required: true, description: `The ${what}'s id (at most ${MAX_ID_LENGTH} characters; URL-encode it).`, schema: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH } });

const PARAMETERS: Record<string, Parameter> = {
  limit: { name: 'limit', in: 'query', description: `Items per page (default ${DEFAULT_LIMIT}).`, schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  offset: { name: 'offset', in: 'query', description: 'Items to skip.', schema: { type: 'integer', minimum: 0, default: 0 } },
};

const problemResponse = (description: string): ResponseObject => ({ description, content: json(ref('Problem')) });
const RESPONSES: Record<string, ResponseObject> = {
  BadRequest: problemResponse('A parameter or the body is malformed; the message says which and how.'),
  Unauthorized: { ...problemResponse('The server has a token and the request did not carry it (or carried a wrong one).'), headers: { 'WWW-Authenticate': { description: 'Bearer realm="parallax"', schema: str } } },
  Forbidden: problemResponse('A write from another site, or a request addressed to a host name the server does not answer to.'),
  NotFound: problemResponse('No such story, article, job or route.'),
  InternalError: problemResponse('A bug or an unavailable store; the cause is logged on the server, never sent.'),
};

const common = { '401': { $ref: '#/components/responses/Unauthorized' }, '500': { $ref: '#/components/responses/InternalError' } };
const badRequest = { '400': { $ref: '#/components/responses/BadRequest' } };
const notFound = { '404': { $ref: '#/components/responses/NotFound' } };
const page = [{ $ref: '#/components/parameters/limit' }, { $ref: '#/components/parameters/offset' }];

export const OPENAPI: OpenApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Parallax',
    version: '1',
    description: 'A library of news articles grouped into stories, each compared across its sources: disputed figures, agreement, voices, omissions and a brief in which every sentence cites its sources. Errors are `{"error": {"status", "message"}}`. When the server runs with a token, send `Authorization: Bearer <token>` (programs) or the cookie set by opening `/?token=<token>` (browsers).',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  security: [{}, { bearer: [] }, { cookie: [] }],
  paths: {
    '/healthz': { get: { operationId: 'health', summary: 'Liveness', tags: ['server'], security: [{}], responses: { '200': { description: 'The server is up.', content: json(ref('Health')) } } } },
    '/metrics': { get: { operationId: 'metrics', summary: 'Metrics in the Prometheus text format', description: 'Counters and histograms of HTTP requests, the library\'s size, stories awaiting re-derivation, pending uploads, each watched feed\'s lag and failures, and resident memory. Needs the token when the server has one.', tags: ['server'], responses: { '200': { description: 'Prometheus exposition text (version 0.0.4).', content: { 'text/plain': { schema: { type: 'string' } } } }, ...common } } },
    '/api/openapi.json': { get: { operationId: 'openapi', summary: 'This document', tags: ['server'], responses: { '200': { description: 'The OpenAPI 3.1 document.', content: json({ type: 'object' }) }, ...common } } },
    '/api/stories': {
      get: {
        operationId: 'listStories',
        summary: 'Stories, newest and most contested first',
        tags: ['stories'],
        parameters: [{ name: 'since', in: 'query', description: 'Only stories updated at or after this date (2031-05-02) or time (2031-05-02T10:00:00Z).', schema: { type: 'string' } }, ...page],
        responses: { '200': { description: 'A page of story summaries.', content: json(ref('StoryList')) }, ...badRequest, ...common },
      },
    },
    '/api/stories/{id}': {
      get: { operationId: 'getStory', summary: 'A story and its whole analysis', tags: ['stories'], parameters: [idParameter('story')], responses: { '200': { description: 'The story as stored.', content: json(ref('StoredStory')) }, ...badRequest, ...notFound, ...common } },
    },
    '/api/stories/{id}/articles': {
      get: { operationId: 'getStoryArticles', summary: "A story's articles (without their text; see /api/articles/{id})", tags: ['stories'], parameters: [idParameter('story')], responses: { '200': { description: 'The articles in story order.', content: json(ref('StoryArticles')) }, ...badRequest, ...notFound, ...common } },
    },
    '/api/articles': {
      get: { operationId: 'listArticles', summary: 'Articles in the order they were added', tags: ['articles'], parameters: page, responses: { '200': { description: 'A page of article summaries.', content: json(ref('ArticleList')) }, ...badRequest, ...common } },
      post: {
        operationId: 'addArticles',
        summary: 'Add articles (processed in the background)',
        description: 'Answers at once with a job; the job reads, extracts, analyses and places each article, one job at a time. Follow it with GET /api/jobs/{id} or its event stream.',
        tags: ['articles'],
        requestBody: {
          required: true,
          description: 'JSON, a form with files and/or pasted text, or one text/plain or text/html article.',
          content: {
            'application/json': { schema: ref('ArticleSubmission') },
            'multipart/form-data': { schema: ref('FormSubmission') },
            'application/x-www-form-urlencoded': { schema: ref('FormSubmission') },
            'text/plain': { schema: { type: 'string', description: 'One article as plain text; the first line is the title.' } },
            'text/html': { schema: { type: 'string', description: 'One saved web page.' } },
          },
        },
        responses: {
          '202': { description: 'Accepted: the job to follow.', content: json(ref('JobAccepted')), headers: { Location: { description: 'The job URL.', schema: str } } },
          '303': { description: 'A browser form sent without script (Accept: text/html) is redirected to /add?job=ID.', headers: { Location: { description: 'The progress page.', schema: str } } },
          ...badRequest,
          '403': { $ref: '#/components/responses/Forbidden' },
          '413': problemResponse('The body is above the size limit (default 10 MB), or holds too many articles.'),
          '415': problemResponse('A content type the server does not read.'),
          '503': { ...problemResponse('Too many uploads are waiting; send again later.'), headers: { 'Retry-After': { description: 'Seconds to wait.', schema: str } } },
          ...common,
        },
      },
    },
    '/api/articles/{id}': {
      get: { operationId: 'getArticle', summary: 'An article with its analysis, its stories and its twins', tags: ['articles'], parameters: [idParameter('article')], responses: { '200': { description: 'The article.', content: json(ref('ArticleDetail')) }, ...badRequest, ...notFound, ...common } },
    },
    '/api/search': {
      get: {
        operationId: 'search',
        summary: 'Where words occur in the articles, their quotes and figures',
        tags: ['articles'],
        parameters: [
          { name: 'q', in: 'query', required: true, description: `The words (every one must occur in an article; at most ${MAX_QUERY_LENGTH} characters).`, schema: { type: 'string', minLength: 1, maxLength: MAX_QUERY_LENGTH } },
          { name: 'limit', in: 'query', description: 'Most hits (default 50).', schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 } },
        ],
        responses: { '200': { description: 'Citable hits, articles with most hits first.', content: json(ref('SearchResult')) }, ...badRequest, ...common },
      },
    },
    '/api/jobs/{id}': {
      get: { operationId: 'getJob', summary: "An upload job's progress and results", tags: ['jobs'], parameters: [idParameter('job')], responses: { '200': { description: 'The job now.', content: json(ref('Job')) }, ...badRequest, ...notFound, ...common } },
    },
    '/api/jobs/{id}/events': {
      get: {
        operationId: 'followJob',
        summary: "An upload job's progress as server-sent events",
        tags: ['jobs'],
        parameters: [idParameter('job')],
        responses: { '200': { description: '`event: progress` with the Job as JSON after every change, then one `event: done` with the final Job; the stream then ends.', content: { 'text/event-stream': { schema: { type: 'string' } } } }, ...badRequest, ...notFound, ...common },
      },
    },
  },
  components: {
    schemas: { ...reportSchemas(), ...SCHEMAS },
    parameters: PARAMETERS,
    responses: RESPONSES,
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer', description: 'The token the server was started with (--token or PARALLAX_TOKEN).' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'parallax_token', description: 'Set by opening any page with ?token=<token>; HttpOnly, SameSite=Strict.' },
    },
  },
};
