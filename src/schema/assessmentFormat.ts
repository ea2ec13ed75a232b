/**
 * The format of an assessment document (a Berenschot self-assessment), written once: its parts with every field
 * and what it is, and the rules that span fields (in code and in words).
 */
import * as z from 'zod';
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { assessmentRules } from './assessmentRules.js';
import { DEFAULT_SCALE } from './defaultScale.js';
import { indicatorId, stakeholderGroupId } from './enums.js';
import { formatRegistry, formatVersion, integer, isJsonObject, isoDate, part, type RuleIssue, slug } from './fields.js';
import { checkSectionKeys, EACH, type KeySection } from './keySections.js';
import type { Agrees, Assert } from './sameType.js';
import type { Assessment, Response } from './types.js';

/** The largest number of responses in one assessment. */
export const MAX_RESPONSES = 10_000;

const scalePart = part(
  'Scale',
  `The answer scale (antwoordschaal): whole numbers from min to max, min below max; ${DEFAULT_SCALE.min} to ${DEFAULT_SCALE.max} when the assessment states none.`,
  {
    min: [integer, 'The lowest answer.'],
    max: [integer, 'The highest answer.'],
  },
  '../catalogue/index.js',
);

const answers = z.partialRecord(indicatorId, integer.nullable()).register(formatRegistry, {
  id: 'Answers',
  description:
    'The answers of one respondent (antwoorden), keyed by indicator id: a whole number on the scale, or null for "not applicable".',
});

const responsePart = part('Response', "One respondent's answers to the self-assessment (ingevulde vragenlijst).", {
  respondent: [slug, 'The id of the respondent.'],
  partner: [slug.exactOptional(), 'The id of the partner the respondent speaks for, in the collaboration.'],
  role: [
    stakeholderGroupId.exactOptional(),
    'The stakeholder group the respondent belongs to (rol), from the catalogue: for example schooldirecteuren or gemeenteraad.',
  ],
  answers: [answers, 'The answers, keyed by indicator id.'],
});

const assessmentPart = part(
  'Assessment',
  'A Berenschot self-assessment (zelfevaluatie) of a collaboration: respondents rate the indicators of the six strategy factors.',
  {
    kind: [z.literal('assessment'), 'The document kind.'],
    schemaVersion: [formatVersion, 'The version of the document format.'],
    collaboration: [slug, 'The id of the collaboration assessed.'],
    date: [isoDate, 'The date of the assessment.'],
    scale: [scalePart.exactOptional(), 'The answer scale.'],
    responses: [
      z.array(responsePart).min(1).max(MAX_RESPONSES),
      'The responses (ingevulde vragenlijsten), one per respondent.',
    ],
  },
);

/** The structure of an assessment, without the rules that span fields. */
export const assessmentStructure: z.ZodType<Assessment> = assessmentPart;
/** The structure of a response. */
export const responseStructure: z.ZodType<Response> = responsePart;

// Fails to compile when the format and its documented types differ, in either direction.
type _AssessmentAgrees = Assert<Agrees<Assessment, z.output<typeof assessmentPart>>>;

/** The keys of every object in an assessment, in the order of the format (used for stable JSON output). */
export const assessmentKeys: { readonly [part in 'assessment' | 'scale' | 'response']: readonly string[] } = {
  assessment: Object.keys(assessmentPart.shape),
  scale: Object.keys(scalePart.shape),
  response: Object.keys(responsePart.shape),
};

export { assessmentRules } from './assessmentRules.js';

/**
 * The rules of an assessment that span fields, in words: what {@link assessmentRules} checks and what a JSON
 * Schema cannot say. Shown in the JSON Schemas and the docs.
 */
export const assessmentRuleTexts: readonly string[] = [
  `scale.min is below scale.max; every answer lies within the scale (${DEFAULT_SCALE.min} to ${DEFAULT_SCALE.max} when there is no scale).`,
  'At least one answer in the whole assessment is not null.',
  'Respondent ids (responses[].respondent) are unique.',
];

/** The parts of an assessment whose keys the walker checks, in the order it checks them. */
export const assessmentKeySections: readonly KeySection[] = [
  { at: [], keys: assessmentKeys.assessment },
  { at: ['scale'], keys: assessmentKeys.scale },
  { at: ['responses', EACH], keys: assessmentKeys.response },
];

/** Checks every key of an assessment and of the objects in it, and the rules that span fields. */
export function walkAssessment(value: unknown, at: readonly PathSegment[] = []): RuleIssue[] {
  if (!isJsonObject(value)) return [];
  const issues = checkSectionKeys(value, assessmentKeySections, at);
  issues.push(...assessmentRules(value, at));
  return issues;
}
