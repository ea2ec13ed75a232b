/**
 * The format of a stored portfolio summary (`kind: 'portfolio-summary'`, the result of `summarisePortfolio`), written
 * once. A count or a distribution smaller than the smallest group shown is `{ suppressed: true }`, never its number.
 */
import * as z from 'zod';
import { appliedScoreOptionsPart } from './berenschotScoreFormat.js';
import { formId, pitfallId, stageId, strategyFactorId, themeId } from './enums.js';
import { formatRegistry, name, part } from './fields.js';
import type { AppliedPortfolioOptions, PortfolioSummary } from './PortfolioSummary.js';
import { frameOf, localisedText, schoolYear, score, stageOrder, tally } from './resultFields.js';
import type { Agrees, Assert } from './sameType.js';

const suppressed = [z.literal(true), 'Always true: the number is not shown.'] as const;
const shown = [z.literal(false), 'Always false: the number is shown.'] as const;
const count = [tally, 'The number of collaborations in the group.'] as const;

const suppressedGroupPart = part(
  'SuppressedGroup',
  'A group too small to show: it holds at least one but fewer than minGroupSize collaborations.',
  { suppressed },
);

const countedGroupPart = part('CountedGroup', 'A count that is shown: 0, or at least minGroupSize.', {
  suppressed: shown,
  count,
});

const groupCount = z
  .discriminatedUnion('suppressed', [countedGroupPart, suppressedGroupPart])
  .register(formatRegistry, {
    id: 'GroupCount',
    description: 'A count of collaborations, or the mark that it is too small to show.',
  });

const themeCount = z
  .discriminatedUnion('suppressed', [
    part('ThemeCountShown', 'The number of collaborations per theme, shown.', {
      theme: [themeId, 'The theme.'],
      label: [localisedText, 'Its name.'],
      suppressed: shown,
      count,
    }),
    part('ThemeCountSuppressed', 'The number of collaborations per theme, too small to show.', {
      theme: [themeId, 'The theme.'],
      label: [localisedText, 'Its name.'],
      suppressed,
    }),
  ])
  .register(formatRegistry, {
    id: 'ThemeCount',
    description: 'The number of collaborations per theme, or the mark that it is too small to show.',
  });

const formCount = z
  .discriminatedUnion('suppressed', [
    part('FormCountShown', 'The number of collaborations per form, shown.', {
      form: [formId, 'The form.'],
      label: [localisedText, 'Its name.'],
      suppressed: shown,
      count,
    }),
    part('FormCountSuppressed', 'The number of collaborations per form, too small to show.', {
      form: [formId, 'The form.'],
      label: [localisedText, 'Its name.'],
      suppressed,
    }),
  ])
  .register(formatRegistry, {
    id: 'FormCount',
    description: 'The number of collaborations per form, or the mark that it is too small to show.',
  });

const stageCount = z
  .discriminatedUnion('suppressed', [
    part('StageCountShown', 'The number of collaborations per stage, shown.', {
      stage: [stageId, 'The stage.'],
      order: [stageOrder, 'Its position, 0 to 4.'],
      label: [localisedText, 'Its name.'],
      suppressed: shown,
      count,
    }),
    part('StageCountSuppressed', 'The number of collaborations per stage, too small to show.', {
      stage: [stageId, 'The stage.'],
      order: [stageOrder, 'Its position, 0 to 4.'],
      label: [localisedText, 'Its name.'],
      suppressed,
    }),
  ])
  .register(formatRegistry, {
    id: 'StageCount',
    description: 'The number of collaborations per stage, or the mark that it is too small to show.',
  });

const distributionPart = part(
  'ScoreDistribution',
  'The distribution of scores in a group that is large enough to show; quartiles by linear interpolation (type 7).',
  {
    suppressed: shown,
    count: [tally, 'The number of scores (one per assessment with a score).'],
    collaborations: [tally, 'The number of different collaborations the scores come from.'],
    min: [score, 'The lowest score.'],
    q1: [score, 'The lower quartile (25%).'],
    median: [score, 'The median (50%).'],
    q3: [score, 'The upper quartile (75%).'],
    max: [score, 'The highest score.'],
    mean: [score, 'The mean score.'],
  },
);

const distribution = z
  .discriminatedUnion('suppressed', [distributionPart, suppressedGroupPart])
  .register(formatRegistry, {
    id: 'Distribution',
    description: 'A distribution of scores, or the mark that it comes from too few collaborations to show.',
  });

