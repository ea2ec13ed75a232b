import type * as z from 'zod';
import { addToZodContext } from './fields.js';
import type { PortfolioSummary } from './PortfolioSummary.js';
import { portfolioSummaryStructure } from './portfolioSummaryFormat.js';
import { resultFormats } from './results.js';

const walk = (value: unknown) => resultFormats.get('portfolio-summary')?.walk(value) ?? [];

/**
 * The schema of a stored portfolio summary (`kind: 'portfolio-summary'`, `schemaVersion: 1`), the result of
 * `summarisePortfolio`: its structure, unknown keys refused (except `x-` keys) and the rules that span fields. Shipped as
 * `samenwerking/schemas/portfolio-summary.json`; `fromJSON` reads a stored one with the same checks.
 *
 * @example
 * ```ts
 * PortfolioSummarySchema.safeParse(summarisePortfolio(portfolio)).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const PortfolioSummarySchema: z.ZodType<PortfolioSummary> = portfolioSummaryStructure.superRefine((value, ctx) =>
  addToZodContext(walk(value), ctx),
);
