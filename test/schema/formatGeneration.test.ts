/**
 * One definition of the format: the generated files are current, and a change made in the format alone reaches
 * the fast validator, the types and the JSON Schema with no hand edit, while a change made in the types alone (or a
 * format change without regenerating) fails. Shown on a changed copy of `src/` under `.tmp/`, which the generators
 * and the type checker run on.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedFiles } from '../../scripts/lib/format-files.js';
import { loadFormatSource, sourceFolder } from '../../scripts/lib/format-source.js';
import { jsonSchemas } from '../../scripts/lib/json-schemas.js';
import { acceptsCollaboration } from '../../src/schema/acceptors.js';
import { validCollaboration } from '../support/documents.js';

const root = join(import.meta.dirname, '..', '..');

describe('the generated files', () => {
  it('are what the format gives today (run `npm run generate` after changing the format)', () => {
    for (const [path, content] of Object.entries(generatedFiles())) {
      expect(readFileSync(join(root, path), 'utf8'), `${path} is stale`).toBe(content);
    }
  }, 60_000);
});

/** Type-checks the format modules of a copy of the source; returns the messages of the errors. */
function typeErrors(folder: string): string[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
  const files = ['collaborationFormat.ts', 'assessmentFormat.ts', 'portfolioFormat.ts', 'acceptors.ts'];
  const program = ts.createProgram(
    files.map((file) => join(folder, 'schema', file)),
    { ...options, noEmit: true },
  );
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '))
    .filter((message) => message !== '');
}

/** Replaces one piece of text in a file of the copy, failing when it is not there exactly once. */
function edit(folder: string, file: string, from: string, to: string): void {
  const path = join(folder, file);
  const text = readFileSync(path, 'utf8');
  expect(text.split(from).length - 1, `${file}: ${from}`).toBe(1);
  writeFileSync(path, text.replace(from, to));
}

describe('a change to the format in one place', () => {
  const base = join(root, '.tmp', `format-${process.pid}`);
  /** The format gained an optional field, the generator not run. */
  const stale = join(base, 'stale', 'src');
  /** The format changed, the generator run. */
  const changed = join(base, 'changed', 'src');
  /** Only the types changed. */
  const typesOnly = join(base, 'types-only', 'src');
  /** A collaboration that uses what the change adds: the rating 'matig' and a role at the start of execution. */
  const document = validCollaboration();
  document.rating = 'matig';
  document.events[2].role = 'projectleider';

  beforeAll(() => {
    rmSync(base, { recursive: true, force: true });
    for (const folder of [stale, changed, typesOnly]) {
      mkdirSync(folder, { recursive: true });
      cpSync(sourceFolder, folder, { recursive: true });
    }
    // The format gains a rating and an optional field, written once each (the stale copy only the field: an optional
    // field is what assignability alone would let through).
    edit(changed, 'schema/enums.ts', "['goed', 'voldoende', 'slecht']", "['goed', 'voldoende', 'matig', 'slecht']");
    for (const folder of [stale, changed]) {
      edit(
        folder,
        'schema/collaborationFormat.ts',
        "    partner: [slug.exactOptional(), 'The id of the partner that started, when not all did.'],",
        "    partner: [slug.exactOptional(), 'The id of the partner that started, when not all did.'],\n    role: [name.exactOptional(), 'The role of whoever started.'],",
      );
    }
    // The example of the issue: the types alone gain the rating and a field.
    edit(typesOnly, 'schema/types.ts', "export type Rating = 'goed'", "export type Rating = 'matig' | 'goed'");
    edit(
      typesOnly,
      'schema/types.ts',
      'export interface TurnoverEvent extends Extensions {',
      'export interface TurnoverEvent extends Extensions {\n  readonly successor?: string;',
    );
  });

  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('is refused by the library as it is today, which the changed copy must learn', () => {
    expect(acceptsCollaboration(document)).toBe(false);
  });

  it('leaves the generated files stale until the generator runs, which the check above catches', async () => {
    const source = await loadFormatSource(stale);
    const files = generatedFiles(source, false);
    const today = generatedFiles(undefined, false);
    expect(files['src/schema/fastAccept.generated.ts']).not.toBe(today['src/schema/fastAccept.generated.ts']);
    expect(files['src/schema/types.ts']).not.toBe(today['src/schema/types.ts']);
  }, 60_000);

  it('fails to compile when the format gained even an optional field but the types were not generated again', () => {
    const errors = typeErrors(stale);
    expect(errors.some((message) => message.includes("Type 'false' does not satisfy the constraint 'true'"))).toBe(
      true,
    );
  }, 120_000);

  it('reaches the fast validator, the types and the JSON Schema once the generator runs', async () => {
    const source = await loadFormatSource(changed);
    for (const [path, content] of Object.entries(generatedFiles(source, false))) {
      if (path.startsWith('src/')) writeFileSync(join(changed, path.slice('src/'.length)), content);
    }
    expect(typeErrors(changed)).toEqual([]);
    const acceptors = await import(pathToFileURL(join(changed, 'schema', 'acceptors.ts')).href);
    expect(acceptors.acceptsCollaboration(document)).toBe(true);
    const schema = await import(pathToFileURL(join(changed, 'schema', 'index.ts')).href);
    expect(schema.safeParseCollaboration(document).success).toBe(true);
    const types = readFileSync(join(changed, 'schema', 'types.ts'), 'utf8');
    expect(types).toMatch(/export type Rating = 'goed' \| 'voldoende' \| 'matig' \| 'slecht';/);
    expect(types).toMatch(/export interface ExecutionStartEvent[^}]*readonly role\?: string;/s);
    const collaboration = jsonSchemas(source).collaboration as { $defs: Record<string, Record<string, unknown>> };
    const defs = collaboration.$defs;
    expect(defs.Rating?.enum).toEqual(['goed', 'voldoende', 'matig', 'slecht']);
    expect(Object.keys(defs.ExecutionStartEvent?.properties ?? {})).toContain('role');
  }, 120_000);

  it('fails to compile when only the types changed, as in the example of the issue', () => {
    const errors = typeErrors(typesOnly);
    expect(errors.some((message) => message.includes("Type 'false' does not satisfy the constraint 'true'"))).toBe(
      true,
    );
  }, 120_000);
});
