import { describe, expect, it } from 'vitest';
import { evalExampleGenre, evalSeedGenre } from './seeds-genre.js';
import { missingMessage, sharedDir, sharedPath } from './shared-data.js';

const seeds = sharedPath('corpus', 'seeds');

describe('genre and profile relations', () => {
  it('reads every example article\'s genre (examples/README.md)', async () => {
    const [row] = await evalExampleGenre('examples');
    expect(row!.value, row!.note).toBe(1);
  });

  it.skipIf(!seeds)(seeds ? 'holds the seeds\' genres and relations' : missingMessage('corpus/seeds'), async () => {
    const rows = await evalSeedGenre(sharedDir());
    for (const r of rows) expect(r.value, `${r.metric}: ${r.note ?? ''}`).toBe(1);
  });
});
