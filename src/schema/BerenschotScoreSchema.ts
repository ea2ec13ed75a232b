import type * as z from 'zod';
import type { BerenschotScore } from './BerenschotScore.js';
import { berenschotScoreStructure } from './berenschotScoreFormat.js';
import { addToZodContext } from './fields.js';
import { resultFormats } from './results.js';

const walk = (value: unknown) => resultFormats.get('berenschot-score')?.walk(value) ?? [];

/**
 * The schema of a stored Berenschot score (`kind: 'berenschot-score'`, `schemaVersion: 1`), the result of
 * `scoreBerenschot`: its structure, unknown keys refused (except `x-` keys) and the rules that span fields. Shipped as
 * `samenwerking/schemas/berenschot-score.json`; `fromJSON` reads a stored one with the same checks.
 *
 * @example
 * ```ts
 * BerenschotScoreSchema.safeParse(scoreBerenschot(assessment)).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const BerenschotScoreSchema: z.ZodType<BerenschotScore> = berenschotScoreStructure.superRefine((value, ctx) =>
  addToZodContext(walk(value), ctx),
);
