import type { BriefFn } from './story-types.js';

/**
 * The baseline brief: the first sentence of each article, in input order, each citing itself.
 * It ignores `briefWords` (three leads may run past it): it is the published NeuS lead baseline,
 * the floor a real brief has to beat.
 */
export const firstSentenceBrief: BriefFn = (articles) => ({
  sentences: articles.flatMap((a) => {
    const first = a.sentences[0];
    return first ? [{ text: first.text, cites: [{ article: a.id, start: first.start, end: first.end, text: first.text }] }] : [];
  }),
});
