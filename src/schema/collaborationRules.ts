/**
 * The rules of a collaboration that span fields. Loads no zod: the fast path of the parse
 * functions runs them, and so does the scoring when it checks a collaboration it did not parse.
 */
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import { isCalendarDate } from '../internal/calendar.js';
import { checkUnique, isJsonObject, type RuleIssue, ruleIssue } from './ruleHelpers.js';

function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Checks that no two items have the same key, as {@link checkUnique} does, and gives the set of the items' string
 * keys. The set comes first: when it holds as many keys as there are items (every valid document), there is no repeat,
 * and the check of every key with its position is left out.
 */
function checkUniqueStrings(
  items: readonly unknown[],
  keyOf: (item: Record<string, unknown>) => unknown,
  path: (index: number) => readonly PathSegment[],
  issues: RuleIssue[],
): Set<string> {
  const keys = new Set<string>();
  for (const item of items) {
    if (!isJsonObject(item)) continue;
    const key = keyOf(item);
    if (typeof key === 'string') keys.add(key);
  }
  if (keys.size !== items.length) checkUnique(items, keyOf, path, issues);
  return keys;
}

/**
 * Checks the rules that span fields of a collaboration: unique ids, partner references that resolve, and the date
 * order. Written defensively, so that it also runs on documents that are otherwise invalid; builds nothing for a
 * valid document but a few sets, so that the fast path runs it too.
 */
export function collaborationRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  // The fields the rules read, in one pass over the keys: documents come in many shapes (optional fields, `x-` keys),
  // and a `for…in` reads each field from the object's own layout, where a read by name per field missed V8's cache of
  // property places on most documents (fromJSON of valid collaborations spent more on those reads than on freezing).
  let partners: readonly unknown[] = [];
  let factors: readonly unknown[] = [];
  let stakeholders: readonly unknown[] = [];
  let interests: readonly unknown[] = [];
  let events: readonly unknown[] = [];
  let ambition: unknown;
  let startDate: unknown;
  let endDate: unknown;
  for (const key in value) {
    switch (key) {
      case 'partners':
        partners = listOf(value[key]);
        break;
      case 'factors':
        factors = listOf(value[key]);
        break;
      case 'stakeholders':
        stakeholders = listOf(value[key]);
        break;
      case 'interests':
        interests = listOf(value[key]);
        break;
      case 'events':
        events = listOf(value[key]);
        break;
      case 'ambition':
        ambition = value[key];
        break;
      case 'startDate':
        startDate = value[key];
        break;
      case 'endDate':
        endDate = value[key];
    }
  }
  const issues: RuleIssue[] = [];
  const known = checkUniqueStrings(
    partners,
    (partner) => partner.id,
    (index) => [...at, 'partners', index, 'id'],
    issues,
  );
  checkUniqueStrings(
    factors,
    (observation) => observation.factor,
    (index) => [...at, 'factors', index, 'factor'],
    issues,
  );
  checkUniqueStrings(
    stakeholders,
    (stakeholder) => stakeholder.group,
    (index) => [...at, 'stakeholders', index, 'group'],
    issues,
  );
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
  references(stakeholders, 'representedBy', ['stakeholders']);
  if (isJsonObject(ambition)) references(listOf(ambition.contributions), 'partner', ['ambition', 'contributions']);
  references(interests, 'partner', ['interests']);
  references(events, 'partner', ['events']);
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
