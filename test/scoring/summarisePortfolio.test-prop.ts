import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { toIsoDate } from '../../src/internal/calendar.js';
import { deepFreeze } from '../../src/internal/deepFreeze.js';
import type { Portfolio } from '../../src/schema/types.js';
import { inferStage } from '../../src/scoring/inferStage.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import {
  type GroupCount,
  type PortfolioSummary,
  type ScoreDistribution,
  summarisePortfolio,
} from '../../src/scoring/summarisePortfolio.js';
import type { BerenschotScore } from '../../src/scoring/types.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';
import { collaborationArbitrary } from '../support/collaborationArbitrary.js';

const RUNS = { numRuns: 1000 } as const;
/** Each property runs 1,000 portfolios through scoring, stage inference and pitfall detection. */
const TIMEOUT = 60_000;

const date = fc
  .date({ min: new Date(2015, 0, 1), max: new Date(2030, 11, 31), noInvalidDate: true })
  .map((day) => toIsoDate(day));

/** Valid portfolios: 1 to 6 collaborations with unique ids, and up to 10 assessments of them, none naming a partner. */
const portfolios: fc.Arbitrary<Portfolio> = fc
  .uniqueArray(collaborationArbitrary, { minLength: 1, maxLength: 6, selector: (entry) => entry.id })
  .chain((collaborations) =>
    fc
      .array(
        fc.tuple(
          fc.constantFrom(...collaborations.map((entry) => entry.id)),
          date,
          assessmentArbitrary({ partners: [], maxResponses: 2 }),
        ),
        { maxLength: 10 },
      )
      .map(
        (drawn): Portfolio => ({
          kind: 'portfolio',
          schemaVersion: 1,
          name: 'Portfolio',
          collaborations,
          assessments: drawn.map(([collaboration, day, assessment]) => ({ ...assessment, collaboration, date: day })),
        }),
      ),
  );

const counted = (count: GroupCount): number => (count.suppressed ? Number.NaN : count.count);

/** Every distribution in a summary that is shown. */
function distributionsOf(summary: PortfolioSummary): ScoreDistribution[] {
  const all = [
    summary.overall.distribution,
    ...summary.factors.map((entry) => entry.distribution),
    ...summary.schoolYears.flatMap((year) => [
      year.overall.distribution,
      ...year.factors.map((entry) => entry.distribution),
    ]),
  ];
  return all.filter((entry): entry is ScoreDistribution => entry !== null && !entry.suppressed);
}

/** Every count in a summary, shown or not. */
function countsOf(summary: PortfolioSummary): GroupCount[] {
  return [
    ...summary.themes,
    ...summary.forms,
    ...summary.stages,
    summary.stagesInferred,
    ...summary.pitfalls.flatMap((entry) => [entry.inDocuments, entry.inAssessments, entry.inEither]),
    ...summary.schoolYears.flatMap((year) => [year.assessments, year.collaborations]),
  ];
}

