import type { ClaimMeasure, ReportArticle, Story } from '../types.js';

export interface TestArticleInput {
  readonly id: string;
  readonly text: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly url?: string;
  readonly published?: string | null;
  /** Quoted passages of `text` (found by their first occurrence) and who says them. */
  readonly quotes?: readonly { readonly text: string; readonly speaker: string | null }[];
  /** Figures of `text` (found by their first occurrence), with what they count and who claims them. */
  readonly claims?: readonly { readonly text: string; readonly subject: string; readonly claimant: string | null; readonly value: number | null; readonly measure?: ClaimMeasure }[];
}

function spanOf(text: string, part: string) {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`Test article: expected ${JSON.stringify(part)} in its text`);
  return { start, end: start + part.length, text: part };
}

/**
 * An invented article with hand-made annotations (sentences, quotes, claims) and an empty profile:
 * what the store contract puts and gets, without running the pipeline, so the suite is fast and its
 * spans are exactly the ones written here.
 */
export function testArticle(input: TestArticleInput): ReportArticle {
  const { text } = input;
  const sentences = [...text.matchAll(/[^\s.!?][^.!?]*(?:[.!?]+|$)/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], paragraph: 0, loaded: 0, opinion: 0, loadedSpans: [] }));
  return {
    id: input.id,
    ...(input.url ? { url: input.url } : {}),
    title: input.title ?? null,
    dek: null,
    outlet: input.outlet ?? null,
    byline: null,
    published: input.published ?? null,
    language: 'en',
    aiDisclosure: null,
    text,
    removed: [],
    paragraphs: text ? [{ start: 0, end: text.length, text }] : [],
    headings: [],
    extraction: { method: 'plain-text' },
    sentences,
    entities: [],
    quotes: (input.quotes ?? []).map((q) => ({ ...spanOf(text, q.text), speaker: q.speaker, speakerId: q.speaker ? q.speaker.toLowerCase().replace(/\W+/gu, '-') : null, speakerSpan: null, cue: null, direct: true })),
    claims: (input.claims ?? []).map((c) => ({ ...spanOf(text, c.text), measure: c.measure ?? 'count', value: c.value, approx: false, unit: null, subject: c.subject, claimant: c.claimant })),
    times: [],
    events: [],
    genre: 'report',
    genreScores: { report: 1 },
    genreEvidence: [],
    frames: [],
    stance: [],
  };
}

/** An invented story over stored articles, with an empty analysis: what the store keeps is the membership and the JSON. */
export function testStory(id: string, articleIds: readonly string[], title = `Story ${id}`): Story {
  return {
    id,
    title,
    articleIds,
    sources: articleIds.map((a) => [a]),
    dates: { first: null, last: null },
    consensus: [],
    disputes: [],
    singleSource: [],
    voices: Object.fromEntries(articleIds.map((a) => [a, []])),
    omissions: [],
    coverage: [],
    timeline: [],
    brief: { text: title, sentences: [{ text: title, cites: [] }], method: 'extractive' },
    perspectives: [],
  };
}
