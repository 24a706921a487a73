import type { Evidence, Report, ReportArticle, Story } from '../types.js';
import { loadedPhrases, stanceSummary, topFrames } from './profile-markdown.js';
import { mdEscape } from './markdown.js';

const CELL = { carried: '●', omitted: '·', disputed: '⚡' } as const;
const short = (text: string, n = 140) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Citations become numbered notes: "[1]" in the text, "1. 002: “…”" below. */
function citer() {
  const notes: Evidence[] = [];
  const keyOf = (e: Evidence) => `${e.article}:${e.start}:${e.end}`;
  const index = new Map<string, number>();
  return {
    cite(cites: readonly Evidence[]): string {
      return cites.map((e) => {
        let n = index.get(keyOf(e));
        if (n === undefined) notes.push(e), index.set(keyOf(e), (n = notes.length));
        return `[${n}]`;
      }).join('');
    },
    notes: () => notes.map((e, i) => `${i + 1}. ${mdEscape(e.article)} (${e.start}–${e.end}): “${mdEscape(short(e.text))}”`),
  };
}

function storySection(story: Story, report: Report): string[] {
  const titleOf = new Map(report.articles.map((a) => [a.id, a.outlet ?? a.id]));
  const out: string[] = [`## ${mdEscape(story.title)}`, ''];
  const sources = story.sources.map((g) => g.map((id) => `${mdEscape(id)}${titleOf.get(id) !== id ? ` (${mdEscape(titleOf.get(id) ?? '')})` : ''}`).join(' = '));
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(`${plural(story.articleIds.length, 'article')}, ${plural(story.sources.length, 'independent source')}${story.dates.first ? ` · ${story.dates.first}${story.dates.last !== story.dates.first ? ` – ${story.dates.last}` : ''}` : ''} · story ${story.id}`, '');
  out.push(...sources.map((s) => `- ${s}`), '');
  const c = citer();
  out.push('### Brief', '', story.brief.sentences.map((s) => `${mdEscape(s.text)} ${c.cite(s.cites)}`).join(' '), '');
  if (story.disputes.length) {
    out.push('### Disputed figures', '', '| about | who | figure | where |', '|---|---|---|---|');
    for (const d of story.disputes) {
      for (const p of d.positions) out.push(`| ${mdEscape(d.about)} | ${mdEscape(p.claimant ?? '(stated by the article)')} | ${mdEscape(p.text)}${p.approx ? ' (approx.)' : ''} | ${p.support.map((e) => mdEscape(e.article)).join(', ')} |`);
    }
    out.push('');
  }
  const articles = story.articleIds.map((id) => report.articles.find((a) => a.id === id)).filter((a): a is ReportArticle => !!a);
  if (articles.length > 1) {
    out.push('### Profiles side by side', '', '| article | genre | frames | sympathy | loaded wording |', '|---|---|---|---|---|');
    for (const a of articles) out.push(`| ${mdEscape(a.id)} | ${a.genre} | ${topFrames(a)} | ${stanceSummary(a)} | ${loadedPhrases(a, 3).map((p) => `“${mdEscape(p)}”`).join(', ')} |`);
    out.push('');
  }
  if (story.perspectives.length > 1) {
    out.push('### How each side tells it', '');
    for (const p of story.perspectives) out.push(`- **${mdEscape(p.articleIds.join(', '))}** — ${mdEscape(p.label)}. “${mdEscape(short(p.summary, 220))}” ${c.cite(p.cites)}`);
    out.push('');
  }
  if (story.consensus.length) {
    out.push('### What several sources agree on', '');
    for (const x of story.consensus.slice(0, 10)) out.push(`- ${mdEscape(short(x.statement, 220))} ${c.cite(x.support)}`);
    out.push('');
  }
  if (story.singleSource.length && story.sources.length > 1) {
    out.push('### Figures from a single source', '');
    for (const s of story.singleSource) out.push(`- ${mdEscape(s.about)}: ${mdEscape(s.text)}${s.claimant ? `, says ${mdEscape(s.claimant)}` : ''} ${c.cite([s])}`);
    out.push('');
  }
  const voiced = Object.entries(story.voices);
  if (voiced.length > 1 || voiced.some(([, v]) => v.length)) {
    out.push('### Voices', '', '| article | quotes |', '|---|---|', ...voiced.map(([id, v]) => `| ${mdEscape(id)} | ${v.length ? mdEscape(v.join(', ')) : '(no one)'} |`), '');
  }
  if (story.coverage.length && story.articleIds.length > 1) {
    const ids = story.articleIds;
    out.push('### Coverage', '', `● carried · omitted ⚡ disputed`, '', `| figure or statement | ${ids.map(mdEscape).join(' | ')} |`, `|---|${ids.map(() => ':-:').join('|')}|`);
    for (const row of story.coverage.slice(0, 20)) out.push(`| ${mdEscape(short(row.label, 80))} | ${ids.map((id) => CELL[row.cells[id] ?? 'omitted']).join(' | ')} |`);
    out.push('');
  }
  if (story.omissions.length) {
    out.push('### What each article leaves out', '');
    for (const o of story.omissions.filter((x) => x.kind !== 'statement')) out.push(`- ${mdEscape(o.article)}: no ${o.kind === 'figures' ? '' : `${o.kind} `}${mdEscape(short(o.topic, 100))} (carried by ${mdEscape(o.presentIn.join(', '))})`);
    out.push('');
  }
  if (story.timeline.length) {
    out.push('### Timeline', '');
    for (const t of story.timeline) out.push(`- **${t.date ?? 'undated'}** (${mdEscape(t.when)}): ${mdEscape(short(t.what, 160))} ${c.cite([t])}`);
    out.push('');
  }
  const notes = c.notes();
  if (notes.length) out.push('#### Sources cited', '', ...notes, '');
  return out;
}

/** The stories part of the Markdown report: storylines, then each story's brief, disputes and comparison. */
export function renderStoriesMarkdown(report: Report): string[] {
  if (!report.stories.length) return [];
  const byId = new Map(report.stories.map((s) => [s.id, s]));
  const out: string[] = ['# Stories', ''];
  if (report.twins.length) out.push(`Twins (one text retold; counted as one source): ${report.twins.map(([a, b]) => `${mdEscape(a)} ↔ ${mdEscape(b)}`).join('; ')}`, '');
  for (const line of report.storylines) {
    if (line.storyIds.length > 1) out.push(`Storyline **${mdEscape(line.title)}**: ${line.storyIds.length} stories`, '');
    for (const id of line.storyIds) {
      const story = byId.get(id);
      if (story) out.push(...storySection(story, report));
    }
  }
  return out;
}
