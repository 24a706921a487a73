/** Prints the seed and example profile evaluations (dev). Run: npx tsx scripts/dev/babe-seeds.ts */
import { evalExampleGenre, evalSeedGenre } from '../../src/eval/seeds-genre.js';
import { sharedDir } from '../../src/eval/shared-data.js';
for (const r of [...(await evalSeedGenre(sharedDir())), ...(await evalExampleGenre('examples'))]) console.log(r.set, r.metric, r.value.toFixed(3), r.note ?? '');
