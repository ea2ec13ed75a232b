/**
 * The rules of the stored results that span fields, in code and in words: lists in a fixed order (the six strategy
 * factors, the five stages), and bands that match their scores. Loads no zod: the scoring checks a stored score with
 * these rules too (after the generated structure check), and the parse functions run them after zod.
 */
import { strategyStructure } from '../catalogue/data/structure.js';
import { factorCategories } from '../catalogue/ids/factors.js';
import { stageIds } from '../catalogue/ids/stages.js';
import { strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import { pathText } from '../errors/pathText.js';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { resultIssues } from '../i18n/resultIssues/resultIssues.js';
import { trendIssues } from '../i18n/trendIssues/trendIssues.js';
import { trendDirection } from '../internal/trendDirection.js';
import type { RuleIssue } from './fields.js';

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listAt(value: unknown, key: string): readonly unknown[] {
  return isObject(value) && Array.isArray(value[key]) ? (value[key] as readonly unknown[]) : [];
}

/** Checks that the items of a list name `expected` in order, by the field `key`; files one issue at the first miss. */
function inOrder(
  items: readonly unknown[],
  key: string,
  expected: readonly (string | number)[],
  path: readonly PathSegment[],
  issues: RuleIssue[],
): void {
  for (let position = 0; position < Math.min(items.length, expected.length); position++) {
    const item = items[position];
    const found = isObject(item) ? item[key] : undefined;
    if (found === expected[position]) continue;
    const where = [...path, position, key];
    issues.push({
      code: 'invalid_value',
      path: where,
      message: resultIssues.order(pathText(path), expected.map(String), position, found),
    });
    return;
  }
}

/** The band of a score under the limits of the options; `undefined` when the limits are not usable. */
function bandUnder(score: number, bands: unknown): string | undefined {
  if (!isObject(bands) || typeof bands.voldoende !== 'number' || typeof bands.goed !== 'number') return undefined;
  if (score < bands.voldoende) return 'onvoldoende';
  return score < bands.goed ? 'voldoende' : 'goed';
}

/** Checks that a band is the band of its score, and that both are there or neither. */
function bandMatches(holder: unknown, bands: unknown, path: readonly PathSegment[], issues: RuleIssue[]): void {
  if (!isObject(holder)) return;
  const { score, band } = holder;
  if ((score === null) !== (band === null)) {
    issues.push({
      code: 'invalid_value',
      path: [...path, 'band'],
      message: resultIssues.bandWithoutScore(pathText(path)),
    });
    return;
  }
  if (typeof score !== 'number' || typeof band !== 'string') return;
  const expected = bandUnder(score, bands);
  if (expected === undefined || expected === band) return;
  issues.push({
    code: 'invalid_value',
    path: [...path, 'band'],
    message: resultIssues.band(pathText([...path, 'band']), score, band, expected),
  });
}

/** The rules of a Berenschot score, in words: what {@link berenschotScoreRules} checks. */
export const berenschotScoreRuleTexts: readonly string[] = [
  'factors holds the six strategy factors in strategy order (belanghebbenden, ambitie, belangen, relatie, organisatie, communicatie); the indicators of each factor, and of its explanation, are its catalogue indicators in catalogue order.',
  'Every band (of a factor, and overall) is the band of its score under options.bands (below voldoende: onvoldoende; from voldoende below goed: voldoende; from goed: goed); a null score has a null band. options.bands.voldoende is below options.bands.goed.',
  'overall.bottleneck is the first factor in strategy order whose band is onvoldoende, or null when there is none.',
];

/** Checks the rules of a stored Berenschot score that span fields. */
export function berenschotScoreRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isObject(value)) return [];
  const issues: RuleIssue[] = [];
  const factors = listAt(value, 'factors');
  inOrder(factors, 'factor', strategyFactorIds, [...at, 'factors'], issues);
  const bands = isObject(value.options) ? value.options.bands : undefined;
  if (isObject(bands) && typeof bands.voldoende === 'number' && typeof bands.goed === 'number') {
    if (bands.voldoende >= bands.goed) {
      issues.push({
        code: 'invalid_value',
        path: [...at, 'options', 'bands'],
        message: resultIssues.bandOrder(bands.voldoende, bands.goed),
      });
    }
  }
  let bottleneck: string | null = null;
  factors.forEach((factor, index) => {
    const structure = strategyStructure[index];
    if (structure === undefined || !isObject(factor)) return;
    const path = [...at, 'factors', index];
    inOrder(listAt(factor, 'indicators'), 'indicator', structure.indicators, [...path, 'indicators'], issues);
    const explanation = factor.explanation;
    inOrder(
      listAt(explanation, 'indicators'),
      'indicator',
      structure.indicators,
      [...path, 'explanation', 'indicators'],
      issues,
    );
    bandMatches(factor, bands, path, issues);
    if (bottleneck === null && factor.band === 'onvoldoende' && typeof factor.factor === 'string') {
      bottleneck = factor.factor;
    }
  });
  bandMatches(value.overall, bands, [...at, 'overall'], issues);
  const found = isObject(value.overall) ? value.overall.bottleneck : undefined;
  if (issues.length === 0 && factors.length === strategyFactorIds.length && found !== bottleneck) {
    issues.push({
      code: 'invalid_value',
      path: [...at, 'overall', 'bottleneck'],
      message: resultIssues.bottleneck(bottleneck, found),
    });
  }
  return issues;
}

