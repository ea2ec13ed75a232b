/**
 * The rules of an assessment that span fields, written once and read two ways: with messages
 * (the parse functions) and as a plain yes or no (`scoreBerenschot`, which checks an assessment it did not parse and
 * must stay small, so it builds no message and loads none). Loads no zod.
 */
import type { IssueCode, PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import { DEFAULT_SCALE } from './defaultScale.js';
import { findRepeats, isJsonObject, type RuleIssue, ruleIssue } from './ruleHelpers.js';

/** What the rules of an assessment find: one call per problem. */
interface AssessmentRuleReport {
  /** The scale's min is not below its max. */
  readonly scaleOrder: (path: readonly PathSegment[], min: number, max: number) => void;
  /** A respondent id repeats an earlier one. */
  readonly repeat: (path: readonly PathSegment[], value: string | number, earlier: number) => void;
  /** An answer lies outside the scale. */
  readonly outsideScale: (
    path: readonly PathSegment[],
    code: IssueCode,
    answer: number,
    min: number,
    max: number,
  ) => void;
  /** No answer in the whole assessment is filled in. */
  readonly noAnswers: (path: readonly PathSegment[]) => void;
}

/**
 * Runs the rules that span fields of an assessment: a scale with min below max, answers within the scale, unique
 * respondents, and at least one answer that is not `null`. Runs on invalid documents too; builds nothing for a valid
 * document but one map, so that the fast path runs it too.
 */
function visitAssessmentRules(value: unknown, at: readonly PathSegment[], report: AssessmentRuleReport): void {
  if (!isJsonObject(value)) return;
  let min = DEFAULT_SCALE.min;
  let max = DEFAULT_SCALE.max;
  const scale = value.scale;
  if (isJsonObject(scale) && Number.isInteger(scale.min) && Number.isInteger(scale.max)) {
    min = scale.min as number;
    max = scale.max as number;
    if (min >= max) report.scaleOrder([...at, 'scale'], min, max);
  }
  const responses = Array.isArray(value.responses) ? value.responses : [];
  findRepeats<Record<string, unknown>>(
    responses,
    (response) => response.respondent,
    (index, repeated, earlier) => report.repeat([...at, 'responses', index, 'respondent'], repeated, earlier),
  );
  let answered = false;
  for (let index = 0; index < responses.length; index++) {
    const response = responses[index];
    if (!isJsonObject(response) || !isJsonObject(response.answers)) continue;
    const given = response.answers;
    for (const indicator in given) {
      const answer = given[indicator];
      if (typeof answer !== 'number' || !Number.isInteger(answer)) continue;
      answered = true;
      if (min < max && (answer < min || answer > max)) {
        const code = answer < min ? 'too_small' : 'too_big';
        report.outsideScale([...at, 'responses', index, 'answers', indicator], code, answer, min, max);
      }
    }
  }
  if (!answered && responses.length > 0) report.noAnswers([...at, 'responses']);
}

/**
 * Checks the rules that span fields of an assessment, with a message for every problem.
 *
 * @param value - The assessment, any value.
 * @param at - Where it sits, for the paths (in a portfolio: `['assessments', 3]`).
 */
export function assessmentRules(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  const issues: RuleIssue[] = [];
  visitAssessmentRules(value, at, {
    scaleOrder: (path, min, max) =>
      issues.push(ruleIssue('invalid_value', path, () => documentIssues.scaleOrder(min, max))),
    repeat: (path, repeated, earlier) =>
      issues.push(ruleIssue('duplicate_id', path, () => documentIssues.duplicateId(path, repeated, earlier))),
    outsideScale: (path, code, answer, min, max) =>
      issues.push(ruleIssue(code, path, () => documentIssues.answerOutsideScale(path, answer, min, max))),
    noAnswers: (path) => issues.push(ruleIssue('too_small', path, documentIssues.noAnswers)),
  });
  return issues;
}

/** Tells whether an assessment keeps every rule that spans fields: {@link assessmentRules} without the messages. */
export function assessmentRulesHold(value: unknown): boolean {
  let holds = true;
  const broken = (): void => {
    holds = false;
  };
  visitAssessmentRules(value, [], { scaleOrder: broken, repeat: broken, outsideScale: broken, noAnswers: broken });
  return holds;
}
