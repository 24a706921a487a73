import { createRequire } from 'node:module';
import type { Brief, BriefSentence, Evidence, Message, Story } from '../../types.js';
import { buildPrompt } from './build-prompt.js';
import { checkSentence, type Unsupported } from './check-sentence.js';
import { completeChat, displayUrl, type LlmOptions } from './complete-chat.js';
import { numberSources, type SourceArticle } from './number-sources.js';
import { parseReply } from './parse-reply.js';

const require = createRequire(import.meta.url);
const { brief: M } = require('../../../model/stories.json') as { brief: { defaultWords: number } };

export interface ReviseOptions extends LlmOptions {
  /** The brief's length cap in words (the extractive brief's default when not given). */
  readonly briefWords?: number;
  /** The story's articles: widen bare figures to their sentences, and name outlets. */
  readonly articles?: readonly SourceArticle[];
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;
const within = (outer: Evidence, inner: Evidence) => outer.article === inner.article && outer.start <= inner.start && inner.end <= outer.end;

function describe(items: readonly Unsupported[]): string {
  const kinds = (['number', 'name', 'quote'] as const).flatMap((kind) => {
    const list = items.filter((i) => i.kind === kind).map((i) => JSON.stringify(i.text));
    return list.length ? [`${kind}${list.length > 1 ? 's' : ''} ${list.join(', ')}`] : [];
  });
  return kinds.join('; ');
}

/**
 * Rewrites a story's brief with a language model, then keeps only what the sources bear out: a
 * sentence whose numbers, names or quotations are not in the spans it cites, or that cites none of
 * the numbered sources, is dropped with a warning. When the model cannot be reached, answers
 * something other than the asked JSON, or no sentence survives, the extractive brief stays and a
 * warning says why. Never throws for the model's failures: they are messages.
 */
export async function reviseBrief(story: Story, options: ReviseOptions): Promise<{ brief: Brief; messages: Message[] }> {
  const source = displayUrl(options.url);
  const words = options.briefWords ?? M.defaultWords;
  const sources = numberSources(story, options.articles);
  if (!sources.length) return { brief: story.brief, messages: [] }; // nothing to rewrite from
  const keep = (why: string): { brief: Brief; messages: Message[] } => ({
    brief: story.brief,
    messages: [{ severity: 'warning', ruleId: 'synthesize/llm-failed', source, reason: `Story "${story.title}": kept the extractive brief because ${why}.` }],
  });
  const reply = await completeChat(buildPrompt(story, sources, words), options);
  if (reply.kind === 'failure') return keep(reply.reason);
  const parsed = parseReply(reply.content);
  if (parsed.kind === 'malformed') return keep(parsed.reason);
  const outlets = new Map((options.articles ?? []).map((a) => [a.id, a.outlet]));
  const positions = story.disputes.flatMap((d) => d.positions);
  const messages: Message[] = [];
  const kept: BriefSentence[] = [];
  let used = 0;
  for (const draft of parsed.sentences) {
    const cites = [...new Set(draft.cites)].map((n) => sources[n - 1]).filter((e): e is Evidence => e !== undefined);
    const drop = (why: string) => messages.push({ severity: 'warning', ruleId: 'synthesize/llm-unsupported', source, reason: `Story "${story.title}": dropped the model's sentence ${JSON.stringify(draft.text)} because ${why}. Every sentence must cite numbered sources that state its numbers, names and quotations.` });
    if (!cites.length) {
      drop(`it cites none of the sources [1]…[${sources.length}] (found ${JSON.stringify(draft.cites)})`);
      continue;
    }
    // The outlets of the cited articles and the claimants the story found in the cited spans are names the sources go by.
    const known = [...cites.map((c) => outlets.get(c.article)), ...positions.filter((p) => cites.some((c) => within(c, p))).map((p) => p.claimant)].filter((n): n is string => !!n);
    const unsupported = checkSentence(draft.text, cites, known);
    if (unsupported.length) {
      drop(`its cited sources [${draft.cites.join(', ')}] do not contain the ${describe(unsupported)}`);
      continue;
    }
    // Over the word cap: this sentence and every later one are left out.
    if (used + wordCount(draft.text) > words) break;
    kept.push({ text: draft.text, cites });
    used += wordCount(draft.text);
  }
  if (!kept.length) return { brief: story.brief, messages: [...messages, ...keep(parsed.sentences.length ? `no sentence of the model's brief was supported by its sources or fit in ${words} words` : "the model's brief has no sentences").messages] };
  return { brief: { text: kept.map((s) => s.text).join(' '), sentences: kept, method: 'llm' }, messages };
}
