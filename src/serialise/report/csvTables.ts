import { indicators } from '../../catalogue/data/indicators.js';
import { pitfalls as pitfallEntries } from '../../catalogue/data/pitfalls.js';
import { strategyFactors } from '../../catalogue/data/strategyFactors.js';
import { type Issue, SamenwerkingError } from '../../errors/SamenwerkingError.js';
import type { Locale } from '../../i18n/LocalisedText.js';
import { reportTexts } from '../../i18n/reportTexts/reportTexts.js';
import { scoringTermsIn } from '../../i18n/scoringTerms/scoringTermsByLocale.js';
import type { ScoreDistribution, SuppressedGroup } from '../../scoring/summarisePortfolio.js';
import { evidenceInWords, mergePitfalls } from './buildReport.js';
import type { ReadInput } from './ReportInput.js';

/**
 * The tables a result can be written as in CSV: the factor scores and the indicator scores of a score, the pitfalls
 * (of a score and of `detectPitfalls`, merged), the distributions of a portfolio summary, a comparison, a trend (one
 * row per factor and date, the total included) and the actions of a plan.
 *
 * @category Serialise
 */
export type CsvTable = 'factors' | 'indicators' | 'pitfalls' | 'portfolio' | 'comparison' | 'trend' | 'plan';

/** The name of a column: its header in `rfc4180`, and its key in the localised headers of `excel-nl`. */
export type ColumnKey = keyof (typeof reportTexts)['nl']['csvHeader'];

/**
 * What a column holds, which decides how a dialect writes it: text as is; a score (rounded to one decimal in
 * `excel-nl`); a share from 0 to 1 (a whole percentage in `excel-nl`); a count; a weight (two decimals in
 * `excel-nl`); a yes/no flag; a band.
 */
export type ColumnKind = 'text' | 'score' | 'share' | 'count' | 'weight' | 'flag' | 'band';

/** One cell before a dialect writes it. */
export type Cell = string | number | boolean | null;

/** A table before a dialect writes it. */
export interface TableData {
  readonly columns: readonly (readonly [ColumnKey, ColumnKind])[];
  readonly rows: readonly (readonly Cell[])[];
}

const factorLabel = (id: string, locale: Locale): string =>
  strategyFactors.find((entry) => entry.id === id)?.label[locale] ?? id;
const indicatorLabel = (id: string, locale: Locale): string =>
  indicators.find((entry) => entry.id === id)?.label[locale] ?? id;

/**
 * The table a report input gives when none is named: the first of factors, comparison, portfolio, pitfalls, trend and
 * plan.
 */
export function defaultTable(input: ReadInput): CsvTable {
  if (input.score !== undefined) return 'factors';
  if (input.comparison !== undefined) return 'comparison';
  if (input.portfolioSummary !== undefined) return 'portfolio';
  if (input.pitfalls !== undefined) return 'pitfalls';
  if (input.trend !== undefined) return 'trend';
  if (input.plan !== undefined) return 'plan';
  const issues: Issue[] = [
    {
      code: 'invalid_argument',
      path: ['input'],
      message: { nl: reportTexts.nl.noTabularInput, en: reportTexts.en.noTabularInput },
    },
  ];
  throw new SamenwerkingError(issues);
}

function missing(table: CsvTable, needs: string): never {
  const issues: Issue[] = [
    {
      code: 'invalid_option',
      path: ['options', 'table'],
      message: { nl: reportTexts.nl.noTable(table, needs), en: reportTexts.en.noTable(table, needs) },
    },
  ];
  throw new SamenwerkingError(issues);
}

