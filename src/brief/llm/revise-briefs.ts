import type { Message, ReportArticle, Story } from '../../types.js';
import { reviseBrief, type ReviseOptions } from './revise-brief.js';

/**
 * Every story's brief rewritten by the model, one story at a time (a local server serves one request
 * well, not many), with the warnings of each rewrite.
 */
export async function reviseBriefs(stories: readonly Story[], articles: readonly ReportArticle[], options: Omit<ReviseOptions, 'articles'>): Promise<{ stories: Story[]; messages: Message[] }> {
  const out: Story[] = [];
  const messages: Message[] = [];
  for (const story of stories) {
    const members = articles.filter((a) => story.articleIds.includes(a.id));
    const revised = await reviseBrief(story, { ...options, articles: members });
    out.push(revised.brief === story.brief ? story : { ...story, brief: revised.brief });
    messages.push(...revised.messages);
  }
  return { stories: out, messages };
}
