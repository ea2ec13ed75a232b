import type * as z from 'zod';
import { addToZodContext } from './fields.js';
import { resultFormats } from './results.js';
import type { StageInference } from './StageInference.js';
import { stageInferenceStructure } from './stageInferenceFormat.js';

const walk = (value: unknown) => resultFormats.get('stage-inference')?.walk(value) ?? [];

/**
 * The schema of a stored stage inference (`kind: 'stage-inference'`, `schemaVersion: 1`), the result of
 * `inferStage`: its structure, unknown keys refused (except `x-` keys) and the rules that span fields. Shipped as
 * `samenwerking/schemas/stage-inference.json`; `fromJSON` reads a stored one with the same checks.
 *
 * @example
 * ```ts
 * StageInferenceSchema.safeParse(inferStage(collaboration, scoreBerenschot(assessment))).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const StageInferenceSchema: z.ZodType<StageInference> = stageInferenceStructure.superRefine((value, ctx) =>
  addToZodContext(walk(value), ctx),
);