/** Builds one table from a report input. */
export function tableOf(input: ReadInput, table: CsvTable, locale: Locale): TableData {
  switch (table) {
    case 'factors': {
      const score = input.score ?? missing(table, 'score');
      return {
        columns: [
          ['collaboration', 'text'],
          ['date', 'text'],
          ['order', 'count'],
          ['factor', 'text'],
          ['label', 'text'],
          ['score', 'score'],
          ['band', 'band'],
          ['coverage', 'share'],
          ['readiness', 'score'],
          ['indicators_answered', 'count'],
          ['indicators_total', 'count'],
          ['bottleneck', 'flag'],
        ],
        rows: strategyFactors.map((factor) => {
          const result = score.factors.find((candidate) => candidate.factor === factor.id);
          return [
            score.collaboration,
            score.date,
            factor.order,
            factor.id,
            factor.label[locale],
            result?.score ?? null,
            result?.band ?? null,
            result?.coverage ?? null,
            result?.readiness ?? null,
            result?.indicators.filter((indicator) => indicator.score !== null).length ?? 0,
            result?.indicators.length ?? 0,
            score.overall.bottleneck === factor.id,
          ];
        }),
      };
    }
    case 'indicators': {
      const score = input.score ?? missing(table, 'score');
      return {
        columns: [
          ['collaboration', 'text'],
          ['date', 'text'],
          ['factor', 'text'],
          ['indicator', 'text'],
          ['label', 'text'],
          ['score', 'score'],
          ['answers', 'count'],
          ['weight', 'weight'],
          ['counted', 'flag'],
        ],
        rows: score.factors.flatMap((factor) =>
          factor.explanation.indicators.map((item) => [
            score.collaboration,
            score.date,
            factor.factor,
            item.indicator,
            indicatorLabel(item.indicator, locale),
            item.score,
            factor.indicators.find((indicator) => indicator.indicator === item.indicator)?.answers ?? 0,
            item.weight,
            item.counted,
          ]),
        ),
      };
    }
    case 'pitfalls': {
      if (input.score === undefined && input.pitfalls === undefined) missing(table, 'score, pitfalls');
      const texts = reportTexts[locale];
      const partnerName = (id: string): string =>
        input.collaboration?.partners.find((partner) => partner.id === id)?.name ?? id;
      return {
        columns: [
          ['pitfall', 'text'],
          ['label', 'text'],
          ['factor', 'text'],
          ['source', 'text'],
          ['signal_indicator', 'text'],
          ['signal_score', 'score'],
          ['evidence', 'text'],
        ],
        rows: mergePitfalls(input).map((pitfall) => {
          const signal = pitfall.signals[0];
          const source =
            pitfall.signals.length > 0 && pitfall.findings.length > 0
              ? 'both'
              : pitfall.signals.length > 0
                ? 'assessment'
                : 'collaboration';
          return [
            pitfall.pitfall,
            pitfallEntries.find((entry) => entry.id === pitfall.pitfall)?.label[locale] ?? pitfall.pitfall,
            pitfall.factor,
            texts.csvSource[source],
            signal?.indicator ?? null,
            signal?.score ?? null,
            pitfall.findings
              .flatMap((finding) => finding.evidence.map((item) => evidenceInWords(item, locale, partnerName)))
              .join('; '),
          ];
        }),
      };
    }
    case 'portfolio': {
      const summary = input.portfolioSummary ?? missing(table, 'portfolio summary');
      const row = (
        group: string,
        label: string,
        distribution: ScoreDistribution | SuppressedGroup | null,
      ): readonly Cell[] =>
        distribution === null || distribution.suppressed
          ? [group, label, null, null, null, null, null, null, null, null, distribution !== null]
          : [
              group,
              label,
              distribution.count,
              distribution.collaborations,
              distribution.min,
              distribution.q1,
              distribution.median,
              distribution.q3,
              distribution.max,
              distribution.mean,
              false,
            ];
      return {
        columns: [
          ['group', 'text'],
          ['label', 'text'],
          ['count', 'count'],
          ['collaborations', 'count'],
          ['min', 'score'],
          ['q1', 'score'],
          ['median', 'score'],
          ['q3', 'score'],
          ['max', 'score'],
          ['mean', 'score'],
          ['suppressed', 'flag'],
        ],
        rows: [
          row('overall', reportTexts[locale].csvOverall, summary.overall.distribution),
          ...summary.factors.map((factor) => row(factor.factor, factor.label[locale], factor.distribution)),
        ],
      };
    }
    case 'trend': {
      const trend = input.trend ?? missing(table, 'trend');
      return {
        columns: [
          ['collaboration', 'text'],
          ['factor', 'text'],
          ['label', 'text'],
          ['date', 'text'],
          ['school_year', 'text'],
          ['score', 'score'],
          ['band', 'band'],
        ],
        rows: [...trend.factors, trend.overall].flatMap((series) =>
          series.points.map((point) => [
            trend.collaboration,
            series.subject,
            series.subject === 'overall' ? scoringTermsIn[locale].overallScore : factorLabel(series.subject, locale),
            point.date,
            point.schoolYear,
            point.score,
            point.band,
          ]),
        ),
      };
    }
    case 'plan': {
      const plan = input.plan ?? missing(table, 'plan');
      return {
        columns: [
          ['collaboration', 'text'],
          ['action', 'text'],
          ['title', 'text'],
          ['factor', 'text'],
          ['pitfall', 'text'],
          ['owner', 'text'],
          ['due', 'text'],
          ['status', 'text'],
        ],
        rows: plan.actions.map((action) => [
          plan.collaboration,
          action.id,
          action.title,
          action.factor,
          action.pitfall ?? null,
          action.owner ?? null,
          action.due ?? null,
          action.status,
        ]),
      };
    }
    case 'comparison': {
      const comparison = input.comparison ?? missing(table, 'comparison');
      const overall: readonly Cell[] = [
        comparison.collaboration,
        'overall',
        scoringTermsIn[locale].overallScore,
        comparison.before.date,
        comparison.after.date,
        comparison.before.overall,
        comparison.after.overall,
        comparison.overallChange,
        comparison.before.band,
        comparison.after.band,
      ];
      return {
        columns: [
          ['collaboration', 'text'],
          ['factor', 'text'],
          ['label', 'text'],
          ['date_before', 'text'],
          ['date_after', 'text'],
          ['before', 'score'],
          ['after', 'score'],
          ['change', 'score'],
          ['band_before', 'band'],
          ['band_after', 'band'],
        ],
        rows: [
          ...comparison.factors.map((factor) => [
            comparison.collaboration,
            factor.factor,
            factorLabel(factor.factor, locale),
            comparison.before.date,
            comparison.after.date,
            factor.before,
            factor.after,
            factor.change,
            factor.bandBefore,
            factor.bandAfter,
          ]),
          overall,
        ],
      };
    }
  }
}
