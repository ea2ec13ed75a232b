import * as z from 'zod';
import { indicatorIds } from '../catalogue/ids/indicators.js';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import {
  addToZodContext,
  checkKeys,
  checkUnique,
  documentObject,
  isJsonObject,
  isoDate,
  type RuleIssue,
  slug,
  withKeyCheck,
} from './fields.js';
import { type ParseResult, parseWith, safeParseWith } from './parseDocument.js';
import type { Assessment } from './types.js';

/** The largest number of responses in one assessment. */
export const MAX_RESPONSES = 10_000;

const scaleShape = { min: z.number().int(), max: z.number().int() };

const responseShape = {
  respondent: slug,
  partner: slug.exactOptional(),
  answers: z.partialRecord(z.enum(indicatorIds), z.number().int().nullable()),
};

/**
 * The schema of one respondent's answers.
 *
 * @example
 * ```ts
 * ResponseSchema.safeParse({ respondent: 'r1', answers: { 'ambitie.concreet': 4, 'relatie.klik': null } }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const ResponseSchema: z.ZodType<Assessment['responses'][number]> = withKeyCheck(documentObject(responseShape));

const assessmentShape = {
  kind: z.literal('assessment'),
  schemaVersion: z.literal(1),
  collaboration: slug,
  date: isoDate,
  scale: documentObject(scaleShape).exactOptional(),
  responses: z.array(documentObject(responseShape)).min(1).max(MAX_RESPONSES),
};

/** The keys of every object in an assessment, in the order of the format (used for stable JSON output). */
export const assessmentKeys: { readonly [part in 'assessment' | 'scale' | 'response']: readonly string[] } = {
  assessment: Object.keys(assessmentShape),
  scale: Object.keys(scaleShape),
  response: Object.keys(responseShape),
};

/**
 * Checks the rules that span fields of an assessment: a scale with min below max, answers within the scale,
 * unique respondents, and at least one answer that is not `null`. Runs on invalid documents too.
 */
export function assessmentRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues: RuleIssue[] = [];
  let min = 1;
  let max = 5;
  if (isJsonObject(value.scale) && Number.isInteger(value.scale.min) && Number.isInteger(value.scale.max)) {
    min = value.scale.min as number;
    max = value.scale.max as number;
    if (min >= max) {
      issues.push({ code: 'invalid_value', path: [...at, 'scale'], message: documentIssues.scaleOrder(min, max) });
    }
  }
  const responses = Array.isArray(value.responses) ? value.responses : [];
  issues.push(
    ...checkUnique<Record<string, unknown>>(
      responses,
      (response) => response.respondent,
      (index) => [...at, 'responses', index, 'respondent'],
    ),
  );
  let answered = false;
  responses.forEach((response, index) => {
    if (!isJsonObject(response) || !isJsonObject(response.answers)) return;
    for (const [indicator, answer] of Object.entries(response.answers)) {
      if (typeof answer !== 'number' || !Number.isInteger(answer)) continue;
      answered = true;
      if (min < max && (answer < min || answer > max)) {
        const path = [...at, 'responses', index, 'answers', indicator];
        const code = answer < min ? 'too_small' : 'too_big';
        issues.push({ code, path, message: documentIssues.answerOutsideScale(path, answer, min, max) });
      }
    }
  });
  if (!answered && responses.length > 0) {
    issues.push({ code: 'too_small', path: [...at, 'responses'], message: documentIssues.noAnswers() });
  }
  return issues;
}

/** Checks every key of an assessment and of the objects in it, and the rules that span fields. */
export function walkAssessment(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues = checkKeys(value, Object.keys(assessmentShape), at);
  issues.push(...checkKeys(value.scale, Object.keys(scaleShape), [...at, 'scale']));
  if (Array.isArray(value.responses)) {
    for (const [index, response] of value.responses.entries()) {
      issues.push(...checkKeys(response, Object.keys(responseShape), [...at, 'responses', index]));
    }
  }
  issues.push(...assessmentRules(value, at));
  return issues;
}

/**
 * The schema of a Berenschot self-assessment (`kind: 'assessment'`, `schemaVersion: 1`): respondents rate the
 * indicators on a whole-number scale (1 to 5 unless `scale` says otherwise), `null` meaning "not applicable".
 *
 * @example
 * ```ts
 * AssessmentSchema.safeParse({
 *   kind: 'assessment', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-03-15',
 *   responses: [{ respondent: 'r1', answers: { 'ambitie.concreet': 4 } }],
 * }).success;
 * //=> true
 * ```
 * @category Schemas
 */
export const AssessmentSchema: z.ZodType<Assessment> = documentObject(assessmentShape).superRefine((value, ctx) =>
  addToZodContext(walkAssessment(value), ctx),
);

/** The structure alone, for the parse functions, which run the walker themselves. */
export const assessmentStructure: z.ZodType<Assessment> = documentObject(assessmentShape);

/**
 * Validates an assessment document and returns it deeply frozen. Never throws.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every issue found.
 *
 * @example
 * ```ts
 * const result = safeParseAssessment({
 *   kind: 'assessment', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-03-15',
 *   responses: [{ respondent: 'r1', answers: { 'ambitie.concreet': 7 } }],
 * });
 * result.success || result.error.issues[0].code;
 * //=> 'too_big'
 * ```
 * @category Schemas
 */
export function safeParseAssessment(input: unknown): ParseResult<Assessment> {
  return safeParseWith(assessmentStructure, walkAssessment, 'assessment', input);
}

/**
 * Validates an assessment document and returns it deeply frozen.
 *
 * @param input - Any value, typically parsed JSON.
 * @returns A frozen copy of the document.
 * @throws {SamenwerkingError} With every issue found: `unknown_id` for an unknown indicator, `too_small` and
 *   `too_big` for answers outside the scale, `duplicate_id`, `invalid_date`, `unknown_key` and the other codes.
 *
 * @example
 * ```ts
 * parseAssessment({
 *   kind: 'assessment', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-03-15',
 *   responses: [{ respondent: 'r1', answers: { 'ambitie.concreet': 4 } }],
 * }).responses.length;
 * //=> 1
 * ```
 * @category Schemas
 */
export function parseAssessment(input: unknown): Assessment {
  return parseWith(assessmentStructure, walkAssessment, 'assessment', input);
}
