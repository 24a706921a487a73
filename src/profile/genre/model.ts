import { createRequire } from 'node:module';
import type { Genre } from '../types.js';

const require = createRequire(import.meta.url);
type Weights = Readonly<Record<string, number>>;
interface Raw {
  declared: Record<'opinion' | 'commentary' | 'analysis', string[]>;
  analytic: string[];
  weights: Record<'report' | 'analysis' | 'opinion' | 'commentary', Weights>;
  declaredBonus: number;
  minSentences: number;
  evidencePerGenre: number;
}
const raw = require('../../../model/profile-genre.json') as Raw;

/** The genre model, compiled once at load. */
export const GENRE_MODEL = {
  declared: (['opinion', 'commentary', 'analysis'] as const).map((genre) => ({ genre: genre as Genre, re: new RegExp(`\\b(?:${raw.declared[genre].join('|')})\\b`, 'i') })),
  analytic: new Set(raw.analytic),
  weights: raw.weights,
  declaredBonus: raw.declaredBonus,
  minSentences: raw.minSentences,
  evidencePerGenre: raw.evidencePerGenre,
} as const;
