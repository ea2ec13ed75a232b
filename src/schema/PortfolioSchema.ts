import type * as z from 'zod';
import { addToZodContext } from './fields.js';
import { orThrow, type ParseOptions, type ParseResult, safeParseKind } from './parseDocument.js';
import { portfolioStructure, walkPortfolio } from './portfolioFormat.js';
import type { Portfolio } from './types.js';

export { portfolioKeys, portfolioRules, portfolioStructure, walkPortfolio } from './portfolioFormat.js';

/**
 * The schema of a portfolio (`kind: 'portfolio'`, `schemaVersion: 1`): a named set of collaborations and their
 * assessments, checked for unique ids and for references between them.
 *
 * @example
 * ```ts
 * PortfolioSchema.safeParse({
 *   kind: 'portfolio', schemaVersion: 1, name: 'Gemeente Eindhoven', collaborations: [], assessments: [],
 * }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const PortfolioSchema: z.ZodType<Portfolio> = portfolioStructure.superRefine((value, ctx) =>
  addToZodContext(walkPortfolio(value), ctx),
);

/**
 * Validates a portfolio document and returns it deeply frozen. Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `maxIssues`: the most issues returned (100 by default); the last one then says how many there
 *   were in all (`too_many_issues`).
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue found.
 *
 * @example
 * ```ts
 * safeParsePortfolio({ kind: 'portfolio', schemaVersion: 2 }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export function safeParsePortfolio(input: unknown, options?: ParseOptions): ParseResult<Portfolio> {
  return safeParseKind('portfolio', input, options);
}

/**
 * Validates a portfolio document and returns it deeply frozen.
 *
 * @param input - Any value, typically parsed JSON.
 * @param options - `maxIssues`: the most issues returned (100 by default); the last one then says how many there
 *   were in all (`too_many_issues`).
 * @returns A frozen copy of the portfolio.
 * @throws {SamenwerkingError} With every issue found, including `duplicate_id` for repeated collaboration ids and
 *   `dangling_reference` for an assessment or respondent partner that does not resolve.
 *
 * @example
 * ```ts
 * parsePortfolio({
 *   kind: 'portfolio', schemaVersion: 1, name: 'Gemeente Eindhoven', collaborations: [], assessments: [],
 * }).name;
 * //=> 'Gemeente Eindhoven'
 * ```
 * @category Schemas
 */
export function parsePortfolio(input: unknown, options?: ParseOptions): Portfolio {
  return orThrow(safeParseKind<Portfolio>('portfolio', input, options));
}
