/**
 * Writes the JSON Schema files (draft 2020-12, input side), generated from the zod schemas and the format's
 * metadata: one per document kind, plus the catalogue export and the result of scoreBerenschot. They go to
 * `schemas/` at the root of the repository (committed, so that an author in another language can take them without
 * Node; a test fails when they differ from this build) and to `dist/schemas/` (shipped as
 * `samenwerking/schemas/*.json`). Run by `npm run build`.
 *
 * Run: `npx tsx scripts/build-schemas.ts [--check]` (`--check` writes nothing and fails when `schemas/` is stale)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from './lib/json-schemas.js';

const root = join(import.meta.dirname, '..');
const files = jsonSchemaFiles();
if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([name, text]) => {
    try {
      return readFileSync(join(root, 'schemas', name), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  for (const [name] of stale)
    console.error(`schemas/${name} is not current: run \`npx tsx scripts/build-schemas.ts\`.`);
  process.exit(stale.length > 0 ? 1 : 0);
}
for (const folder of [join(root, 'schemas'), join(root, 'dist', 'schemas')]) {
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
}
console.log(`JSON Schemas written to schemas/ and dist/schemas/: ${Object.keys(files).join(', ')}`);
