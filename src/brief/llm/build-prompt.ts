import type { Evidence, Story } from '../../types.js';
import type { ChatMessage } from './complete-chat.js';

const INSTRUCTIONS = (words: number) => `You rewrite news briefs. You get numbered source sentences from several articles about one event, the disputed figures, and a draft brief. Write a neutral brief of at most ${words} words.
Rules:
1. State only what the numbered sources state. Every number, name and quotation you write must appear in the sources the sentence cites, spelled as they spell it.
2. Attributed claims stay attributed: when a source says someone said or claims something, say who says it.
3. Disputed figures are presented as disputed: say who gives which figure; never pick one as true.
4. No loaded or emotive words, no judgement, no speculation, nothing the sources do not say.
5. Every sentence cites the numbered sources it rests on.
Answer with JSON only, no other text: {"sentences":[{"text":"…","cites":[1,3]}]}`;

/**
 * The chat messages that ask for a brief: the story's sources numbered [1]…[n], its disputes as
 * "who gives which figure", and the extractive brief with its citations as the draft.
 */
export function buildPrompt(story: Story, sources: readonly Evidence[], words: number): ChatMessage[] {
  const number = (e: Evidence) => sources.findIndex((s) => s.article === e.article && s.start <= e.start && e.end <= s.end) + 1;
  const marks = (cites: readonly Evidence[]) => [...new Set(cites.map(number).filter((n) => n > 0))].map((n) => `[${n}]`).join('');
  const numbered = sources.map((s, i) => `[${i + 1}] ${s.text.replace(/\s+/g, ' ').trim()}`);
  const disputes = story.disputes.map((d) => `- ${d.about}: ${d.positions.map((p) => `${p.claimant ?? 'a source'} gives ${p.text} ${marks([p])}`).join('; ')}`);
  const draft = story.brief.sentences.map((s) => `${s.text} ${marks(s.cites)}`);
  const user = [
    `Story: ${story.title}`,
    '',
    'Sources:',
    ...numbered,
    ...(disputes.length ? ['', 'Disputed figures:', ...disputes] : []),
    '',
    'Draft brief:',
    ...draft,
  ].join('\n');
  return [{ role: 'system', content: INSTRUCTIONS(words) }, { role: 'user', content: user }];
}