/** The rules of a factor balance, in words: what {@link factorBalanceRules} checks. */
export const factorBalanceRuleTexts: readonly string[] = [
  `categories lists the domains in this order (${/* @__PURE__ */ factorCategories.join(', ')}); strategyFactors holds the six strategy factors in strategy order.`,
];

/** Checks the rules of a stored factor balance that span fields. */
export function factorBalanceRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  const issues: RuleIssue[] = [];
  inOrder(listAt(value, 'categories'), 'category', factorCategories, [...at, 'categories'], issues);
  inOrder(listAt(value, 'strategyFactors'), 'strategyFactor', strategyFactorIds, [...at, 'strategyFactors'], issues);
  return issues;
}

/** The rules of a stage inference, in words: what {@link stageInferenceRules} checks. */
export const stageInferenceRuleTexts: readonly string[] = [
  'scores holds the five stages in order, each with its order 0 to 4; stage and order name the same stage.',
];

/** Checks the rules of a stored stage inference that span fields. */
export function stageInferenceRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const scores = listAt(value, 'scores');
  inOrder(scores, 'stage', stageIds, [...at, 'scores'], issues);
  inOrder(scores, 'order', [0, 1, 2, 3, 4], [...at, 'scores'], issues);
  const expected = isObject(value) && typeof value.order === 'number' ? stageIds[value.order] : undefined;
  if (isObject(value) && expected !== undefined && expected !== value.stage) {
    const path = [...at, 'stage'];
    issues.push({
      code: 'invalid_value',
      path,
      message: resultIssues.order(pathText(path), [expected], 0, value.stage),
    });
  }
  return issues;
}

/** The rules of a portfolio summary, in words: what {@link portfolioSummaryRules} checks. */
export const portfolioSummaryRuleTexts: readonly string[] = [
  'stages holds the five stages in order; factors (overall and in every school year) holds the six strategy factors in strategy order.',
];

/** Checks the rules of a stored portfolio summary that span fields. */
export function portfolioSummaryRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  const issues: RuleIssue[] = [];
  inOrder(listAt(value, 'stages'), 'stage', stageIds, [...at, 'stages'], issues);
  inOrder(listAt(value, 'factors'), 'factor', strategyFactorIds, [...at, 'factors'], issues);
  listAt(value, 'schoolYears').forEach((year, index) => {
    inOrder(listAt(year, 'factors'), 'factor', strategyFactorIds, [...at, 'schoolYears', index, 'factors'], issues);
  });
  return issues;
}

/** The rules of an assessment comparison, in words: what {@link assessmentComparisonRules} checks. */
export const assessmentComparisonRuleTexts: readonly string[] = [
  'factors holds the six strategy factors in strategy order.',
];

/** Checks the rules of a stored assessment comparison that span fields. */
export function assessmentComparisonRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  const issues: RuleIssue[] = [];
  inOrder(listAt(value, 'factors'), 'factor', strategyFactorIds, [...at, 'factors'], issues);
  return issues;
}

/** The rules of a trend, in words: what {@link trendRules} checks. */
export const trendRuleTexts: readonly string[] = [
  'dates run from old to new, each date once.',
  'factors holds the six strategy factors in strategy order (by subject); overall.subject is overall.',
  'Every series has one point per date, point i dated dates[i]; a point has a band exactly when it has a score.',
  'changeSinceFirst is the last score − the first, changeSincePrevious the last − the one before (null when either is null, or, for changeSincePrevious, with one date); direction follows from changeSinceFirst and options.minChange (rising at +minChange or more, falling at −minChange or less, stable between, null without a change).',
  'Every band change and pitfall change is dated on one of the dates after the first, in date order.',
];

