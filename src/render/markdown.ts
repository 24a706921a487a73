import type { Message, Report, ReportArticle } from '../types.js';
import { renderAnnotationsMarkdown } from './annotations-markdown.js';
import { renderProfileMarkdown } from './profile-markdown.js';
import { renderStoriesMarkdown } from './stories-markdown.js';

/** Markdown-safe inline text: untrusted article text must not become markup. */
export function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

const PREVIEW_CHARS = 280;

function messagesSection(messages: readonly Message[]): string[] {
  if (!messages.length) return [];
  return ['## Messages', '', ...messages.map((m) => `- **${m.severity}** \`${mdEscape(m.source)}\`: ${mdEscape(m.reason)} (${m.ruleId})`), ''];
}

/** The analysis report as Markdown: what `parallax analyze` prints by default. */
export function renderReportMarkdown(report: Report): string {
  const out: string[] = [`# Parallax report`, '', `${report.articles.length} articles · ${report.stories.length} stories · report version ${report.version}`, ''];
  out.push(...renderStoriesMarkdown(report), '# Articles', '');
  out.push('| id | title | outlet | published | language | AI disclosure | words | quotes | claims |', '|---|---|---|---|---|---|---|---|---|');
  for (const a of report.articles) {
    const words = a.text.split(/\s+/).filter(Boolean).length;
    out.push(`| ${mdEscape(a.id)} | ${mdEscape(a.title ?? '')} | ${mdEscape(a.outlet ?? '')} | ${a.published ?? ''} | ${a.language} | ${a.aiDisclosure ? 'yes' : ''} | ${words} | ${a.quotes.length} | ${a.claims.length} |`);
  }
  out.push('');
  for (const a of report.articles) out.push(...renderArticleMarkdown(a));
  out.push(...messagesSection(report.messages));
  return out.join('\n');
}

/** One article: metadata, a preview of its text, its profile and annotations (a section of the report, or `parallax article`). */
export function renderArticleMarkdown(a: ReportArticle): string[] {
  const out: string[] = [];
  out.push(`## ${mdEscape(a.title ?? a.id)}`, '');
  if (a.dek) out.push(`*${mdEscape(a.dek)}*`, '');
  const facts = [a.outlet && `outlet: ${mdEscape(a.outlet)}`, a.byline && `by ${mdEscape(a.byline)}`, a.published && `published ${a.published}`, `extracted by ${a.extraction.method}`].filter(Boolean);
  out.push(facts.join(' · '), '');
  if (a.aiDisclosure) out.push(`> AI disclosure: ${mdEscape(a.aiDisclosure.text)}`, '');
  if (a.headings.length) out.push(`Sections: ${a.headings.map((h) => mdEscape(h.text)).join(' / ')}`, '');
  const preview = a.text.length > PREVIEW_CHARS ? `${a.text.slice(0, PREVIEW_CHARS)}…` : a.text;
  out.push(mdEscape(preview), '');
  if (a.removed.length) out.push(`Removed: ${a.removed.map((r) => `${r.reason} “${mdEscape(r.text.slice(0, 60))}”`).join('; ')}`, '');
  out.push(...renderProfileMarkdown(a), ...renderAnnotationsMarkdown(a));
  return out;
}
