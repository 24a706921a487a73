import { stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { analyze } from '../analyze.js';
import type { LlmOptions } from '../brief/llm/complete-chat.js';
import { DEFAULT_MODEL } from '../brief/llm/model.js';
import { renderReportMarkdown } from '../render/markdown.js';
import { renderReportHtml } from '../web/report-html.js';
import { parse, positiveInt, usage } from './args.js';
import { formatMessage } from './format-message.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';
import { INPUT_HELP, INPUT_OPTIONS, ingestOptions } from './shared-options.js';

export const ANALYZE_HELP = `Usage: parallax analyze PATH… [--json | --markdown | --html FILE] [--brief-words N] [--llm URL [--llm-model NAME]]

Runs the pipeline on the inputs and prints the report. Articles about one event are grouped into
stories (and stories into storylines); twins (the same text retold) count as one source. For each
story: a neutral brief in which every sentence cites its sources, disputed figures as "who says
what", statements several sources agree on, single-source figures, who each article quotes, what
each article leaves out, a claim-by-article coverage matrix, perspectives and a timeline. For each
article: clean text and metadata, sentences, entities (one id per actor across articles), quotes
with speakers, numeric claims with claimants, dates.

Output:
  --markdown        a readable report (default)
  --json            the report as JSON (see CONTRACT "analyze"; schema/report.schema.json)
  --html FILE       the report as one self-contained web page written to FILE (no network needed:
                    stories with cited briefs, charts and coverage, every article with its
                    highlighted text); standard output then gets one line saying where it went.
                    --html - writes the page to standard output
  --brief-words N   cap each story's brief at N words (default 120)

LLM-written brief (optional; without it the brief is the offline extractive one):
  --llm URL         an OpenAI-compatible chat completions server rewrites each brief: OpenAI
                    (https://api.openai.com/v1) or a local llama.cpp or vLLM server
                    (http://127.0.0.1:8080/v1). Every number, name and quote it writes must be in
                    the sources the sentence cites, or the sentence is dropped with a warning; when
                    the server fails, the extractive brief stays, with a warning. The key, if the
                    server needs one, is read from the environment variable PARALLAX_LLM_KEY.
  --llm-model NAME  the model to ask for (default ${DEFAULT_MODEL})

${INPUT_HELP}

Exit status: 0 when every input was read, 1 when any input failed, 2 on a usage error.
Examples:
  parallax analyze examples/ --json > report.json
  parallax analyze examples/ --html report.html`;

export async function analyzeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv, { ...INPUT_OPTIONS, json: { type: 'boolean' }, markdown: { type: 'boolean' }, html: { type: 'string' }, 'brief-words': { type: 'string' }, llm: { type: 'string' }, 'llm-model': { type: 'string' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${ANALYZE_HELP}\n`), 0;
  const htmlFile = args.values.html;
  if ([args.values.json, args.values.markdown, htmlFile !== undefined].filter(Boolean).length > 1) return usage(io, 'choose one of --json, --markdown and --html FILE');
  if (htmlFile === '' || htmlFile === true) return usage(io, '--html takes the file to write the page to, or - for standard output');
  if (!args.positionals.length) return usage(io, 'no inputs: name at least one file, directory, or - for standard input');
  // Checked before the run, so a long analysis is not lost to a typo in the output path.
  if (typeof htmlFile === 'string' && htmlFile !== '-' && !(await isDirectory(dirname(resolve(htmlFile))))) return usage(io, `--html ${htmlFile}: the directory ${dirname(resolve(htmlFile))} does not exist; create it first or write elsewhere`);
  const ingest = ingestOptions(args, io);
  if ('error' in ingest) return usage(io, ingest.error);
  const briefWords = positiveInt(args.values['brief-words'], 'brief-words');
  if (typeof briefWords === 'object') return usage(io, briefWords.error);
  const llm = llmOptions(args.values, io.env ?? {});
  if (llm && 'error' in llm) return usage(io, llm.error);
  const progress = createProgress(io);
  const report = await analyze(args.positionals, { ingest: { ...ingest, onPlanned: progress.planned }, onProgress: progress.update, ...(briefWords ? { stories: { briefWords } } : {}), ...(llm ? { llm } : {}) });
  progress.done();
  for (const m of report.messages) if (!(args.values.quiet && m.severity === 'info')) io.stderr(formatMessage(m));
  const failed = report.messages.some((m) => m.severity === 'error') ? 1 : 0;
  if (typeof htmlFile === 'string' && htmlFile !== '-') {
    try {
      await writeFile(htmlFile, renderReportHtml(report));
    } catch (error) {
      io.stderr(`parallax: could not write the HTML report to ${htmlFile}: ${(error as Error).message}; check that the directory exists and is writable, or use --html - for standard output\n`);
      return 1;
    }
    io.stdout(`parallax: wrote the HTML report (${report.stories.length} stories, ${report.articles.length} articles) to ${htmlFile}\n`);
    return failed;
  }
  io.stdout(htmlFile === '-' ? renderReportHtml(report) : args.values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReportMarkdown(report));
  return failed;
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isDirectory(), () => false);
}

/** `--llm URL` and `--llm-model NAME`, with the key from PARALLAX_LLM_KEY; null when no LLM is asked for. */
function llmOptions(values: Record<string, string | boolean | undefined>, env: Readonly<Record<string, string | undefined>>): LlmOptions | null | { error: string } {
  const url = values.llm;
  const model = values['llm-model'];
  if (url === undefined) return model === undefined ? null : { error: '--llm-model needs --llm URL (the server to ask)' };
  const protocol = URL.canParse(String(url)) ? new URL(String(url)).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:') return { error: `--llm takes the http(s) URL of an OpenAI-compatible server, e.g. http://127.0.0.1:8080/v1; found "${String(url)}"` };
  const apiKey = env.PARALLAX_LLM_KEY;
  return { url: String(url), model: typeof model === 'string' && model ? model : DEFAULT_MODEL, ...(apiKey ? { apiKey } : {}) };
}
