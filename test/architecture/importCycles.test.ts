import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaGraph, findCycles, type ImportGraph, readImportGraph } from '../support/importGraph.js';

const root = join(import.meta.dirname, '..', '..');

/** Every `.ts` file below a folder, relative to it. */
function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

describe('import cycles', () => {
  let source: { graph: ImportGraph; skipped: readonly string[] };
  // Reading src/ with the TypeScript parser takes several seconds on a busy machine.
  beforeAll(async () => {
    source = await readImportGraph(join(root, 'src'));
  }, 120_000);

  it('finds a cycle made of type imports only (the fixture)', async () => {
    const { graph } = await readImportGraph(join(root, 'test', 'fixtures', 'import-cycle'));
    expect(findCycles(graph)).toEqual([['alpha.ts', 'beta.ts']]);
  }, 60_000);

  it('reads every module of src/', () => {
    expect(source.skipped).toEqual([]);
    expect(Object.keys(source.graph).sort()).toEqual(typeScriptFiles(join(root, 'src')));
  });

  it('finds no import cycle in src/, type imports included', () => {
    expect(findCycles(source.graph)).toEqual([]);
  });

  it('finds no cycle between the areas of src/ (its top folders)', () => {
    expect(findCycles(areaGraph(source.graph))).toEqual([]);
  });

  it('keeps the areas in layers: each imports only areas below it', () => {
    // Bottom to top. `internal` is plain helpers; `i18n` is all text; `errors` the error class; `arguments` the one
    // reader of arguments and options; then the catalogue and the time functions, the document schemas, scoring, and
    // the areas built on them; the questionnaire builds and reads documents with all of these.
    const layers = [
      'internal',
      'i18n',
      'errors',
      'arguments',
      'catalogue',
      'time',
      'schema',
      'scoring',
      'serialise',
      'update',
      'questionnaire',
      '(root)',
    ];
    const upward = Object.entries(areaGraph(source.graph)).flatMap(([area, imports]) =>
      imports
        .filter((imported) => layers.indexOf(imported) >= layers.indexOf(area))
        .map((imported) => `${area} -> ${imported}`),
    );
    expect(Object.keys(areaGraph(source.graph)).filter((area) => !layers.includes(area))).toEqual([]);
    expect(upward).toEqual([]);
  });
});
