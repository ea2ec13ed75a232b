import { throwIfIssues } from '../../arguments/argumentReader.js';
import { readInput } from '../../arguments/readInput.js';
import { type Issue, type PathSegment, SamenwerkingError } from '../../errors/SamenwerkingError.js';
import type { InputKind } from '../../i18n/expectedInputs/expectedInputs.js';
import { quoteValue } from '../../i18n/format.js';
import { reportTexts } from '../../i18n/reportTexts/reportTexts.js';
import { isParsed } from '../../internal/parsed.js';
import {
  type Accept,
  acceptsAssessment,
  acceptsAssessmentComparison,
  acceptsBerenschotScore,
  acceptsCollaboration,
  acceptsFactorBalance,
  acceptsPitfallFindings,
  acceptsPortfolioSummary,
  acceptsStageInference,
  acceptsTrend,
} from '../../schema/acceptors.js';
import { safeParsePlan } from '../../schema/PlanSchema.js';
import type { Assessment, Collaboration, Plan } from '../../schema/types.js';
import type { FactorBalance } from '../../scoring/balanceFactors.js';
import type { AssessmentComparison } from '../../scoring/compareAssessments.js';
import type { BenchmarkComparison } from '../../scoring/compareWithBenchmark.js';
import type { FusietoetsClassification } from '../../scoring/fusietoetsClassification.js';
import type { FormRecommendation } from '../../scoring/recommendForms.js';
import type { StageInference } from '../../scoring/stageInference.js';
import type { PortfolioSummary } from '../../scoring/summarisePortfolio.js';
import type { Trend } from '../../scoring/trend.js';
import type { BerenschotScore, PitfallFinding } from '../../scoring/types.js';

/**
 * What a report is made of: any combination of documents and results of the scoring functions. Every key is
 * optional; the report shows the sections its parts support and nothing else.
 *
 * @category Serialise
 */
export interface ReportInput {
  /** The title of the report; the name of the collaboration, or its id and the date, when left out. */
  readonly title?: string;
  /** The collaboration document: its name, partners (names instead of ids in the report) and set-up. */
  readonly collaboration?: Collaboration;
  /** The self-assessment: its date and the number of respondents. */
  readonly assessment?: Assessment;
  /** The result of `scoreBerenschot`. */
  readonly score?: BerenschotScore;
  /** The result of `detectPitfalls`; merged with the pitfalls of the score, one entry per pitfall. */
  readonly pitfalls?: readonly PitfallFinding[];
  /** The result of `balanceFactors`. */
  readonly balance?: FactorBalance;
  /** The result of `inferStage`. */
  readonly stage?: StageInference;
  /** The result of `recommendForms`. */
  readonly forms?: FormRecommendation;
  /** One or more results of `classifyFusietoets`. */
  readonly fusietoets?: FusietoetsClassification | readonly FusietoetsClassification[];
  /** One or more results of `compareWithBenchmark`. */
  readonly benchmarks?: BenchmarkComparison | readonly BenchmarkComparison[];
  /** The result of `compareAssessments`: the comparison with an earlier self-assessment. */
  readonly comparison?: AssessmentComparison;
  /** The result of `trend`: the scores of one collaboration over several self-assessments. */
  readonly trend?: Trend;
  /** A plan document (for example from `proposePlan`): its targets and actions, owners by name. */
  readonly plan?: Plan;
}

/**
 * One result or document passed on its own instead of a {@link ReportInput}.
 *
 * @category Serialise
 */
export type ReportPart =
  | Collaboration
  | Assessment
  | BerenschotScore
  | readonly PitfallFinding[]
  | FactorBalance
  | StageInference
  | FormRecommendation
  | FusietoetsClassification
  | BenchmarkComparison
  | AssessmentComparison
  | Trend
  | Plan;

/** A report input as the writers use it: lists always lists, and a portfolio summary for the CSV tables. */
export interface ReadInput extends Omit<ReportInput, 'fusietoets' | 'benchmarks'> {
  readonly fusietoets: readonly FusietoetsClassification[];
  readonly benchmarks: readonly BenchmarkComparison[];
  readonly portfolioSummary?: PortfolioSummary;
}

