import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './io.js';

export type ParsedArgs = { values: Record<string, string | boolean | undefined>; positionals: string[] };

/** Parses argv against a command's options; a usage problem becomes a message, not a stack trace. */
export function parse(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>): ParsedArgs | { error: string } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A positive whole number option (`--max-bytes 5000000`), or an error text. */
export function positiveInt(value: string | boolean | undefined, name: string): number | undefined | { error: string } {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) return { error: `--${name} takes a positive whole number, found "${String(value)}"` };
  return n;
}

/** Reports a usage problem on stderr and returns exit status 2. */
export function usage(io: CliIo, problem: string): number {
  io.stderr(`parallax: ${problem}\nRun "parallax --help" for usage.\n`);
  return 2;
}
