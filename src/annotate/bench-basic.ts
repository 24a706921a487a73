import { splitSentences } from './sentences/split-sentences.js';
import { findTimes } from './time/find-times.js';
import { tokenize } from './tokens/tokenize.js';

/**
 * Throughput of the basic annotators together (tokenize + splitSentences + findTimes), in words
 * per second on one core, for `npm run bench`. Words are the word tokens. Runs the texts once to
 * warm up, then repeatedly for at least `minMs`.
 */
export function benchBasic(texts: readonly string[], minMs = 1000): { wordsPerSecond: number } {
  const words = texts.reduce((n, t) => n + tokenize(t).filter((x) => x.kind === 'word').length, 0);
  if (words === 0) return { wordsPerSecond: 0 };
  const runOnce = (): void => {
    for (const text of texts) {
      tokenize(text);
      splitSentences(text, []);
      findTimes(text, null);
    }
  };
  runOnce();
  let rounds = 0;
  const started = performance.now();
  do {
    runOnce();
    rounds++;
  } while (performance.now() - started < minMs);
  return { wordsPerSecond: (rounds * words) / ((performance.now() - started) / 1000) };
}
