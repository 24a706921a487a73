import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const TYPES = fileURLToPath(new URL('../src/types.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

/**
 * The JSON Schema of the report (`Report`) and of one `parallax extract` record (`ExtractRecord`),
 * generated from src/types.ts. Development-time only: ts-json-schema-generator is a dev dependency.
 */
export function buildSchema(): Record<string, unknown> {
  const generator = createGenerator({ path: TYPES, tsconfig: TSCONFIG, type: '*', expose: 'export', topRef: true, jsDoc: 'extended', additionalProperties: false, skipTypeCheck: true });
  const schema = generator.createSchema('*') as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://parallax.invalid/schema/report.schema.json',
    title: 'Parallax report',
    description: 'What `parallax analyze --json` prints (the root) and what each line of `parallax extract --format jsonl` is (definitions/ExtractRecord).',
    $ref: '#/definitions/Report',
    definitions: schema.definitions,
  };
}