/** Checks that the changes of a list are dated on a later date of the trend, in date order; one issue at the first miss. */
function changesDated(
  changes: readonly unknown[],
  dates: readonly string[],
  path: readonly PathSegment[],
  issues: RuleIssue[],
): void {
  const later = dates.slice(1);
  let from = 0;
  for (let index = 0; index < changes.length; index++) {
    const change = changes[index];
    const date = isObject(change) ? change.date : undefined;
    const at = typeof date === 'string' ? later.indexOf(date, from) : -1;
    if (at >= 0) {
      from = at;
      continue;
    }
    const where = [...path, index, 'date'];
    issues.push({ code: 'invalid_value', path: where, message: trendIssues.changeDate(pathText(where), date, later) });
    return;
  }
}

/** Checks one series of a trend against the dates and the smallest change. */
function seriesRules(
  series: unknown,
  dates: readonly string[],
  minChange: unknown,
  path: readonly PathSegment[],
  issues: RuleIssue[],
): void {
  if (!isObject(series)) return;
  const points = listAt(series, 'points');
  if (points.length !== dates.length) {
    const where = [...path, 'points'];
    issues.push({
      code: 'invalid_value',
      path: where,
      message: trendIssues.pointCount(pathText(where), points.length, dates.length),
    });
    return;
  }
  const before = issues.length;
  points.forEach((point, index) => {
    if (!isObject(point)) return;
    if (point.date !== dates[index]) {
      const where = [...path, 'points', index, 'date'];
      issues.push({
        code: 'invalid_value',
        path: where,
        message: trendIssues.pointDate(pathText(where), dates[index] as string, point.date),
      });
    }
    bandMatches(point, undefined, [...path, 'points', index], issues);
  });
  changesDated(listAt(series, 'bandChanges'), dates, [...path, 'bandChanges'], issues);
  if (issues.length > before) return;
  const scoreAt = (index: number): number | null => {
    const found = isObject(points[index]) ? (points[index] as Json).score : null;
    return typeof found === 'number' ? found : null;
  };
  const first = scoreAt(0);
  const last = scoreAt(points.length - 1);
  const previous = points.length > 1 ? scoreAt(points.length - 2) : null;
  const sinceFirst = first === null || last === null ? null : last - first;
  const expected: Readonly<Record<string, unknown>> = {
    changeSinceFirst: sinceFirst,
    changeSincePrevious: previous === null || last === null ? null : last - previous,
    ...(typeof minChange === 'number' ? { direction: trendDirection(sinceFirst, minChange) } : {}),
  };
  for (const [key, value] of Object.entries(expected)) {
    if (series[key] === value) continue;
    const where = [...path, key];
    issues.push({
      code: 'invalid_value',
      path: where,
      message: trendIssues.derived(pathText(where), value, series[key]),
    });
  }
}

/** Checks the rules of a stored trend that span fields. */
export function trendRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isObject(value)) return [];
  const issues: RuleIssue[] = [];
  const dates = listAt(value, 'dates').filter((date): date is string => typeof date === 'string');
  for (let index = 1; index < dates.length; index++) {
    const previous = dates[index - 1] as string;
    const date = dates[index] as string;
    if (date > previous) continue;
    const where = [...at, 'dates', index];
    issues.push({
      code: 'invalid_value',
      path: where,
      message: trendIssues.dateOrder(pathText(where), previous, date),
    });
    return issues;
  }
  const minChange = isObject(value.options) ? value.options.minChange : undefined;
  const factors = listAt(value, 'factors');
  inOrder(factors, 'subject', strategyFactorIds, [...at, 'factors'], issues);
  const overallSubject = isObject(value.overall) ? value.overall.subject : 'overall';
  if (overallSubject !== 'overall') {
    const where = [...at, 'overall', 'subject'];
    issues.push({
      code: 'invalid_value',
      path: where,
      message: trendIssues.overallSubject(pathText(where), overallSubject),
    });
  }
  seriesRules(value.overall, dates, minChange, [...at, 'overall'], issues);
  factors.forEach((series, index) => {
    seriesRules(series, dates, minChange, [...at, 'factors', index], issues);
  });
  changesDated(listAt(value, 'pitfallChanges'), dates, [...at, 'pitfallChanges'], issues);
  return issues;
}
