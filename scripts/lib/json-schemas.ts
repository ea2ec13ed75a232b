/**
 * Generates the shipped JSON Schemas from the zod schemas. Shared by the build script and the tests, so the tests
 * check exactly what ships.
 */
import * as z from 'zod';
import { assessmentStructure } from '../../src/schema/AssessmentSchema.js';
import { BerenschotScoreSchema } from '../../src/schema/BerenschotScoreSchema.js';
import { CatalogueSchema } from '../../src/schema/CatalogueSchema.js';
import { collaborationStructure } from '../../src/schema/CollaborationSchema.js';
import { portfolioStructure } from '../../src/schema/PortfolioSchema.js';

type Json = Record<string, unknown>;

/** The stable identifier of a shipped schema: a URN, versioned by format version. */
export function schemaId(name: string): string {
  return `urn:samenwerking:schema:${name}:1`;
}

const documentRules = [
  'Dates (YYYY-MM-DD) must exist; endDate is not before startDate.',
  'Ids are unique where they name things: partner ids, themes, factor observations, stakeholder groups, respondents, collaboration ids in a portfolio.',
  'Every partner reference (representedBy, contributions[].partner, interests[].partner, events[].partner) names a partner of the same collaboration.',
  'Answers lie within the assessment scale (1 to 5 by default) and min is below max; at least one answer is not null.',
  'In a portfolio, every assessment names a collaboration of the portfolio, and every response partner is a partner of that collaboration.',
  'Text fields must contain a character that is not white space.',
  'No key anywhere, also inside x- values, may be __proto__, constructor or prototype.',
];

/** Replaces zod's "any extra key" with "x- keys only", in every object of a document format. */
function onlyExtensions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(onlyExtensions);
  if (node === null || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = onlyExtensions(value);
  const extra = out.additionalProperties;
  if (
    out.type === 'object' &&
    out.properties !== undefined &&
    extra !== undefined &&
    typeof extra === 'object' &&
    extra !== null &&
    Object.keys(extra).length === 0
  ) {
    out.patternProperties = { '^x-': {} };
    out.additionalProperties = false;
  }
  return out;
}

function documentSchema(schema: z.ZodType, name: string, title: string, summary: string): Json {
  const generated = onlyExtensions(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' })) as Json;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: schemaId(name),
    title,
    description: `${summary} Rules this schema cannot express, checked by the samenwerking library: ${documentRules.join(' ')}`,
    ...rest,
  };
}

/** Every shipped JSON Schema, by file name (without `.json`). */
export function jsonSchemas(): Record<string, Json> {
  const catalogue = z.toJSONSchema(CatalogueSchema, { io: 'input', target: 'draft-2020-12' }) as Json;
  const { $schema, ...catalogueRest } = catalogue;
  const { $schema: _, ...scoreRest } = z.toJSONSchema(BerenschotScoreSchema, {
    io: 'input',
    target: 'draft-2020-12',
  }) as Json;
  return {
    collaboration: documentSchema(
      collaborationStructure,
      'collaboration',
      'Samenwerking (collaboration), format version 1',
      'A collaboration between school boards, schools, municipalities and partners: themes, form, partners, stakeholders, ambition, interests, agreements, events and observed factors.',
    ),
    assessment: documentSchema(
      assessmentStructure,
      'assessment',
      'Zelfevaluatie (Berenschot self-assessment), format version 1',
      'Respondents rate the indicators of the six Berenschot strategy factors on a whole-number scale; null means not applicable.',
    ),
    portfolio: documentSchema(
      portfolioStructure,
      'portfolio',
      'Portefeuille (portfolio), format version 1',
      'A named set of collaborations with their assessments.',
    ),
    catalogue: {
      $schema,
      $id: schemaId('catalogue'),
      title: 'Samenwerking reference catalogue',
      description:
        'The reference catalogue as exported by toJSON(catalogue), with its change list per edition. Rules this schema cannot express: ids are unique per list, every id reference points to an existing entry, the Dutch and English texts differ, every entry is added exactly once in the change list and every id it names is an entry of its list, and a retired entry (retired: true) is listed as retired and its replacedBy names a current entry of the same list.',
      ...catalogueRest,
    },
    'berenschot-score': {
      $schema,
      $id: schemaId('berenschot-score'),
      title: 'Berenschot score (result of scoreBerenschot)',
      description:
        'The six-factor score of a self-assessment: overall score, band and bottleneck; per factor the score, band, coverage, readiness, indicator scores and an explanation; sequence warnings, pitfalls and disagreements. Scores run from 0 to 100 and are not rounded. Rules this schema cannot express: the factors come in strategy order, each once; a band matches its score under the bands used; a null score has a null band.',
      ...scoreRest,
    },
  };
}
