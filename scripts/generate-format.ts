/**
 * Generates what follows from the zod schemas of the document format: the fast validator
 * (`src/schema/fastAccept.generated.ts`) and the document types (`src/schema/types.ts`). With `--check`, writes
 * nothing and fails when a committed file differs from what the format gives (run by a test too).
 *
 * Run: `npm run generate` (or `npx tsx scripts/generate-format.ts [--check]`)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles } from './lib/format-files.js';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, content] of Object.entries(generatedFiles())) {
  const file = join(root, path);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // Not written yet.
  }
  if (current === content) continue;
  if (check) {
    console.error(`${path} is not current: run \`npm run generate\`.`);
    stale++;
  } else {
    writeFileSync(file, content);
    console.log(`${path} written.`);
  }
}
if (stale > 0) process.exit(1);
