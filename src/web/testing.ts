/** Fixtures for the tests of src/web: reports made by the real pipeline from invented articles. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyze } from '../analyze.js';
import type { Report, ReportArticle, Span } from '../types.js';

let example: Promise<Report> | undefined;

/** The report of the bundled invented examples (computed once per test file). */
export function exampleReport(): Promise<Report> {
  example ??= analyze([join(import.meta.dirname, '..', '..', 'examples')]);
  return example;
}

/** Everything an attacker might put in an article: markup, event handlers, script URLs, CSS. */
export const PAYLOAD = `"'><script>alert(1)</script><img src=x onerror=alert(1)></style><style>body{display:none}</style><a href="javascript:alert(1)">x</a>`;

/** Two invented articles about one event whose title, outlet, byline, URL and body carry the payload. */
export async function hostileReport(): Promise<Report> {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-web-'));
  writeFileSync(
    join(dir, 'hostile.json'),
    JSON.stringify([
      {
        id: 'tessa-herald',
        title: '<script>alert(1)</script> Tessa floodgate failure kills 12 in Marrow',
        outlet: '<img src=x onerror=alert(1)>',
        byline: '</style><style>body{display:none}</style>',
        url: 'javascript:alert(1)',
        published: '2031-05-02',
        text:
          'Officials in Marrow said 12 people were killed when the Tessa floodgate failed on Monday. <script>alert(1)</script>\n\n' +
          '"We warned them <img src=x onerror=alert(1)>," said Mayor Ilka Brandt of Marrow.\n\n' +
          'The </style><style>body{display:none}</style> river council says 40 people were killed in the flood. javascript:alert(1) Residents fled to higher ground.',
      },
      {
        id: 'marrow-courier',
        title: 'Floodgate failure in Marrow: council counts 40 dead',
        outlet: 'Marrow Courier',
        url: 'https://courier.example/tessa',
        published: '2031-05-03',
        text:
          'The river council of Marrow says 40 people were killed when the Tessa floodgate failed on Monday.\n\n' +
          'Mayor Ilka Brandt said 12 people were killed and blamed the council. Residents fled to higher ground as the river rose.',
      },
    ]),
  );
  return analyze([dir]);
}

const RECORDS = new Set(['voices', 'cells', 'genreScores']);

/** The report with the payload appended to every string and record key, and every URL made a script URL. */
export function poisoned(report: Report): Report {
  const walk = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return key === 'url' ? `javascript:alert(1)//${PAYLOAD}` : `${value}${PAYLOAD}`;
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [RECORDS.has(key) ? `${k}${PAYLOAD}` : k, walk(v, k)]));
    }
    return value;
  };
  return walk(report) as Report;
}

export function parse(markup: string) {
  return parseHTML(markup).document;
}

/** A report article with every field, for unit tests: sentences are found by ". " and paragraphs by blank lines. */
export function makeArticle(id: string, text: string, extra: Partial<ReportArticle> = {}): ReportArticle {
  const paragraphs: Span[] = [];
  const sentences: ReportArticle['sentences'][number][] = [];
  let at = 0;
  text.split('\n\n').forEach((p, paragraph) => {
    paragraphs.push({ start: at, end: at + p.length, text: p });
    for (const m of p.matchAll(/[^.!?]+[.!?]*/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = at + (m.index ?? 0) + lead;
      const end = at + (m.index ?? 0) + m[0].trimEnd().length;
      if (end > start) sentences.push({ start, end, text: text.slice(start, end), paragraph, loaded: 0, opinion: 0, loadedSpans: [] });
    }
    at += p.length + 2;
  });
  return {
    id, title: `Title of ${id}`, dek: null, outlet: `Outlet ${id}`, byline: null, published: '2031-01-01', language: 'en', aiDisclosure: null,
    text, removed: [], paragraphs, headings: [], extraction: { method: 'plain-text' },
    sentences, entities: [], quotes: [], claims: [], times: [], events: [],
    genre: 'report', genreScores: { report: 1 }, genreEvidence: [], frames: [], stance: [],
    ...extra,
  };
}

/** The span of the first occurrence of `words` in the text. */
export function spanOf(text: string, words: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`spanOf: "${words}" is not in the text`);
  return { start, end: start + words.length, text: words };
}