describe('summarisePortfolio on any valid portfolio', () => {
  test.prop([portfolios], RUNS)(
    'adds up when nothing is suppressed (minGroupSize 1)',
    (portfolio) => {
      const summary = summarisePortfolio(portfolio, { minGroupSize: 1 });
      const memberships = portfolio.collaborations.reduce((total, entry) => total + entry.themes.length, 0);
      const sum = (counts: readonly GroupCount[]): number => counts.reduce((total, entry) => total + counted(entry), 0);
      expect(summary.hidden).toStrictEqual({ counts: 0, distributions: 0 });
      expect(sum(summary.themes)).toBe(memberships);
      expect(sum(summary.forms)).toBe(portfolio.collaborations.length);
      expect(sum(summary.stages)).toBe(portfolio.collaborations.length);
      expect(counted(summary.stagesInferred)).toBe(portfolio.collaborations.filter((entry) => !entry.stage).length);
      expect(sum(summary.schoolYears.map((year) => year.assessments))).toBe(portfolio.assessments.length);
      for (const entry of summary.pitfalls) {
        const [documents, assessments, either] = [entry.inDocuments, entry.inAssessments, entry.inEither].map(counted);
        expect(either).toBeGreaterThanOrEqual(Math.max(documents as number, assessments as number));
        expect(either).toBeLessThanOrEqual((documents as number) + (assessments as number));
      }
    },
    TIMEOUT,
  );

  test.prop([portfolios], RUNS)(
    'orders the quantiles and keeps them within 0..100',
    (portfolio) => {
      for (const distribution of distributionsOf(summarisePortfolio(portfolio, { minGroupSize: 1 }))) {
        const { min, q1, median, q3, max, mean } = distribution;
        expect(0).toBeLessThanOrEqual(min);
        expect(min).toBeLessThanOrEqual(q1);
        expect(q1).toBeLessThanOrEqual(median);
        expect(median).toBeLessThanOrEqual(q3);
        expect(q3).toBeLessThanOrEqual(max);
        expect(max).toBeLessThanOrEqual(100);
        expect(min).toBeLessThanOrEqual(mean);
        expect(mean).toBeLessThanOrEqual(max);
        expect(distribution.collaborations).toBeLessThanOrEqual(distribution.count);
      }
    },
    TIMEOUT,
  );

  test.prop([portfolios, fc.integer({ min: 1, max: 6 })], RUNS)(
    'never shows a count from 1 to minGroupSize − 1, nor a distribution over fewer collaborations',
    (portfolio, minGroupSize) => {
      const summary = summarisePortfolio(portfolio, { minGroupSize });
      for (const count of countsOf(summary)) {
        if (!count.suppressed) expect(count.count === 0 || count.count >= minGroupSize).toBe(true);
      }
      for (const distribution of distributionsOf(summary)) {
        expect(distribution.collaborations).toBeGreaterThanOrEqual(minGroupSize);
      }
    },
    TIMEOUT,
  );

  test.prop([portfolios], RUNS)(
    'changes nothing in a frozen portfolio',
    (portfolio) => {
      const before = structuredClone(portfolio);
      summarisePortfolio(deepFreeze(portfolio));
      expect(portfolio).toStrictEqual(before);
    },
    TIMEOUT,
  );

  test.prop([portfolios], RUNS)(
    'does not depend on the order of the collaborations',
    (portfolio) => {
      const reversed: Portfolio = { ...portfolio, collaborations: [...portfolio.collaborations].reverse() };
      expect(summarisePortfolio(reversed, { minGroupSize: 1 })).toStrictEqual(
        summarisePortfolio(portfolio, { minGroupSize: 1 }),
      );
    },
    TIMEOUT,
  );

  test.prop([portfolios], RUNS)(
    'counts stages and assessment pitfalls as inferStage and scoreBerenschot give them for each latest assessment',
    (portfolio) => {
      // The reference keeps every full score: the latest by date, of equal dates the later listed.
      const latest = new Map<string, BerenschotScore>();
      for (const assessment of portfolio.assessments) {
        const previous = latest.get(assessment.collaboration);
        if (previous === undefined || assessment.date >= previous.date) {
          latest.set(assessment.collaboration, scoreBerenschot(assessment));
        }
      }
      const stages = new Map<string, number>();
      const inAssessments = new Map<string, number>();
      for (const collaboration of portfolio.collaborations) {
        const score = latest.get(collaboration.id);
        const stage = collaboration.stage ?? inferStage(collaboration, score).stage;
        stages.set(stage, (stages.get(stage) ?? 0) + 1);
        for (const pitfall of new Set(score?.pitfalls.map((finding) => finding.pitfall))) {
          inAssessments.set(pitfall, (inAssessments.get(pitfall) ?? 0) + 1);
        }
      }
      const summary = summarisePortfolio(portfolio, { minGroupSize: 1 });
      for (const entry of summary.stages) expect(counted(entry)).toBe(stages.get(entry.stage) ?? 0);
      for (const entry of summary.pitfalls) {
        expect(counted(entry.inAssessments)).toBe(inAssessments.get(entry.pitfall) ?? 0);
      }
    },
    TIMEOUT,
  );

  test.prop([portfolios, fc.integer({ min: 2, max: 4 })], RUNS)(
    'lets no suppressed count be recovered by subtraction from a total',
    (portfolio, minGroupSize) => {
      const summary = summarisePortfolio(portfolio, { minGroupSize });
      const truth = summarisePortfolio(portfolio, { minGroupSize: 1 });
      // Each partition: the counts as shown, their true values, and the total the summary shows.
      const partitions: [readonly GroupCount[], readonly GroupCount[], number][] = [
        [summary.forms, truth.forms, summary.collaborations],
        [summary.stages, truth.stages, summary.collaborations],
        [
          summary.schoolYears.map((year) => year.assessments),
          truth.schoolYears.map((year) => year.assessments),
          summary.assessments,
        ],
      ];
      for (const [shown, actual, total] of partitions) {
        const values = actual.map(counted);
        expect(values.reduce((sum, value) => sum + value, 0)).toBe(total);
        const hidden = shown.flatMap((count, index) => (count.suppressed ? [values[index] as number] : []));
        const visibleSum = shown.reduce((sum, count) => sum + (count.suppressed ? 0 : count.count), 0);
        expect(hidden.reduce((sum, value) => sum + value, 0)).toBe(total - visibleSum);
        if (hidden.length === 0) continue;
        // Every count of the partition hidden: the total is the only thing shown, and it is all there is.
        const everyNonZeroHidden = shown.every((count, index) => count.suppressed || values[index] === 0);
        if (everyNonZeroHidden && hidden.length < 2) continue;
        // Otherwise: at least two hidden, and each of them could be more than one value (each is at least 1).
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        if (!everyNonZeroHidden) expect(total - visibleSum).toBeGreaterThanOrEqual(hidden.length + 1);
      }
    },
    TIMEOUT,
  );

  test.prop([portfolios, fc.integer({ min: 2, max: 8 })], RUNS)(
    'hides everything, and says why, when the portfolio is smaller than minGroupSize',
    (portfolio, minGroupSize) => {
      const summary = summarisePortfolio(portfolio, { minGroupSize });
      expect(summary.tooSmall).toBe(portfolio.collaborations.length < minGroupSize);
      if (!summary.tooSmall) return;
      for (const count of countsOf(summary)) expect(count.suppressed || count.count === 0).toBe(true);
      expect(distributionsOf(summary)).toStrictEqual([]);
      expect(summary.summary.en).toContain(`fewer than the smallest group shown (${minGroupSize} collaborations)`);
      expect(summary.summary.nl).toContain('minder dan de kleinste groep');
    },
    TIMEOUT,
  );
});