/** The keys a report input may have, in the order the report shows them (`trend` and `plan`: see buildReport). */
export const REPORT_KEYS = [
  'title',
  'collaboration',
  'assessment',
  'score',
  'pitfalls',
  'balance',
  'stage',
  'forms',
  'fusietoets',
  'benchmarks',
  'comparison',
  'trend',
  'plan',
] as const;

type Key = (typeof REPORT_KEYS)[number] | 'portfolioSummary';

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const has = (value: Readonly<Record<string, unknown>>, ...keys: string[]): boolean =>
  keys.every((key) => Object.hasOwn(value, key));

/** The report key a result or document passed alone belongs under, or `undefined` for a report input object. */
function keyOf(value: Readonly<Record<string, unknown>>): Key | undefined {
  switch (value.kind) {
    case 'collaboration':
      return 'collaboration';
    case 'assessment':
      return 'assessment';
    case 'berenschot-score':
      return 'score';
    case 'factor-balance':
      return 'balance';
    case 'stage-inference':
      return 'stage';
    case 'assessment-comparison':
      return 'comparison';
    case 'portfolio-summary':
      return 'portfolioSummary';
    case 'trend':
      return 'trend';
    case 'plan':
      return 'plan';
  }
  if (has(value, 'overall', 'factors', 'disagreements')) return 'score';
  if (has(value, 'outlook', 'observations')) return 'balance';
  if (has(value, 'confidence', 'scores', 'reasons')) return 'stage';
  if (has(value, 'best', 'candidates')) return 'forms';
  if (has(value, 'route', 'rule')) return 'fusietoets';
  if (has(value, 'benchmark', 'rows')) return 'benchmarks';
  if (has(value, 'bandChanges', 'before', 'after')) return 'comparison';
  if (has(value, 'minGroupSize', 'themes')) return 'portfolioSummary';
  return undefined;
}

function refuse(message: { nl: string; en: string }, path: (string | number)[] = []): never {
  const issues: Issue[] = [{ code: 'invalid_argument', path: ['input', ...path], message }];
  throw new SamenwerkingError(issues);
}

/**
 * Reads what was passed to a report writer: a report input object, or one document or result on its own (found by
 * its `kind`, or by its shape for results without one), or a list of pitfall findings, Fusietoets classifications or
 * benchmark comparisons.
 *
 * @throws {SamenwerkingError} `invalid_argument` for anything else, or a report input with a key it does not know.
 */
function collectReportInput(input: unknown, allowSummary: boolean): ReadInput {
  const expected = (): { nl: string; en: string } => ({
    nl: `Geef ${reportTexts.nl.expectedReportInput} mee (gegeven: ${quoteValue(input, 'nl')}).`,
    en: `Pass ${reportTexts.en.expectedReportInput} (given: ${quoteValue(input, 'en')}).`,
  });
  if (Array.isArray(input)) {
    const first: unknown = input[0];
    if (isObject(first) && has(first, 'route', 'rule')) return { fusietoets: input, benchmarks: [] };
    if (isObject(first) && has(first, 'benchmark', 'rows')) return { fusietoets: [], benchmarks: input };
    if (input.every((item) => isObject(item) && has(item, 'pitfall', 'evidence'))) {
      return { pitfalls: input as readonly PitfallFinding[], fusietoets: [], benchmarks: [] };
    }
    refuse(expected());
  }
  if (!isObject(input)) refuse(expected());
  const alone = keyOf(input);
  if (alone !== undefined) {
    if (alone === 'portfolioSummary' && !allowSummary) refuse(expected());
    if (alone === 'fusietoets' || alone === 'benchmarks') {
      return { fusietoets: [], benchmarks: [], [alone]: [input] } as ReadInput;
    }
    return { fusietoets: [], benchmarks: [], [alone]: input } as ReadInput;
  }
  const known: readonly string[] = REPORT_KEYS;
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) {
      refuse(
        {
          nl: reportTexts.nl.unknownReportKey(key, known.join(', ')),
          en: reportTexts.en.unknownReportKey(key, known.join(', ')),
        },
        [key],
      );
    }
  }
  const listOf = <Item>(value: unknown): readonly Item[] =>
    value === undefined ? [] : Array.isArray(value) ? (value as readonly Item[]) : [value as Item];
  const read = input as ReportInput;
  if (read.title !== undefined && typeof read.title !== 'string') refuse(expected(), ['title']);
  const result: ReadInput = {
    ...(read.title === undefined ? {} : { title: read.title }),
    ...(read.collaboration === undefined ? {} : { collaboration: read.collaboration }),
    ...(read.assessment === undefined ? {} : { assessment: read.assessment }),
    ...(read.score === undefined ? {} : { score: read.score }),
    ...(read.pitfalls === undefined ? {} : { pitfalls: read.pitfalls }),
    ...(read.balance === undefined ? {} : { balance: read.balance }),
    ...(read.stage === undefined ? {} : { stage: read.stage }),
    ...(read.forms === undefined ? {} : { forms: read.forms }),
    fusietoets: listOf<FusietoetsClassification>(read.fusietoets),
    benchmarks: listOf<BenchmarkComparison>(read.benchmarks),
    ...(read.comparison === undefined ? {} : { comparison: read.comparison }),
    ...(read.trend === undefined ? {} : { trend: read.trend }),
    ...(read.plan === undefined ? {} : { plan: read.plan }),
  };
  checkFollowUp(result);
  const parts = Object.keys(result).filter((key) => key !== 'title' && key !== 'fusietoets' && key !== 'benchmarks');
  if (
    parts.length === 0 &&
    result.fusietoets.length === 0 &&
    result.benchmarks.length === 0 &&
    result.pitfalls === undefined
  ) {
    refuse({ nl: reportTexts.nl.emptyReport, en: reportTexts.en.emptyReport });
  }
  return result;
}

