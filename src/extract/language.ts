import { eld } from 'eld/small';

/** How much text language identification looks at: enough for a stable answer (2,000 characters gave the same answers as 4,000 on the examples, seeds and golden inputs), cheap on long pages. */
const SAMPLE_CHARS = 2_000;
/** Below this many letters the answer is a guess (chosen on the seeds' headlines: 40+ letters were all right). */
const MIN_LETTERS = 20;

/**
 * ISO 639-1 code of the text's language, or `und` when the text is too short or the detector is
 * not confident. Offline: the n-gram model ships inside the `eld` package.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'und';
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : 'und';
}
