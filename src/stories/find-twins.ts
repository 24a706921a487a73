import { createRequire } from 'node:module';
import type { AnnotatedArticle } from '../types.js';
import { jaccard } from '../lib/sets.js';
import { allWords } from './terms.js';

const require = createRequire(import.meta.url);
const { twins: T } = require('../../model/stories.json') as { twins: { copyJaccard: number; paragraphOverlap: number; alignedShare: number; minParagraphs: number } };

/** Words as small numbers, so n-grams are numbers too (cheaper to hash and compare than joined strings). */
const wordIds = new Map<string, number>();
const idOf = (w: string) => {
  let id = wordIds.get(w);
  if (id === undefined) {
    if (wordIds.size >= 1 << 24) wordIds.clear(); // bounded; ids only need to be stable within one comparison run
    wordIds.set(w, (id = wordIds.size + 1));
  }
  return id;
};

/** Each n-gram as a number: two 32-bit FNV-style hashes of its word ids, packed into 53 bits. */
function ngrams(ids: readonly number[], n: number): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i + n <= ids.length; i++) {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let k = i; k < i + n; k++) {
      h1 = Math.imul(h1 ^ (ids[k] as number), 16777619);
      h2 = Math.imul(h2 + (ids[k] as number), 2246822519) ^ (h2 >>> 13);
    }
    out.add((h1 >>> 0) * 2097152 + ((h2 >>> 0) & 2097151));
  }
  return out;
}

interface Shape { readonly id: string; readonly shingles: Set<number>; readonly paragraphs: readonly Set<number>[] }

const shapeCache = new WeakMap<object, Shape>();

/** An article as twin detection sees it: its word 5-grams, and each paragraph's word bigrams (the dek counts as one). Computed once per article. */
export function twinShape(article: AnnotatedArticle): Shape {
  let shape = shapeCache.get(article);
  if (!shape) shapeCache.set(article, (shape = computeShape(article)));
  return shape;
}

function computeShape(article: AnnotatedArticle): Shape {
  const ids = (text: string) => allWords(text).map(idOf);
  const paragraphs = [article.dek ?? '', ...article.paragraphs.map((p) => p.text)].filter((p) => p.trim()).map((p) => ngrams(ids(p), 2));
  return { id: article.id, shingles: ngrams(ids(article.text), 5), paragraphs };
}

function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return small.size ? shared / small.size : 0;
}

/** How many paragraphs align in order (longest common subsequence of paragraphs that share wording). */
function alignedParagraphs(a: readonly Set<number>[], b: readonly Set<number>[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      const match = containment(a[i - 1] as Set<number>, b[j - 1] as Set<number>) >= T.paragraphOverlap ? 1 : 0;
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
export function findTwins(articles: readonly AnnotatedArticle[], stories: readonly (readonly string[])[]): [string, string][] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const shapes = new Map<string, Shape>();
  // Shapes only for articles that share a story with another: most stories of a large corpus have one article.
  const shapeOf = (id: string) => {
    let shape = shapes.get(id);
    const article = byId.get(id);
    if (!shape && article) shapes.set(id, (shape = twinShape(article)));
    return shape;
  };
  const pairs: [string, string][] = [];
  for (const story of stories) {
    for (let i = 0; i < story.length; i++) {
      for (let j = i + 1; j < story.length; j++) {
        const a = shapeOf(story[i] as string);
        const b = shapeOf(story[j] as string);
        if (a && b && areTwins(a, b)) pairs.push(a.id < b.id ? [a.id, b.id] : [b.id, a.id]);
      }
    }
  }
  return pairs.sort((x, y) => (x[0] + x[1] < y[0] + y[1] ? -1 : 1));
}
