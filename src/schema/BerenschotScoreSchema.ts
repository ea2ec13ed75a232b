import * as z from 'zod';
import { indicatorIds } from '../catalogue/ids/indicators.js';
import { pitfallIds } from '../catalogue/ids/pitfalls.js';
import { strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import type { BerenschotScore } from './BerenschotScore.js';
import { isoDate, slug } from './fields.js';

const localised = z.strictObject({ nl: z.string(), en: z.string() });
const factor = z.enum(strategyFactorIds);
const indicator = z.enum(indicatorIds);
const score = z.number().min(0).max(100);
const band = z.enum(['onvoldoende', 'voldoende', 'goed']);
const share = z.number().min(0).max(1);

/**
 * The schema of a `scoreBerenschot` result, for tools that store or exchange scores; shipped as
 * `samenwerking/schemas/berenschot-score.json`.
 *
 * @example
 * ```ts
 * BerenschotScoreSchema.safeParse(scoreBerenschot(assessment)).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const BerenschotScoreSchema: z.ZodType<BerenschotScore> = z.lazy(() =>
  z.strictObject({
    collaboration: slug,
    date: isoDate,
    overall: z.strictObject({ score: score.nullable(), band: band.nullable(), bottleneck: factor.nullable() }),
    factors: z
      .array(
        z.strictObject({
          factor,
          score: score.nullable(),
          band: band.nullable(),
          coverage: share,
          readiness: score.nullable(),
          indicators: z.array(z.strictObject({ indicator, score: score.nullable(), answers: z.number().int().min(0) })),
          explanation: z.strictObject({
            indicators: z.array(
              z.strictObject({ indicator, score: score.nullable(), weight: z.number().min(0), counted: z.boolean() }),
            ),
            answeredWeight: z.number().min(0),
            totalWeight: z.number().min(0),
            coverage: share,
            minCoverage: share,
            formula: localised,
            summary: localised,
          }),
        }),
      )
      .length(strategyFactorIds.length),
    sequenceWarnings: z.array(z.strictObject({ factor, prerequisite: factor, gap: z.number().min(0).max(100) })),
    pitfalls: z.array(
      z.strictObject({ pitfall: z.enum(pitfallIds), factor, source: z.literal('assessment'), indicator, score }),
    ),
    disagreements: z.array(
      z.strictObject({
        indicator,
        spread: z.number().min(0),
        partners: z.array(z.strictObject({ partner: slug, mean: z.number(), answers: z.number().int().min(1) })).min(2),
      }),
    ),
  }),
);
