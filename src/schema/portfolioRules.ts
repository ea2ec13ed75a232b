/**
 * The rules of a portfolio that span fields: those of each document in it, and those between
 * them. Loads no zod: the fast path of the parse functions runs them, and so does the scoring when it checks a
 * portfolio it did not parse.
 */
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import { assessmentRules } from './assessmentRules.js';
import { collaborationRules } from './collaborationRules.js';
import { checkUnique, isJsonObject, type RuleIssue, ruleIssue } from './ruleHelpers.js';

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
