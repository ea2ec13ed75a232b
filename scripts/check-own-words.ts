/**
 * Reports every catalogue text that shares a run of eight consecutive words with a source document.
 * With file arguments, checks only those data files; without, checks every file in
 * `src/catalogue/data/`.
 *
 * Run: `npx tsx scripts/check-own-words.ts [src/catalogue/data/themes.ts ...]`
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runsOf, textsOf } from './lib/own-words.js';

const root = join(import.meta.dirname, '..');
const seedHashes = new Set(
  readFileSync(join(root, 'test', 'fixtures', 'seed-shingles.txt'), 'utf8')
    .split('\n')
    .filter(Boolean),
);
const dataDir = join(root, 'src', 'catalogue', 'data');
const files =
  process.argv.length > 2
    ? process.argv.slice(2).map((file) => resolve(file))
    : readdirSync(dataDir)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => join(dataDir, name));

let copied = 0;
let checked = 0;
for (const file of files) {
  const module: Record<string, unknown> = await import(pathToFileURL(file).href);
  for (const [name, value] of Object.entries(module)) {
    if (name.endsWith('Ids')) continue;
    for (const { path, text } of textsOf(value, name)) {
      checked++;
      for (const run of runsOf(text)) {
        if (seedHashes.has(run.hash)) {
          copied++;
          console.log(`${basename(file)} ${path}: shares "${run.words}" with a source`);
          break;
        }
      }
    }
  }
}
console.log(`${checked} texts checked, ${copied} with a run of eight words shared with a source`);
process.exitCode = copied === 0 ? 0 : 1;
