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
import { assessmentComparisonStructure } from '../../src/schema/assessmentComparisonFormat.js';
import { assessmentRuleTexts, assessmentStructure } from '../../src/schema/assessmentFormat.js';
import { berenschotScoreStructure } from '../../src/schema/berenschotScoreFormat.js';
import { CatalogueSchema } from '../../src/schema/CatalogueSchema.js';
import { collaborationRuleTexts, collaborationStructure } from '../../src/schema/collaborationFormat.js';
import { factorBalanceStructure } from '../../src/schema/factorBalanceFormat.js';
import { type FormatMeta, formatRegistry, plainChecks } from '../../src/schema/fields.js';
import { pitfallFindingsPart } from '../../src/schema/pitfallFindingFormat.js';
import { planRuleTexts, planStructure } from '../../src/schema/planFormat.js';
import { portfolioRuleTexts, portfolioStructure } from '../../src/schema/portfolioFormat.js';
import { portfolioSummaryStructure } from '../../src/schema/portfolioSummaryFormat.js';
import {
  assessmentComparisonRuleTexts,
  berenschotScoreRuleTexts,
  factorBalanceRuleTexts,
  portfolioSummaryRuleTexts,
  stageInferenceRuleTexts,
  trendRuleTexts,
} from '../../src/schema/resultRules.js';
import { stageInferenceStructure } from '../../src/schema/stageInferenceFormat.js';
import { trendStructure } from '../../src/schema/trendFormat.js';

/** The stored result kinds (DOMAIN §8, "Results as documents"), in the order the generators write them. */
export type ResultKind =
  | 'berenschot-score'
  | 'factor-balance'
  | 'stage-inference'
  | 'portfolio-summary'
  | 'assessment-comparison'
  | 'trend';

/** The document kinds, in the order the generators write them. */
export type DocumentKindName = 'collaboration' | 'assessment' | 'portfolio' | 'plan';

/** What the generators need from one copy of the source. */
export interface FormatSource {
  /** The structure of each document kind, by kind. */
  readonly structures: Readonly<Record<DocumentKindName, z.core.$ZodType>>;
  /** The rules of each document kind that JSON Schema cannot express, in words. */
  readonly ruleTexts: Readonly<Record<DocumentKindName, readonly string[]>>;
  /** The structure of each stored result kind, by kind: a fast validator, a JSON Schema and a table each. */
  readonly results: Readonly<Record<ResultKind, z.core.$ZodType>>;
  /** The rules of each result kind that JSON Schema cannot express, in words. */
  readonly resultRuleTexts: Readonly<Record<ResultKind, readonly string[]>>;
  /**
   * Other values with a fast validator but no stored kind, by name: the findings of `detectPitfalls` (a report checks
   * a hand-built list against it).
   */
  readonly checked: Readonly<Record<string, z.core.$ZodType>>;
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
  /** The zod schema that is not part of the format: the catalogue export. */
  readonly others: { readonly catalogue: z.ZodType };
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
  results: {
    'berenschot-score': berenschotScoreStructure,
    'factor-balance': factorBalanceStructure,
    'stage-inference': stageInferenceStructure,
    'portfolio-summary': portfolioSummaryStructure,
    'assessment-comparison': assessmentComparisonStructure,
    trend: trendStructure,
  },
  resultRuleTexts: {
    'berenschot-score': berenschotScoreRuleTexts,
    'factor-balance': factorBalanceRuleTexts,
    'stage-inference': stageInferenceRuleTexts,
    'portfolio-summary': portfolioSummaryRuleTexts,
    'assessment-comparison': assessmentComparisonRuleTexts,
    trend: trendRuleTexts,
  },
  checked: { pitfallFindings: pitfallFindingsPart },
  registry: formatRegistry,
  plainChecks,
  catalogue,
  fieldName: documentIssues.fieldName,
  limits: { ...defaultLimits, maxTextLength: MAX_JSON_TEXT_LENGTH },
  others: { catalogue: CatalogueSchema },
};

/** The folder of the library's own source. */
export const sourceFolder: string = join(import.meta.dirname, '..', '..', 'src');

/** Loads the format from a copy of the source folder (a test changes a copy and runs the generators on it). */
export async function loadFormatSource(folder: string): Promise<FormatSource> {
  // biome-ignore lint/suspicious/noExplicitAny: modules of a copy of the source, read by name.
  const load = async (path: string): Promise<any> => import(pathToFileURL(join(folder, path)).href);
  const [collaboration, assessment, portfolio, plan, fields, catalogue, messages, snapshot, catalogueSchema] =
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
    ]);
  const [score, balance, stage, summary, comparison, trend, findings, rules] = await Promise.all([
    load('schema/berenschotScoreFormat.ts'),
    load('schema/factorBalanceFormat.ts'),
    load('schema/stageInferenceFormat.ts'),
    load('schema/portfolioSummaryFormat.ts'),
    load('schema/assessmentComparisonFormat.ts'),
    load('schema/trendFormat.ts'),
    load('schema/pitfallFindingFormat.ts'),
    load('schema/resultRules.ts'),
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
    results: {
      'berenschot-score': score.berenschotScoreStructure,
      'factor-balance': balance.factorBalanceStructure,
      'stage-inference': stage.stageInferenceStructure,
      'portfolio-summary': summary.portfolioSummaryStructure,
      'assessment-comparison': comparison.assessmentComparisonStructure,
      trend: trend.trendStructure,
    },
    resultRuleTexts: {
      'berenschot-score': rules.berenschotScoreRuleTexts,
      'factor-balance': rules.factorBalanceRuleTexts,
      'stage-inference': rules.stageInferenceRuleTexts,
      'portfolio-summary': rules.portfolioSummaryRuleTexts,
      'assessment-comparison': rules.assessmentComparisonRuleTexts,
      trend: rules.trendRuleTexts,
    },
    checked: { pitfallFindings: findings.pitfallFindingsPart },
    registry: fields.formatRegistry,
    plainChecks: fields.plainChecks,
    catalogue: catalogue.catalogue,
    fieldName: messages.documentIssues.fieldName,
    limits: { ...snapshot.defaultLimits, maxTextLength: snapshot.MAX_JSON_TEXT_LENGTH },
    others: { catalogue: catalogueSchema.CatalogueSchema },
  };
}
