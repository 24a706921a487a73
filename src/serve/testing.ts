/** Test helpers of the server: a library holding the bundled examples, and a request helper. */
import { fileURLToPath } from 'node:url';
import { extractInputs } from '../analyze.js';
import { openLibrary } from '../library/library.js';
import type { Library } from '../library/types.js';
import { createMemoryStore } from '../store/memory-store.js';
import type { ExtractedArticle } from '../types.js';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../examples/', import.meta.url));

export const fixedClock = () => new Date('2031-05-02T10:00:00.000Z');

/** The bundled examples, extracted as `parallax extract examples/` does. */
export async function exampleArticles(dir = EXAMPLES_DIR): Promise<ExtractedArticle[]> {
  const out: ExtractedArticle[] = [];
  for await (const item of extractInputs([dir])) if (item.kind === 'article') out.push(item.article);
  return out;
}

/** A memory library with the examples added. */
export async function exampleLibrary(clock = fixedClock): Promise<Library> {
  const library = await openLibrary({ store: await createMemoryStore(), clock });
  await library.add(await exampleArticles());
  return library;
}
