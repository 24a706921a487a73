import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where `../shared` is: beside the repository (as in CI), or wherever PARALLAX_SHARED points.
 * Evaluations and tests that need it skip with a clear message when it is absent.
 */
export function sharedDir(): string {
  return process.env.PARALLAX_SHARED ?? resolve(process.cwd(), '../shared');
}

export function sharedPath(...parts: string[]): string | null {
  const path = resolve(sharedDir(), ...parts);
  return existsSync(path) ? path : null;
}

export function missingMessage(what: string): string {
  return `${what} not found under ${sharedDir()} (set PARALLAX_SHARED to the shared folder); skipped`;
}
