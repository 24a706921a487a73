import type { Genre } from '../types.js';
import type { GenreFeatures } from './01-article-features.js';
import { GENRE_MODEL } from './model.js';

/** One linear score per genre from the article's feature rates, plus a bonus for the declared genre. */
export function genreScores(f: GenreFeatures, declared: Genre | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [genre, w] of Object.entries(GENRE_MODEL.weights)) {
    if (typeof w !== 'object') continue; // the `about` note
    let z = w.bias ?? 0;
    for (const [k, v] of Object.entries(w)) if (k !== 'bias') z += v * ((f as unknown as Record<string, number>)[k] ?? 0);
    if (genre === declared) z += GENRE_MODEL.declaredBonus;
    out[genre] = Math.round(z * 1000) / 1000;
  }
  return out;
}
