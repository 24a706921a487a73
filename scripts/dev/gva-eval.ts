// Prints the GVA casualty rows: `npx tsx scripts/dev/gva-eval.ts [dir]`.
import { evalGva } from '../../src/eval/gva.js';

console.table(await evalGva(process.argv[2] ?? '../shared/data/gva-incidents'));
