/**
 * Everything the generators read from the library's source: the document structures, the format registry, the
 * plain equivalents of custom checks, the rules in words, the catalogue (for labels) and the field names (for
 * titles). Loaded from a source folder, so that a test can run the generators on a changed copy of `src/`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as z from 'zod';
import { catalogue } from '../../src/catalogue/index.js';
import { documentIssues } from '../../src/i18n/documentIssues/documentIssues.js';
import type { LocalisedText } from '../../src/i18n/LocalisedText.js';
import { defaultLimits, MAX_JSON_TEXT_LENGTH } from '../../src/internal/snapshot.js';
import { assessmentRuleTexts, assessmentStructure } from '../../src/schema/assessmentFormat.js';
import { BerenschotScoreSchema } from '../../src/schema/BerenschotScoreSchema.js';
import { CatalogueSchema } from '../../src/schema/CatalogueSchema.js';
import { collaborationRuleTexts, collaborationStructure } from '../../src/schema/collaborationFormat.js';
import { type FormatMeta, formatRegistry, plainChecks } from '../../src/schema/fields.js';
import { planRuleTexts, planStructure } from '../../src/schema/planFormat.js';
import { portfolioRuleTexts, portfolioStructure } from '../../src/schema/portfolioFormat.js';

/** The document kinds, in the order the generators write them. */
export type DocumentKindName = 'collaboration' | 'assessment' | 'portfolio' | 'plan';

/** What the generators need from one copy of the source. */
export interface FormatSource {
  /** The structure of each document kind, by kind. */
  readonly structures: Readonly<Record<DocumentKindName, z.core.$ZodType>>;
  /** The rules of each document kind that JSON Schema cannot express, in words. */
  readonly ruleTexts: Readonly<Record<DocumentKindName, readonly string[]>>;
  /** The metadata of the format. */
  readonly registry: z.core.$ZodRegistry<FormatMeta>;
  /** The plain function behind each custom check. */
  readonly plainChecks: ReadonlyMap<z.core.$ZodCheck<never>, { readonly name: string; readonly from: string }>;
  /** The catalogue, for the labels of catalogue ids. */
  readonly catalogue: unknown;
  /** The name of the field at a path, in domain words. */
  readonly fieldName: (path: readonly (string | number)[]) => LocalisedText;
  /** The snapshot bounds. */
  readonly limits: {
    readonly maxDepth: number;
    readonly maxNodes: number;
    readonly maxStringLength: number;
    /** The longest JSON text `fromJSON` reads. */
    readonly maxTextLength: number;
  };
  /** The zod schemas that are not document formats: the catalogue export and the Berenschot score. */
  readonly others: { readonly catalogue: z.ZodType; readonly score: z.ZodType };
}

/** The format of the library's own source. */
export const libraryFormat: FormatSource = {
  structures: {
    collaboration: collaborationStructure,
    assessment: assessmentStructure,
    portfolio: portfolioStructure,
    plan: planStructure,
  },
  ruleTexts: {
    collaboration: collaborationRuleTexts,
    assessment: assessmentRuleTexts,
    portfolio: portfolioRuleTexts,
    plan: planRuleTexts,
  },
  registry: formatRegistry,
  plainChecks,
  catalogue,
  fieldName: documentIssues.fieldName,
  limits: { ...defaultLimits, maxTextLength: MAX_JSON_TEXT_LENGTH },
  others: { catalogue: CatalogueSchema, score: BerenschotScoreSchema },
};

/** The folder of the library's own source. */
export const sourceFolder: string = join(import.meta.dirname, '..', '..', 'src');

/** Loads the format from a copy of the source folder (a test changes a copy and runs the generators on it). */
export async function loadFormatSource(folder: string): Promise<FormatSource> {
  // biome-ignore lint/suspicious/noExplicitAny: modules of a copy of the source, read by name.
  const load = async (path: string): Promise<any> => import(pathToFileURL(join(folder, path)).href);
  const [collaboration, assessment, portfolio, plan, fields, catalogue, messages, snapshot, catalogueSchema, score] =
    await Promise.all([
      load('schema/collaborationFormat.ts'),
      load('schema/assessmentFormat.ts'),
      load('schema/portfolioFormat.ts'),
      load('schema/planFormat.ts'),
      load('schema/fields.ts'),
      load('catalogue/index.ts'),
      load('i18n/documentIssues/documentIssues.ts'),
      load('internal/snapshot.ts'),
      load('schema/CatalogueSchema.ts'),
      load('schema/BerenschotScoreSchema.ts'),
    ]);
  return {
    structures: {
      collaboration: collaboration.collaborationStructure,
      assessment: assessment.assessmentStructure,
      portfolio: portfolio.portfolioStructure,
      plan: plan.planStructure,
    },
    ruleTexts: {
      collaboration: collaboration.collaborationRuleTexts,
      assessment: assessment.assessmentRuleTexts,
      portfolio: portfolio.portfolioRuleTexts,
      plan: plan.planRuleTexts,
    },
    registry: fields.formatRegistry,
    plainChecks: fields.plainChecks,
    catalogue: catalogue.catalogue,
    fieldName: messages.documentIssues.fieldName,
    limits: { ...snapshot.defaultLimits, maxTextLength: snapshot.MAX_JSON_TEXT_LENGTH },
    others: { catalogue: catalogueSchema.CatalogueSchema, score: score.BerenschotScoreSchema },
  };
}
