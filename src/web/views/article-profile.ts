import type { ReportArticle, Span } from '../../types.js';
import { loadedPhrases } from '../../render/profile-markdown.js';
import { sentenceAt } from '../cite.js';
import { html, type SafeHtml } from '../html.js';
import type { Links } from '../links.js';
import { NEUTRAL_STANCE, pct, signed, strongestFrames } from '../profile-summary.js';

const MAX_FRAMES = 5;
const MAX_EVIDENCE = 3;
const short = (text: string, n = 220) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** Sentences of this article as a list of links to themselves in the text. */
function evidenceList(a: ReportArticle, spans: readonly Span[], links: Links): SafeHtml {
  if (!spans.length) return html``;
  return html`<ul class="evidence">${spans.slice(0, MAX_EVIDENCE).map((s) => html`<li><a class="cite" href="${links.article(a.id, sentenceAt(a, s))}">“${short(s.text)}”</a></li>`)}${spans.length > MAX_EVIDENCE ? html`<li class="muted">and ${spans.length - MAX_EVIDENCE} more</li>` : ''}</ul>`;
}

/** How the article tells it: genre, frames and sympathies, each with the sentences that show it. */
export function renderArticleProfile(a: ReportArticle, links: Links): SafeHtml {
  const scores = Object.entries(a.genreScores).sort((x, y) => y[1] - x[1]);
  const frames = strongestFrames(a, MAX_FRAMES);
  const stances = [...a.stance].filter((s) => Math.abs(s.score) >= NEUTRAL_STANCE).sort((x, y) => y.score - x.score);
  const loaded = loadedPhrases(a);
  const opinionated = [...a.sentences].sort((x, y) => y.opinion - x.opinion)[0];
  return html`<dl class="profile">
<dt>Genre: ${a.genre}</dt>
<dd>${scores.length ? html`<span class="muted">scores: ${scores.map(([g, s]) => `${g} ${s.toFixed(2)}`).join(', ')}</span>` : ''}${evidenceList(a, a.genreEvidence, links)}</dd>
<dt>Frames</dt>
<dd>${frames.length ? html`<ul>${frames.map((f) => html`<li><span class="score">${pct(f.score)}</span> ${f.frame}${evidenceList(a, f.evidence, links)}</li>`)}</ul>` : html`<span class="muted">no frame stands out</span>`}</dd>
<dt>Sympathy (−1 hostile … +1 sympathetic)</dt>
<dd>${stances.length ? html`<ul>${stances.map((s) => html`<li><span class="score ${s.score > 0 ? 'pos' : 'neg'}">${signed(s.score)}</span> ${s.actor}${evidenceList(a, s.evidence, links)}</li>`)}</ul>` : html`<span class="muted">takes no side on any actor</span>`}</dd>
${loaded.length ? html`<dt>Loaded wording</dt><dd>${loaded.map((p) => `“${p}”`).join(', ')}</dd>` : ''}
${opinionated && opinionated.opinion >= 0.5 ? html`<dt>Most opinionated sentence (${pct(opinionated.opinion)})</dt><dd><a class="cite" href="${links.article(a.id, opinionated)}">“${short(opinionated.text, 300)}”</a></dd>` : ''}
</dl>`;
}
