/**
 * Laws of proposePlan and reviewPlan on any assessment: a proposal always validates against the zod schema and the
 * shipped `schemas/plan.json`, round-trips through toJSON and fromJSON, puts the bottleneck first and spreads its due
 * dates in order within the period; a review of a fresh plan on its start day finds nothing overdue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@fast-check/vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { strategyFactorIds } from '../../src/catalogue/ids/strategyFactors.js';
import { safeParsePlan } from '../../src/schema/PlanSchema.js';
import { proposePlan } from '../../src/scoring/proposePlan.js';
import { reviewPlan } from '../../src/scoring/reviewPlan.js';
import { scoreBerenschot } from '../../src/scoring/scoreBerenschot.js';
import { fromJSON } from '../../src/serialise/fromJSON.js';
import { toJSON } from '../../src/serialise/toJSON.js';
import { assessmentArbitrary } from '../support/assessmentArbitrary.js';

const RUNS = { numRuns: 200 } as const;
const TIMEOUT = 60_000;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const planJson = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'plan.json'), 'utf8'));
const validate = addFormats(new Ajv2020({ allErrors: true, strict: true })).compile(planJson);

const start = fc
  .integer({ min: 0, max: 3650 })
  .map((offset) => new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10));
const targets = fc.dictionary(fc.constantFrom(...strategyFactorIds), fc.integer({ min: 0, max: 100 }), {
  maxKeys: 6,
});

describe('proposePlan on any score', () => {
  test.prop([assessmentArbitrary({ maxResponses: 6 }), start, targets, fc.constantFrom('nl', 'en')], RUNS)(
    'proposes a plan that validates against the schema and plan.json, and round-trips through JSON',
    (assessment, day, wanted, locale) => {
      const plan = proposePlan(scoreBerenschot(assessment), { start: day, targets: wanted, locale });
      const parsed = safeParsePlan(JSON.parse(JSON.stringify(plan)));
      expect(parsed.success ? [] : parsed.error.issues).toStrictEqual([]);
      expect(validate(JSON.parse(JSON.stringify(plan))) ? [] : validate.errors).toStrictEqual([]);
      const back = fromJSON(toJSON(plan), { kind: 'plan' });
      expect(back.success && back.data).toStrictEqual(plan);
    },
    TIMEOUT,
  );

  test.prop([assessmentArbitrary({ maxResponses: 6 }), start], RUNS)(
    'puts the bottleneck first and dates the actions in order, from after the start to the end of the period',
    (assessment, day) => {
      const score = scoreBerenschot(assessment);
      const plan = proposePlan(score, { start: day });
      const bottleneck = score.overall.bottleneck;
      const target = bottleneck === null ? undefined : plan.targets?.[bottleneck];
      const bottleneckScore = score.factors.find((factor) => factor.factor === bottleneck)?.score ?? null;
      if (plan.actions.length > 0 && target !== undefined && bottleneckScore !== null && bottleneckScore < target) {
        expect(plan.actions[0]?.factor).toBe(bottleneck);
      }
      const dues = plan.actions.map((action) => action.due as string);
      expect([...dues].sort()).toStrictEqual(dues);
      for (const due of dues) expect(due > day).toBe(true);
      expect(new Set(plan.actions.map((action) => action.id)).size).toBe(plan.actions.length);
      expect(plan.actions.every((action) => action.status === 'gepland')).toBe(true);
    },
    TIMEOUT,
  );

  test.prop([assessmentArbitrary({ maxResponses: 6 }), start], RUNS)(
    'gives a plan that, reviewed on its start day against its own score, has nothing overdue or done',
    (assessment, day) => {
      const score = scoreBerenschot(assessment);
      const review = reviewPlan(proposePlan(score, { start: day }), score, { on: day });
      expect(review.counts.overdue).toBe(0);
      expect(review.counts.done).toBe(0);
      expect(review.counts.onTime).toBe(review.counts.total);
      // Default targets are the next band above each score, so none is reached yet.
      expect(review.targets.filter((entry) => entry.reached === true)).toStrictEqual([]);
    },
    TIMEOUT,
  );
});