/** The parts the library has a format for: each is checked as it is before it is written (issue 17, item 2). */
const CHECKED_PARTS: readonly (readonly [keyof ReadInput, InputKind, Accept])[] = [
  ['collaboration', 'collaboration', acceptsCollaboration],
  ['assessment', 'assessment', acceptsAssessment],
  ['score', 'berenschot-score', acceptsBerenschotScore],
  ['pitfalls', 'pitfall-findings', acceptsPitfallFindings],
  ['balance', 'factor-balance', acceptsFactorBalance],
  ['stage', 'stage-inference', acceptsStageInference],
  ['comparison', 'assessment-comparison', acceptsAssessmentComparison],
  ['trend', 'trend', acceptsTrend],
  ['portfolioSummary', 'portfolio-summary', acceptsPortfolioSummary],
];

/**
 * Reads what was passed to a report writer (see `collectReportInput`), then checks every document and result in it
 * as it is: one the library parsed or computed passes at once, one built by hand or read from storage without
 * `fromJSON` is validated by the generated validator and the rules of its format, so that nothing damaged is
 * rendered.
 *
 * @param input - What the writer was given.
 * @param allowSummary - Whether a portfolio summary may be written (the CSV tables only).
 * @throws {SamenwerkingError} `invalid_argument` for input that is no report input, or a part that is not valid,
 *   naming the part, its kind and the function that lists its problems.
 */
export function readReportInput(input: unknown, allowSummary: boolean): ReadInput {
  const read = collectReportInput(input, allowSummary);
  // A part passed alone sits at `input`; a part of a report input object at `input.<key>`.
  const alone = Array.isArray(input) || (isObject(input) && keyOf(input) !== undefined);
  const issues: Issue[] = [];
  for (const [key, kind, accepts] of CHECKED_PARTS) {
    const value = read[key];
    if (value === undefined) continue;
    const path: PathSegment[] = alone ? ['input'] : ['input', key];
    readInput(value, alone ? 'input' : `input.${key}`, kind, accepts, issues, path);
  }
  throwIfIssues(issues);
  return read;
}

/** Refuses a plan that is not a valid plan document (a trend is checked with the other stored results). */
function checkFollowUp(read: ReadInput): void {
  if (read.plan !== undefined && !isParsed(read.plan)) {
    const parsed = safeParsePlan(read.plan);
    if (!parsed.success) {
      const issues: Issue[] = [
        {
          code: 'invalid_argument',
          path: ['input', 'plan'],
          message: { nl: reportTexts.nl.notPlan, en: reportTexts.en.notPlan },
        },
        ...parsed.error.issues.map((issue) => ({ ...issue, path: ['input', 'plan', ...issue.path] })),
      ];
      throw new SamenwerkingError(issues);
    }
  }
}
