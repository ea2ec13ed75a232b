import type * as z from 'zod';
import { addToZodContext } from './fields.js';
import { resultFormats } from './results.js';
import type { Trend } from './Trend.js';
import { trendStructure } from './trendFormat.js';

const walk = (value: unknown) => resultFormats.get('trend')?.walk(value) ?? [];

/**
 * The schema of a stored trend (`kind: 'trend'`, `schemaVersion: 1`), the result of `trend`: its structure, unknown
 * keys refused (except `x-` keys) and the rules that span fields (dates in order, one point per date in every series,
 * changes and directions that follow from the points). Shipped as `samenwerking/schemas/trend.json`; `fromJSON` reads
 * a stored one with the same checks.
 *
 * @example
 * ```ts
 * const later: Assessment = { ...assessment, date: '2027-03-15' };
 * TrendSchema.safeParse(trend([assessment, later])).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const TrendSchema: z.ZodType<Trend> = trendStructure.superRefine((value, ctx) =>
  addToZodContext(walk(value), ctx),
);
