/**
 * The built package (`dist/` ESM), loaded so the benchmarks measure what ships, and typed by the sources it is
 * built from (so type checking works before a build). Fails with a clear message when there is no build, and
 * warns when `src/` changed after the last build.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root: string = join(import.meta.dirname, '..');
const dist = join(root, 'dist');

if (!existsSync(join(dist, 'index.js'))) {
  console.error('dist/ is missing: run `npm run build` first (the benchmarks measure the built package).');
  process.exit(1);
}

/** The newest modification time of any file under a folder, in milliseconds. */
function newest(folder: string): number {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Whether `src/` has a file newer than the build. */
export const staleBuild: boolean = newest(join(root, 'src')) > statSync(join(dist, 'index.js')).mtimeMs;

const load = async <T>(entry: string): Promise<T> =>
  (await import(pathToFileURL(join(dist, entry, 'index.js')).href)) as T;

export const catalogueModule: typeof import('../src/catalogue/index.js') = await load('catalogue');
export const schemaModule: typeof import('../src/schema/index.js') = await load('schema');
export const scoringModule: typeof import('../src/scoring/index.js') = await load('scoring');
export const serialiseModule: typeof import('../src/serialise/index.js') = await load('serialise');

/** The catalogue ids the generators of `bench/data.ts` need, from the built catalogue. */
export const ids = {
  indicatorIds: catalogueModule.indicatorIds,
  partnerTypeIds: catalogueModule.partnerTypeIds,
  stakeholderGroupIds: catalogueModule.stakeholderGroupIds,
  themeIds: catalogueModule.themeIds,
  formIds: catalogueModule.formIds,
};
