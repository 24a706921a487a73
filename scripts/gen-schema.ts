/**
 * Writes schema/report.schema.json from the TypeScript types in src/types.ts, so the published
 * JSON Schema can never drift from the code. `npm run schema`; src/schema.test.ts checks that the
 * committed file is up to date and that real outputs validate against it.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema } from './build-schema.js';

const out = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(buildSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
