/**
 * The files generated from the document format, with their content: the fast validator and the types. Shared by
 * the generator script and the test that checks the committed files are current.
 */
import { assessmentStructure } from '../../src/schema/assessmentFormat.js';
import { collaborationStructure } from '../../src/schema/collaborationFormat.js';
import { portfolioStructure } from '../../src/schema/portfolioFormat.js';
import { formatSource } from './biome.js';
import { type FormatModel, readFormat } from './format-model.js';
import { generateAccept } from './generate-accept.js';
import { generateTypes } from './generate-types.js';

/** The model of the three document kinds, read from their zod schemas. */
export function documentFormat(): FormatModel {
  return readFormat({
    collaboration: collaborationStructure,
    assessment: assessmentStructure,
    portfolio: portfolioStructure,
  });
}

/** The generated files, by path from the repository root, with their formatted content. */
export function generatedFiles(model: FormatModel = documentFormat()): Record<string, string> {
  const files: Record<string, string> = {
    'src/schema/fastAccept.generated.ts': generateAccept(model),
    'src/schema/types.ts': generateTypes(model),
  };
  return Object.fromEntries(Object.entries(files).map(([path, source]) => [path, formatSource(source, path)]));
}
