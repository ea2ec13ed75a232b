import type * as z from 'zod';
import type { FactorBalance } from './FactorBalance.js';
import { factorBalanceStructure } from './factorBalanceFormat.js';
import { addToZodContext } from './fields.js';
import { resultFormats } from './results.js';

const walk = (value: unknown) => resultFormats.get('factor-balance')?.walk(value) ?? [];

/**
 * The schema of a stored factor balance (`kind: 'factor-balance'`, `schemaVersion: 1`), the result of
 * `balanceFactors`: its structure, unknown keys refused (except `x-` keys) and the rules that span fields. Shipped as
 * `samenwerking/schemas/factor-balance.json`; `fromJSON` reads a stored one with the same checks.
 *
 * @example
 * ```ts
 * FactorBalanceSchema.safeParse(balanceFactors(collaboration)).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const FactorBalanceSchema: z.ZodType<FactorBalance> = factorBalanceStructure.superRefine((value, ctx) =>
  addToZodContext(walk(value), ctx),
);
