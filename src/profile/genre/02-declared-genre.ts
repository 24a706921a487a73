import type { ExtractedArticle } from '../../types.js';
import type { Genre } from '../types.js';
import { GENRE_MODEL } from './model.js';

/**
 * The genre the outlet itself declares, if any: the AI-disclosure notice first ("This commentary
 * was generated…" says what the piece is), then a removed section tag ("PoliticsOpinion").
 */
export function declaredGenre(article: Pick<ExtractedArticle, 'aiDisclosure' | 'removed'>): Genre | null {
  const texts = [article.aiDisclosure?.text ?? '', ...article.removed.filter((r) => r.reason === 'section-tag').map((r) => r.text.replace(/([a-z])([A-Z])/g, '$1 $2'))];
  for (const text of texts) {
    const hit = GENRE_MODEL.declared.find((d) => d.re.test(text));
    if (hit) return hit.genre;
  }
  return null;
}
