import type { ReportArticle } from '../types.js';

/** Groups articles into stories: returns clusters of article ids (every input id exactly once). */
export type GroupFn = (articles: readonly ReportArticle[]) => readonly (readonly string[])[];

/** Writes a brief for one story's articles, at most `briefWords` words. cites: which article ids each sentence rests on. */
export type BriefFn = (articles: readonly ReportArticle[], options: { briefWords: number }) => { sentences: readonly { text: string; cites: readonly { article: string; start: number; end: number; text: string }[] }[] };

/** What a `BriefFn` returns. */
export type Brief = ReturnType<BriefFn>;
