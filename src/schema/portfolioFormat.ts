/**
 * The format of a portfolio document, written once: a named set of collaborations with their assessments, and the
 * rules between them (in code and in words).
 */
import * as z from 'zod';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { assessmentRuleTexts, assessmentStructure, walkAssessment } from './assessmentFormat.js';
import { collaborationRuleTexts, collaborationStructure, walkCollaboration } from './collaborationFormat.js';
import { checkKeys, formatVersion, isJsonObject, name, part, type RuleIssue } from './fields.js';
import { portfolioRules } from './portfolioRules.js';
import type { Agrees, Assert } from './sameType.js';
import type { Portfolio } from './types.js';

const portfolioPart = part(
  'Portfolio',
  'A portfolio (portefeuille): a named set of collaborations with their assessments, for example all collaborations of one municipality.',
  {
    kind: [z.literal('portfolio'), 'The document kind.'],
    schemaVersion: [formatVersion, 'The version of the document format.'],
    name: [name, 'The name of the portfolio.'],
    collaborations: [z.array(collaborationStructure).max(100_000), 'The collaborations (samenwerkingen).'],
    assessments: [z.array(assessmentStructure).max(1_000_000), 'The assessments (metingen) of those collaborations.'],
  },
);

/** The structure of a portfolio, without the rules within and between its documents. */
export const portfolioStructure: z.ZodType<Portfolio> = portfolioPart;

// Fails to compile when the format and its documented type differ, in either direction.
type _PortfolioAgrees = Assert<Agrees<Portfolio, z.output<typeof portfolioPart>>>;

/** The keys of a portfolio, in the order of the format (used for stable JSON output). */
export const portfolioKeys: readonly string[] = Object.keys(portfolioPart.shape);

export { portfolioRules, portfolioRulesAll } from './portfolioRules.js';

/**
 * The rules of a portfolio that span fields, in words, with the paths of the documents in it: what
 * {@link portfolioRules} checks and what a JSON Schema cannot say.
 */
export const portfolioRuleTexts: readonly string[] = [
  'Collaboration ids (collaborations[].id) are unique.',
  'Every assessments[].collaboration names a collaboration of the portfolio, and every assessments[].responses[].partner names a partner of that collaboration.',
  ...collaborationRuleTexts.map((rule) => `In each of collaborations[]: ${rule}`),
  ...assessmentRuleTexts.map((rule) => `In each of assessments[]: ${rule}`),
];

/** Checks every key of a portfolio and the documents in it, and every rule within and between them. */
export function walkPortfolio(value: unknown): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues = checkKeys(value, portfolioKeys, []);
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
