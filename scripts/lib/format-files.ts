/**
 * The files generated from the document format, with their content: the fast validator, the yes-or-no checks, the
 * types and the reference part of `docs/document-format.md`. Shared by the generator script and the test that checks the committed
 * files are current.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSource } from './biome.js';
import { readFormat } from './format-model.js';
import { type FormatSource, libraryFormat } from './format-source.js';
import { generateAccept } from './generate-accept.js';
import { generateCheck } from './generate-check.js';
import { generateDocs, withGeneratedDocs } from './generate-docs.js';
import { generateTypes } from './generate-types.js';

/**
 * The generated files, by path from the repository root, with their content; formatted as the code base is, unless
 * `formatted` is false (a test that only compiles them saves the time).
 */
export function generatedFiles(source: FormatSource = libraryFormat, formatted = true): Record<string, string> {
  const model = readFormat(source);
  const code: Record<string, string> = {
    'src/schema/fastAccept.generated.ts': generateAccept(model),
    'src/schema/fastCheck.generated.ts': generateCheck(model),
    'src/schema/types.ts': generateTypes(model),
  };
  const page = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'document-format.md'), 'utf8');
  const docs = { 'docs/document-format.md': withGeneratedDocs(page, generateDocs(model, source)) };
  if (!formatted) return { ...code, ...docs };
  return {
    ...Object.fromEntries(Object.entries(code).map(([path, text]) => [path, formatSource(text, path)])),
    ...docs,
  };
}
