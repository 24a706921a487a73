import { analyze } from '../analyze.js';
import { renderReportMarkdown } from '../render/markdown.js';
import { parse, usage } from './args.js';
import { formatMessage } from './format-message.js';
import type { CliIo } from './io.js';
import { createProgress } from './progress.js';
import { INPUT_HELP, INPUT_OPTIONS, ingestOptions } from './shared-options.js';

export const ANALYZE_HELP = `Usage: parallax analyze PATH… [--json | --markdown]

Runs the pipeline on the inputs and prints the report: every article's clean text and metadata,
and its annotations — sentences, entities (aliases resolved, one id per actor across articles),
quotes with speakers, numeric claims with claimants, dates. (Stories, comparison and briefs are
added to this report by later stages.)

Output:
  --markdown   a readable report (default)
  --json       the report as JSON (see CONTRACT "analyze"; schema/report.schema.json)

${INPUT_HELP}

Exit status: 0 when every input was read, 1 when any input failed, 2 on a usage error.
Example:
  parallax analyze examples/ --json > report.json`;

export async function analyzeCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parse(argv, { ...INPUT_OPTIONS, json: { type: 'boolean' }, markdown: { type: 'boolean' } });
  if ('error' in args) return usage(io, args.error);
  if (args.values.help) return io.stdout(`${ANALYZE_HELP}\n`), 0;
  if (args.values.json && args.values.markdown) return usage(io, 'choose one of --json and --markdown');
  if (!args.positionals.length) return usage(io, 'no inputs: name at least one file, directory, or - for standard input');
  const ingest = ingestOptions(args, io);
  if ('error' in ingest) return usage(io, ingest.error);
  const progress = createProgress(io);
  const report = await analyze(args.positionals, { ingest: { ...ingest, onPlanned: progress.planned }, onProgress: progress.update });
  progress.done();
  for (const m of report.messages) if (!(args.values.quiet && m.severity === 'info')) io.stderr(formatMessage(m));
  io.stdout(args.values.json ? `${JSON.stringify(report, null, 2)}\n` : renderReportMarkdown(report));
  return report.messages.some((m) => m.severity === 'error') ? 1 : 0;
}
