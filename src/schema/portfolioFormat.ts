/**
 * The format of a portfolio document, written once: a named set of collaborations with their assessments, and the
 * rules between them (in code and in words).
 */
import * as z from 'zod';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import { assessmentRules, assessmentRuleTexts, assessmentStructure, walkAssessment } from './assessmentFormat.js';
import {
  collaborationRules,
  collaborationRuleTexts,
  collaborationStructure,
  walkCollaboration,
} from './collaborationFormat.js';
import {
  checkKeys,
  checkUnique,
  formatVersion,
  isJsonObject,
  name,
  part,
  type RuleIssue,
  ruleIssue,
} from './fields.js';
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
    const ids = new Set<string>();
    for (const partner of partners) if (isJsonObject(partner) && typeof partner.id === 'string') ids.add(partner.id);
    partnersOf.set(collaboration.id, ids);
  }
  const assessments = Array.isArray(value.assessments) ? value.assessments : [];
  for (let index = 0; index < assessments.length; index++) {
    const assessment = assessments[index];
    if (!isJsonObject(assessment) || typeof assessment.collaboration !== 'string') continue;
    const partners = partnersOf.get(assessment.collaboration);
    if (partners === undefined) {
      const path = ['assessments', index, 'collaboration'];
      const named = assessment.collaboration;
      issues.push(
        ruleIssue('dangling_reference', path, () =>
          documentIssues.danglingCollaboration(path, named, [...partnersOf.keys()]),
        ),
      );
      continue;
    }
    const responses = Array.isArray(assessment.responses) ? assessment.responses : [];
    for (let position = 0; position < responses.length; position++) {
      const response = responses[position];
      if (!isJsonObject(response) || typeof response.partner !== 'string' || partners.has(response.partner)) continue;
      const path = ['assessments', index, 'responses', position, 'partner'];
      const named = response.partner;
      issues.push(ruleIssue('dangling_reference', path, () => documentIssues.danglingPartner(path, named, partners)));
    }
  }
  return issues;
}

/** Every rule of a portfolio that spans fields: those of each document in it, then those between them. */
export function portfolioRulesAll(value: unknown): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues: RuleIssue[] = [];
  const nested = (key: string, rules: (item: unknown, at: readonly PathSegment[]) => RuleIssue[]): void => {
    const list = value[key];
    if (!Array.isArray(list)) return;
    for (let index = 0; index < list.length; index++) {
      const found = rules(list[index], [key, index]);
      for (const issue of found) issues.push(issue);
    }
  };
  nested('collaborations', collaborationRules);
  nested('assessments', assessmentRules);
  for (const issue of portfolioRules(value)) issues.push(issue);
  return issues;
}

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
