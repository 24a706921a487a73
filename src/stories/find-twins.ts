import { createRequire } from 'node:module';
import type { ReportArticle } from '../types.js';
import { allWords } from './terms.js';

const require = createRequire(import.meta.url);
const { twins: T } = require('../../model/stories.json') as { twins: { copyJaccard: number; paragraphOverlap: number; alignedShare: number; minParagraphs: number } };

const ngrams = (words: readonly string[], n: number): Set<string> => {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
};

interface Shape { readonly id: string; readonly shingles: Set<string>; readonly paragraphs: readonly Set<string>[] }

/** An article as twin detection sees it: its word 5-grams, and each paragraph's word bigrams (the dek counts as one). */
export function twinShape(article: ReportArticle): Shape {
  const words = allWords(article.text);
  const paragraphs = [article.dek ?? '', ...article.paragraphs.map((p) => p.text)].filter((p) => p.trim()).map((p) => ngrams(allWords(p), 2));
  return { id: article.id, shingles: ngrams(words, 5), paragraphs };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return small.size ? shared / small.size : 0;
}

/** How many paragraphs align in order (longest common subsequence of paragraphs that share wording). */
function alignedParagraphs(a: readonly Set<string>[], b: readonly Set<string>[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      const match = containment(a[i - 1] as Set<string>, b[j - 1] as Set<string>) >= T.paragraphOverlap ? 1 : 0;
      row[j] = Math.max(prev[j] as number, row[j - 1] as number, (prev[j - 1] as number) + match);
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/** Whether two articles are the same text retold: a copy, or the same skeleton paragraph by paragraph. */
export function areTwins(a: Shape, b: Shape): boolean {
  if (jaccard(a.shingles, b.shingles) >= T.copyJaccard) return true;
  const longer = Math.max(a.paragraphs.length, b.paragraphs.length);
  if (Math.min(a.paragraphs.length, b.paragraphs.length) < T.minParagraphs) return false;
  return alignedParagraphs(a.paragraphs, b.paragraphs) / longer >= T.alignedShare;
}

/** Twin pairs among the articles of each story (twins tell one event, so they share a story). */
export function findTwins(articles: readonly ReportArticle[], stories: readonly (readonly string[])[]): [string, string][] {
  const shapes = new Map(articles.map((a) => [a.id, twinShape(a)]));
  const pairs: [string, string][] = [];
  for (const story of stories) {
    for (let i = 0; i < story.length; i++) {
      for (let j = i + 1; j < story.length; j++) {
        const a = shapes.get(story[i] as string);
        const b = shapes.get(story[j] as string);
        if (a && b && areTwins(a, b)) pairs.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id]);
      }
    }
  }
  return pairs.sort((x, y) => (x[0] + x[1] < y[0] + y[1] ? -1 : 1));
}