const overallDistributionPart = part('OverallDistribution', 'The distribution of the overall scores.', {
  distribution: [
    distribution.nullable(),
    'The distribution; suppressed when from too few collaborations; null without scores.',
  ],
  text: [localisedText, 'The distribution, or why it is not shown, in a sentence a report can print.'],
});

const factorDistributionPart = part('FactorDistribution', "The distribution of one strategy factor's scores.", {
  factor: [strategyFactorId, 'The strategy factor.'],
  label: [localisedText, 'Its name.'],
  distribution: [
    distribution.nullable(),
    'The distribution; suppressed when from too few collaborations; null without scores.',
  ],
  text: [localisedText, 'The distribution, or why it is not shown, in a sentence a report can print.'],
});

const pitfallFrequencyPart = part('PitfallFrequency', 'How often a pitfall occurs, counted in collaborations.', {
  pitfall: [pitfallId, 'The pitfall.'],
  factor: [strategyFactorId, 'The strategy factor it threatens.'],
  label: [localisedText, 'Its name.'],
  inDocuments: [groupCount, 'The collaborations whose document shows it (detectPitfalls).'],
  inAssessments: [groupCount, 'The collaborations whose latest assessment signals it (scoreBerenschot).'],
  inEither: [groupCount, 'The collaborations with it from either source, each counted once.'],
});

const schoolYearPart = part('SchoolYearSummary', 'The assessments of one school year.', {
  schoolYear: [schoolYear, 'The school year.'],
  assessments: [groupCount, 'The number of assessments dated in it.'],
  collaborations: [groupCount, 'The number of different collaborations assessed in it.'],
  overall: [overallDistributionPart, 'The distribution of the overall scores of the year.'],
  factors: [z.array(factorDistributionPart).min(6).max(6), "Every strategy factor's distribution, in strategy order."],
});

const appliedPortfolioOptionsPart = part(
  'AppliedPortfolioOptions',
  'The options the summary was computed with, every default filled in.',
  {
    minGroupSize: [tally, 'The smallest group shown.'],
    scoring: [appliedScoreOptionsPart, 'The options every assessment was scored with.'],
  },
);

const portfolioSummaryPart = part(
  'PortfolioSummary',
  'The summary of a portfolio (the result of summarisePortfolio): counts per theme, form and stage, the distribution of the factor scores, how often each pitfall occurs, and the same per school year, every group smaller than minGroupSize suppressed.',
  {
    ...frameOf('portfolio-summary'),
    name: [name, 'The name of the portfolio.'],
    collaborations: [tally, 'The number of collaborations in the portfolio.'],
    assessments: [tally, 'The number of assessments in the portfolio.'],
    minGroupSize: [tally, 'The smallest group shown.'],
    themes: [z.array(themeCount), 'The themes at least one collaboration works on, in catalogue order.'],
    forms: [z.array(formCount), 'The forms at least one collaboration takes, in catalogue order.'],
    stages: [z.array(stageCount).min(5).max(5), 'All five stages, in order.'],
    stagesInferred: [groupCount, 'The number of collaborations whose stage was inferred.'],
    overall: [overallDistributionPart, 'The distribution of the overall scores of all assessments.'],
    factors: [
      z.array(factorDistributionPart).min(6).max(6),
      "Every strategy factor's distribution, in strategy order.",
    ],
    pitfalls: [z.array(pitfallFrequencyPart), 'Every catalogue pitfall, in catalogue order.'],
    schoolYears: [z.array(schoolYearPart), 'The school years of the assessments, oldest first.'],
    hidden: [
      part('HiddenGroups', 'How many counts and distributions of a summary were suppressed.', {
        counts: [tally, 'The number of suppressed counts, those hidden to protect another included.'],
        distributions: [tally, 'The number of suppressed distributions.'],
      }),
      'How many counts and distributions were suppressed.',
    ],
    tooSmall: [
      z.boolean(),
      'Whether the portfolio holds fewer than minGroupSize collaborations (but at least one): then every count above 0 and every distribution is hidden, and summary says why.',
    ],
    summary: [localisedText, 'The summary in a sentence a report can print.'],
    options: [appliedPortfolioOptionsPart, 'The options the summary was computed with.'],
  },
);

/** The structure of a stored portfolio summary, without the rules that span fields. */
export const portfolioSummaryStructure: z.ZodType<PortfolioSummary> = portfolioSummaryPart;

// Fail to compile when the format and the documented types differ, in either direction.
type _SummaryAgrees = Assert<Agrees<PortfolioSummary, z.output<typeof portfolioSummaryPart>>>;
type _OptionsAgree = Assert<Agrees<AppliedPortfolioOptions, z.output<typeof appliedPortfolioOptionsPart>>>;
