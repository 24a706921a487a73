/** What the CLI touches of the outside world, injected so tests run it in-process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress is drawn only then). */
  readonly stderrIsTTY: boolean;
  readonly readStdin?: () => Promise<Uint8Array>;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}
