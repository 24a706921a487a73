/** The add page: paste an article or choose files. Without script, `?job=ID` shows the job as it stood when the page was loaded. */
import { html, type SafeHtml } from '../../web/html.js';
import type { JobResult, JobView } from '../jobs.js';
import { sizeText } from '../routes/api-submit.js';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.gz,.json,.jsonl,.ndjson';

export function addForm(maxBodyBytes: number): SafeHtml {
  return html`<h1>Add articles</h1>
<p>Paste an article, or choose files: plain text (.txt, .md; the first line is the title), saved web pages (.html, .htm, .html.gz), or JSON records (.json, .jsonl) with <code>title</code>, <code>text</code> or <code>html</code>, <code>outlet</code>, <code>url</code>, <code>published</code>. Up to ${sizeText(maxBodyBytes)} per upload. Each article is analysed and joins the story it belongs to.</p>
<form id="add-form" class="add-form" method="post" action="/api/articles" enctype="multipart/form-data">
<fieldset>
<legend>Paste an article</legend>
<p><label for="add-title">Title</label><br><input id="add-title" name="title" type="text" maxlength="500" autocomplete="off"></p>
<p><label for="add-outlet">Outlet</label><br><input id="add-outlet" name="outlet" type="text" maxlength="200" autocomplete="off"></p>
<p><label for="add-published">Published</label><br><input id="add-published" name="published" type="date"></p>
<p><label for="add-url">Address (URL)</label><br><input id="add-url" name="url" type="url" maxlength="2000" autocomplete="off"></p>
<p><label for="add-text">Text</label><br><textarea id="add-text" name="text" rows="12" cols="40"></textarea></p>
</fieldset>
<fieldset>
<legend>Or choose files</legend>
<p><label for="add-files">Files</label><br><input id="add-files" name="files" type="file" multiple accept="${ACCEPT}"></p>
</fieldset>
<p><button type="submit">Add to the library</button></p>
</form>`;
}

const verdict = (r: JobResult): SafeHtml => {
  const name = r.title ?? r.source;
  if (r.kind === 'added') return html`<li class="result-added">${name} ${r.newStory ? 'started' : 'joined'} the story <a href="/stories/${encodeURIComponent(r.story)}">${r.story}</a></li>`;
  if (r.kind === 'duplicate') return html`<li class="result-duplicate">${name} was already in the library${r.story ? html`, in the story <a href="/stories/${encodeURIComponent(r.story)}">${r.story}</a>` : ''}.</li>`;
  return html`<li class="result-rejected">${name} was not added: ${r.message.reason}</li>`;
};

/** The progress area. Filled by the server for `?job=ID` (and kept current by the script). */
export function jobStatus(job: JobView | null, requested: string | null): SafeHtml {
  let line = '';
  if (requested && !job) line = `No job has the id "${requested}" (jobs are forgotten when the server restarts).`;
  else if (job?.status === 'queued') line = 'Waiting for the upload before this one to finish… reload the page to see progress.';
  else if (job?.status === 'running') line = `Analysing: ${job.done} of ${job.total || '?'} articles done… reload the page to see progress.`;
  else if (job?.status === 'done') line = `Done: ${job.results.filter((r) => r.kind === 'added').length} added, ${job.results.filter((r) => r.kind === 'duplicate').length} already in the library, ${job.results.filter((r) => r.kind === 'rejected').length} not added.`;
  else if (job?.status === 'failed') line = 'The job stopped on an error; the articles listed as added are kept. Send the rest again.';
  return html`<section aria-label="Progress">
<p id="add-status" role="status" aria-live="polite">${line}</p>
<progress id="add-progress" max="${Math.max(job?.total ?? 1, 1)}" value="${job?.done ?? 0}"${job ? '' : html` hidden`}>${job ? `${job.done} of ${job.total}` : ''}</progress>
<ul id="add-results">${(job?.results ?? []).map(verdict)}</ul>
</section>`;
}
