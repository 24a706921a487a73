import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const model = require('../../model/background-df.json') as { docs: number; df: Record<string, number> };

/** Document frequencies of a general news background (model/background-df.json, built by scripts/build-background.ts). */
export const BACKGROUND = { docs: model.docs, df: new Map(Object.entries(model.df)) } as const;

/** How telling a word is against the background: rare words weigh more than "government". */
const UNSEEN = Math.log((BACKGROUND.docs + 1) / 0.5);
const IDF = new Map([...BACKGROUND.df].map(([t, n]) => [t, Math.log((BACKGROUND.docs + 1) / (n + 0.5))]));

export function backgroundIdf(term: string): number {
  return IDF.get(term) ?? UNSEEN;
}
