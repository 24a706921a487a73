import { processIo } from './io.js';
import { main } from './main.js';

/** Entry point of the `parallax` executable. An unexpected exception is a bug: say so plainly. */
export function run(): void {
  main(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`parallax: internal error (a bug — please report it with the command you ran):\n${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
