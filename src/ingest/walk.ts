import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from './formats.js';

/** Files that describe a folder rather than report news: a README beside articles is not one of them. */
const PROJECT_FILES = /^(?:readme|license|licence|changelog|contributing|notice|authors)(?:\.[a-z]+)?$/i;

export interface WalkResult {
  readonly files: string[];
  /** Files passed over because their names are not article formats, by extension (or by name: README.md). */
  readonly skipped: Map<string, number>;
  /** Directories that could not be read, with the error. */
  readonly unreadable: { path: string; reason: string }[];
  readonly truncated: boolean;
}

/** Lists the article files below `root`, sorted, skipping hidden entries and node_modules. */
export async function walk(root: string, maxFiles: number): Promise<WalkResult> {
  const files: string[] = [];
  const skipped = new Map<string, number>();
  const unreadable: { path: string; reason: string }[] = [];
  let truncated = false;
  const visit = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: dir, reason: (error as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (truncated) return;
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isFile() && PROJECT_FILES.test(entry.name)) {
        skipped.set(entry.name, (skipped.get(entry.name) ?? 0) + 1);
        continue;
      }
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.isFile() || entry.isSymbolicLink()) {
        if (!formatOf(entry.name)) {
          const ext = /\.[^.]+$/.exec(entry.name)?.[0]?.toLowerCase() ?? '(none)';
          skipped.set(ext, (skipped.get(ext) ?? 0) + 1);
        } else if (files.length >= maxFiles) truncated = true;
        else files.push(path);
      }
    }
  };
  await visit(root);
  return { files, skipped, unreadable, truncated };
}
