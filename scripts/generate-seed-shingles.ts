/**
 * Regenerates `test/fixtures/seed-shingles.txt` from `../shared/seeds/`: the sorted, unique hashes of
 * every eight-word run of the five source documents. The fixture holds no source text.
 *
 * Run: `npx tsx scripts/generate-seed-shingles.ts`
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runsOf, seedVariants } from './lib/own-words.js';

const seedsDir = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const hashes = new Set<string>();
const files = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();
for (const file of files) {
  const text = readFileSync(join(seedsDir, file), 'utf8');
  for (const variant of seedVariants(text)) for (const run of runsOf(variant)) hashes.add(run.hash);
}
const out = join(import.meta.dirname, '..', 'test', 'fixtures', 'seed-shingles.txt');
writeFileSync(out, `${[...hashes].sort().join('\n')}\n`);
console.log(`${hashes.size} hashed eight-word runs from ${files.length} sources written to ${out}`);
