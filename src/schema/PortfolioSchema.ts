import * as z from 'zod';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import { assessmentStructure, walkAssessment } from './AssessmentSchema.js';
import { collaborationStructure, walkCollaboration } from './CollaborationSchema.js';
import {
  addToZodContext,
  checkKeys,
  checkUnique,
  documentObject,
  isJsonObject,
  name,
  type RuleIssue,
} from './fields.js';
import { type ParseResult, parseWith, safeParseWith } from './parseDocument.js';
import type { Portfolio } from './types.js';

const portfolioShape = {
  kind: z.literal('portfolio'),
  schemaVersion: z.literal(1),
  name,
  collaborations: z.array(collaborationStructure).max(100_000),
  assessments: z.array(assessmentStructure).max(1_000_000),
};

/** The keys of a portfolio, in the order of the format (used for stable JSON output). */
export const portfolioKeys: readonly string[] = Object.keys(portfolioShape);

/**
 * Checks the rules between the documents of a portfolio: unique collaboration ids, every assessment of a
 * collaboration in the portfolio, and every respondent's partner a partner of that collaboration.
 */
export function portfolioRules(value: unknown): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const collaborations = Array.isArray(value.collaborations) ? value.collaborations : [];
  const issues = checkUnique<Record<string, unknown>>(
    collaborations,
    (collaboration) => collaboration.id,
    (index) => ['collaborations', index, 'id'],
  );
  const partnersOf = new Map<string, Set<string>>();
  for (const collaboration of collaborations) {
    if (!isJsonObject(collaboration) || typeof collaboration.id !== 'string' || partnersOf.has(collaboration.id))
      continue;
    const partners = Array.isArray(collaboration.partners) ? collaboration.partners : [];
    partnersOf.set(
      collaboration.id,
      new Set(
        partners.flatMap((partner) => (isJsonObject(partner) && typeof partner.id === 'string' ? [partner.id] : [])),
      ),
    );
  }
  const knownCollaborations = [...partnersOf.keys()];
  const assessments = Array.isArray(value.assessments) ? value.assessments : [];
  assessments.forEach((assessment, index) => {
    if (!isJsonObject(assessment) || typeof assessment.collaboration !== 'string') return;
    const partners = partnersOf.get(assessment.collaboration);
    if (partners === undefined) {
      const path = ['assessments', index, 'collaboration'];
      issues.push({
        code: 'dangling_reference',
        path,
        message: documentIssues.danglingCollaboration(path, assessment.collaboration, knownCollaborations),
      });
      return;
    }
    const responses = Array.isArray(assessment.responses) ? assessment.responses : [];
    responses.forEach((response, position) => {
      if (!isJsonObject(response) || typeof response.partner !== 'string' || partners.has(response.partner)) return;
      const path = ['assessments', index, 'responses', position, 'partner'];
      issues.push({
        code: 'dangling_reference',
        path,
        message: documentIssues.danglingPartner(path, response.partner, [...partners]),
      });
    });
  });
  return issues;
}

/** Checks every key of a portfolio and the documents in it, and every rule within and between them. */
export function walkPortfolio(value: unknown): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues = checkKeys(value, Object.keys(portfolioShape), []);
  const nested = (key: string, walk: (item: unknown, at: readonly PathSegment[]) => RuleIssue[]): void => {
    const list = value[key];
    if (!Array.isArray(list)) return;
    for (const [index, item] of list.entries()) issues.push(...walk(item, [key, index]));
  };
  nested('collaborations', walkCollaboration);
  nested('assessments', walkAssessment);
  issues.push(...portfolioRules(value));
  return issues;
}

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
export const PortfolioSchema: z.ZodType<Portfolio> = documentObject(portfolioShape).superRefine((value, ctx) =>
  addToZodContext(walkPortfolio(value), ctx),
);

/** The structure alone, for the parse functions, which run the walker themselves. */
export const portfolioStructure: z.ZodType<Portfolio> = documentObject(portfolioShape);

/**
 * Validates a portfolio document and returns it deeply frozen. Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue found.
 *
 * @example
 * ```ts
 * safeParsePortfolio({ kind: 'portfolio', schemaVersion: 2 }).success;
 * //=> false
 * ```
 * @category Schemas
 */
export function safeParsePortfolio(input: unknown): ParseResult<Portfolio> {
  return safeParseWith(portfolioStructure, walkPortfolio, 'portfolio', input);
}

/**
 * Validates a portfolio document and returns it deeply frozen.
 *
 * @param input - Any value, typically parsed JSON.
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
export function parsePortfolio(input: unknown): Portfolio {
  return parseWith(portfolioStructure, walkPortfolio, 'portfolio', input);
}
