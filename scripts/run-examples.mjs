/**
 * Runs every example in `examples/` against the built package (`dist/`, reached through the package's own
 * `exports` by name), as a user would: `.mjs` and `.cjs` with node, `.ts` type-checked with tsc and then run
 * with tsx. Fails on the first example that fails.
 *
 * Run: `npm run examples` (after `npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const examplesDir = join(root, 'examples');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NO_COLOR: '1' } });
  if (result.status !== 0) {
    console.error(`\nexample failed: ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

const files = readdirSync(examplesDir)
  .filter((name) => /\.(mjs|cjs|ts)$/.test(name) && name !== 'demo.ts')
  .sort();
const typed = files.filter((name) => name.endsWith('.ts'));
if (typed.length > 0) {
  console.log(`\n▶ tsc --noEmit -p examples/tsconfig.json (${typed.join(', ')})`);
  run(join(root, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', join(examplesDir, 'tsconfig.json')]);
}
for (const name of files) {
  console.log(`\n▶ examples/${name}`);
  if (name.endsWith('.ts')) run(join(root, 'node_modules', '.bin', 'tsx'), [join(examplesDir, name)]);
  else run(process.execPath, [join(examplesDir, name)]);
}
console.log(`\n${files.length} examples ran.`);
