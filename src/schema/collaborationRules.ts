/**
 * The rules of a collaboration that span fields. Loads no zod: the fast path of the parse
 * functions runs them, and so does the scoring when it checks a collaboration it did not parse.
 */
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import { isCalendarDate } from '../internal/calendar.js';
import { checkUnique, isJsonObject, type RuleIssue, ruleIssue } from './ruleHelpers.js';

function listAt(value: Record<string, unknown>, key: string): readonly unknown[] {
  const list = value[key];
  return Array.isArray(list) ? list : [];
}

/**
 * Checks the rules that span fields of a collaboration: unique ids, partner references that resolve, and the date
 * order. Written defensively, so that it also runs on documents that are otherwise invalid; builds nothing for a
 * valid document but a few sets, so that the fast path runs it too.
 */
export function collaborationRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues: RuleIssue[] = [];
  const partners = listAt(value, 'partners');
  checkUnique<Record<string, unknown>>(
    partners,
    (partner) => partner.id,
    (index) => [...at, 'partners', index, 'id'],
    issues,
  );
  checkUnique<Record<string, unknown>>(
    listAt(value, 'factors'),
    (observation) => observation.factor,
    (index) => [...at, 'factors', index, 'factor'],
    issues,
  );
  checkUnique<Record<string, unknown>>(
    listAt(value, 'stakeholders'),
    (stakeholder) => stakeholder.group,
    (index) => [...at, 'stakeholders', index, 'group'],
    issues,
  );
  const known = new Set<string>();
  for (const partner of partners) if (isJsonObject(partner) && typeof partner.id === 'string') known.add(partner.id);
  const references = (list: readonly unknown[], key: string, base: readonly PathSegment[]): void => {
    for (let index = 0; index < list.length; index++) {
      const item = list[index];
      if (!isJsonObject(item)) continue;
      const reference = item[key];
      if (typeof reference !== 'string' || known.has(reference)) continue;
      const path = [...at, ...base, index, key];
      issues.push(ruleIssue('dangling_reference', path, () => documentIssues.danglingPartner(path, reference, known)));
    }
  };
  references(listAt(value, 'stakeholders'), 'representedBy', ['stakeholders']);
  if (isJsonObject(value.ambition)) {
    references(listAt(value.ambition, 'contributions'), 'partner', ['ambition', 'contributions']);
  }
  references(listAt(value, 'interests'), 'partner', ['interests']);
  references(listAt(value, 'events'), 'partner', ['events']);
  const { startDate, endDate } = value;
  // Compared only between real dates: an invalid date is already reported, a second issue would only confuse.
  if (
    typeof startDate === 'string' &&
    typeof endDate === 'string' &&
    endDate < startDate &&
    isCalendarDate(startDate) &&
    isCalendarDate(endDate)
  ) {
    issues.push(ruleIssue('date_order', [...at, 'endDate'], () => documentIssues.dateOrder(endDate, startDate)));
  }
  return issues;
}
