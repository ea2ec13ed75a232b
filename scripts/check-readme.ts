/**
 * Checks the README's claims against what they describe (see `scripts/lib/readme-claims.ts`): the entry-point table
 * against package.json `exports` and the names each built entry exports (from its declaration file, so types count
 * too), the JSON Schema list against `dist/schemas/`, the npm commands against the scripts, the links against the
 * tarball, the performance section against `bench/results.json`, the bundle sizes against the last
 * `npm run check:bundle`, and the install and licence facts against package.json and LICENSE. The `//=>` results of
 * the README's code blocks are checked by `test/docs/markdownExamples.test.ts`.
 *
 * Run: `npm run check:readme` (after `npm run build` and `npm run check:bundle`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import {
  type BundleSizes,
  type PackageJson,
  type ReadmeFacts,
  readmeChecks,
  specifierOf,
} from './lib/readme-claims.js';

const root = join(import.meta.dirname, '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('FAIL dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const pkg = JSON.parse(read('package.json')) as PackageJson;

interface Conditions {
  readonly import: { readonly types: string; readonly default: string };
}
const entries = Object.entries(pkg.exports ?? {})
  .filter(([key]) => !key.includes('*') && key !== './package.json')
  .map(([key, value]) => ({ spec: specifierOf(pkg.name, key), conditions: value as Conditions }));

/** The names (values and types) each entry's declaration file exports, read with the TypeScript compiler. */
function exportedNames(): Map<string, string[]> {
  const files = entries.map((entry) => resolve(root, entry.conditions.import.types));
  const program = ts.createProgram(files, { noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const names = new Map<string, string[]>();
  entries.forEach((entry, index) => {
    const source = program.getSourceFile(files[index] as string);
    const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    names.set(entry.spec, symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((item) => item.name));
  });
  return names;
}

/** The entries whose ESM build reaches `zod` through static imports. */
function entriesLoadingZod(): Set<string> {
  const loading = new Set<string>();
  for (const entry of entries) {
    const seen = new Set<string>();
    const pending = [resolve(root, entry.conditions.import.default)];
    let zod = false;
    while (pending.length > 0 && !zod) {
      const file = pending.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const specifier = match[1] as string;
        if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
        else if (specifier === 'zod' || specifier.startsWith('zod/')) zod = true;
      }
    }
    if (zod) loading.add(entry.spec);
  }
  return loading;
}

const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }),
) as { files: { path: string }[] }[];
const sizesPath = join(root, '.tmp', 'bundle-sizes.json');
const facts: ReadmeFacts = {
  pkg,
  exportsByEntry: exportedNames(),
  entriesLoadingZod: entriesLoadingZod(),
  schemaFiles: readdirSync(join(root, 'dist', 'schemas')).filter((name) => name.endsWith('.json')),
  packedFiles: packed[0]?.files.map((file) => file.path) ?? [],
  bench: JSON.parse(read('bench/results.json')),
  bundleSizes: existsSync(sizesPath) ? (JSON.parse(readFileSync(sizesPath, 'utf8')) as BundleSizes) : undefined,
  licenseText: existsSync(join(root, 'LICENSE')) ? read('LICENSE') : undefined,
};

const readme = read('README.md');
let failed = 0;
for (const [name, check] of Object.entries(readmeChecks)) {
  const problems = check(readme, facts);
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} README ${name}`);
  for (const problem of problems) console.log(`     ${problem}`);
  if (problems.length > 0) failed++;
}
const total = Object.keys(readmeChecks).length;
console.log(`\nREADME claims: ${total - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
