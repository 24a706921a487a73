import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const raw = require('../../../model/annotate-tokens.json') as {
  glued: { minLeft: number; minRightLower: number };
  number: { maxSuffix: number };
};

/** The tokenizer's thresholds, read once from `model/annotate-tokens.json`. */
export const TOKEN_MODEL = {
  gluedMinLeft: raw.glued.minLeft,
  gluedMinRightLower: raw.glued.minRightLower,
  numberMaxSuffix: raw.number.maxSuffix,
} as const;
