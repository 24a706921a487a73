import { TEXT_MODEL } from './model.js';
import type { TextStep } from './state.js';

/** Splits a paragraph into rough sentences: enough to separate a disclosure from legal small print. */
function roughSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=["“‘']?\p{Lu})/u);
}

/**
 * The disclosure proper: from the sentence that says AI was involved, with the accuracy caveats
 * that follow it ("errors may occur"), up to generic legal small print ("informational purposes
 * only", "no warranties"), which is not a statement about how the text was made.
 */
function disclosureText(paragraph: string): string {
  const sentences = roughSentences(paragraph.replace(TEXT_MODEL.disclaimerLabel, ''));
  const first = sentences.findIndex((x) => TEXT_MODEL.aiDisclosure.test(x));
  const kept: string[] = [];
  for (const sentence of sentences.slice(Math.max(first, 0))) {
    if (kept.length > 0 && TEXT_MODEL.legalBoilerplate.test(sentence)) break;
    kept.push(sentence);
  }
  return kept.join(' ').trim();
}

/**
 * Finds an AI-generation notice ("This content is AI-generated…", "Disclaimer: This article was
 * generated in part using artificial intelligence…"), keeps it as `aiDisclosure` and removes the
 * whole notice paragraph from the body. The notice must open by speaking of the text itself ("this
 * content", "this article") and stand near the end or under a disclaimer label: an article *about*
 * AI-generated images is not a disclosure.
 */
export const extractAiDisclosure: TextStep = (s) => {
  const index = s.lines.findIndex((line, i) => {
    if (!TEXT_MODEL.aiDisclosure.test(line.text)) return false;
    const opening = roughSentences(line.text.replace(TEXT_MODEL.disclaimerLabel, ''))[0] ?? '';
    const labelled = TEXT_MODEL.disclaimerLabel.test(line.text);
    const nearEnd = i >= s.lines.length - 4;
    const aboutItself = TEXT_MODEL.aiDisclosure.test(opening) && TEXT_MODEL.selfReference.test(opening);
    return aboutItself && (labelled || nearEnd);
  });
  if (index < 0) return s;
  const line = s.lines[index]!;
  return {
    ...s,
    aiDisclosure: s.aiDisclosure ?? disclosureText(line.text),
    lines: s.lines.filter((_, i) => i !== index),
    removed: [...s.removed, { text: line.text, reason: 'ai-disclosure' }],
  };
};
