/**
 * Writes the JSON Schema files (draft 2020-12, input side) into `dist/schemas/`, generated from the zod schemas:
 * one per document kind, plus the catalogue export and the result of scoreBerenschot. Run by `npm run build`.
 *
 * Post-processing: objects of the document formats allow `x-` keys and nothing else beyond their fields, which
 * zod's loose objects cannot say; the rules that JSON Schema cannot express are listed in each description.
 *
 * Run: `npx tsx scripts/build-schemas.ts [outDir]`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from './lib/json-schemas.js';

const outDir = process.argv[2] ?? join(import.meta.dirname, '..', 'dist', 'schemas');
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(`JSON Schemas written to ${outDir}: ${Object.keys(jsonSchemas()).join(', ')}`);
