import { readOptions, throwIfIssues } from '../arguments/argumentReader.js';
import { readLocaleField } from '../arguments/readLocale.js';
import { type Issue, SamenwerkingError } from '../errors/SamenwerkingError.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { inputIssues } from '../i18n/inputIssues/inputIssues.js';
import type { Locale, LocalisedText } from '../i18n/LocalisedText.js';
import { safeParseAssessment } from './AssessmentSchema.js';
import { safeParseCollaboration } from './CollaborationSchema.js';
import { safeParsePlan } from './PlanSchema.js';
import { safeParsePortfolio } from './PortfolioSchema.js';
import type { ParseResult } from './parseDocument.js';
import type { Assessment, Collaboration, Plan, Portfolio } from './types.js';

/**
 * The document type of each kind, for {@link toStandardSchema}.
 *
 * @category Schemas
 */
export interface DocumentsByKind {
  /** A collaboration document. */
  readonly collaboration: Collaboration;
  /** An assessment document. */
  readonly assessment: Assessment;
  /** A portfolio document. */
  readonly portfolio: Portfolio;
  /** A plan document. */
  readonly plan: Plan;
}

/**
 * One issue as Standard Schema reports it: the message in one language and the path to the value.
 *
 * @category Schemas
 */
export interface StandardSchemaIssue {
  /** The message, in the locale the schema was made for. */
  readonly message: string;
  /** The keys and indexes from the root of the input to the value; empty for the root itself. */
  readonly path: readonly (string | number)[];
}

/**
 * The result of a Standard Schema's `validate`: the value, or the issues.
 *
 * @typeParam Output - The document type.
 * @category Schemas
 */
export type StandardSchemaResult<Output> =
  | {
      /** The valid document, deeply frozen. */
      readonly value: Output;
      /** No issues: the input is valid. */
      readonly issues?: undefined;
    }
  | {
      /** Every issue found, as `safeParse…` finds them. */
      readonly issues: readonly StandardSchemaIssue[];
    };

/**
 * A Standard Schema v1 (https://standardschema.dev): the interface that form libraries, tRPC, Hono and others
 * accept. Written out here, as the specification allows, so that the package needs no dependency for it; a type
 * test checks it against `@standard-schema/spec`.
 *
 * @typeParam Output - The document type.
 * @category Schemas
 */
export interface StandardSchema<Output> {
  /** The Standard Schema properties. */
  readonly '~standard': {
    /** The version of the specification: 1. */
    readonly version: 1;
    /** The library that made the schema: `'samenwerking'`. */
    readonly vendor: string;
    /** Validates any value: the frozen document, or every issue with its message in the chosen locale. */
    readonly validate: (value: unknown) => StandardSchemaResult<Output>;
    /** The input and output types, for type inference only (absent at run time). */
    readonly types?:
      | {
          /** What `validate` takes: any value. */
          readonly input: unknown;
          /** What `validate` returns on success: the document. */
          readonly output: Output;
        }
      | undefined;
  };
}

/**
 * Options of {@link toStandardSchema}.
 *
 * @category Schemas
 */
export interface ToStandardSchemaOptions {
  /** The language of the messages: `'nl'` (the default) or `'en'`. */
  readonly locale?: Locale;
}

const parsers: { readonly [Kind in keyof DocumentsByKind]: (input: unknown) => ParseResult<DocumentsByKind[Kind]> } = {
  collaboration: safeParseCollaboration,
  assessment: safeParseAssessment,
  portfolio: safeParsePortfolio,
  plan: safeParsePlan,
};

function refuse(argument: string, value: unknown, expected: LocalisedText): SamenwerkingError {
  return new SamenwerkingError([
    { code: 'invalid_argument', path: [argument], message: inputIssues.invalidArgument(argument, value, expected) },
  ]);
}

/**
 * Makes a Standard Schema v1 for a document kind, whose `validate` returns exactly the issues of the `safeParse…`
 * function of that kind: the same paths, every issue (not only the first ones zod finds), and the library's own
 * messages in the chosen language. On success it returns the same deeply frozen document.
 *
 * @remarks
 * The zod schemas (`CollaborationSchema`, …) are Standard Schemas too, through zod, but they report what zod finds,
 * in zod's English; use this function where a form library or framework shows the messages to people.
 *
 * @param kind - `'collaboration'`, `'assessment'`, `'portfolio'` or `'plan'`.
 * @param options - `locale`: `'nl'` (the default) or `'en'`.
 * @returns A frozen Standard Schema v1 object.
 * @throws {SamenwerkingError} `invalid_argument` when the kind is not a document kind; `invalid_option` when the
 *   options are not an object, have an unknown key, or the locale is not `'nl'` or `'en'` (the rule of every function
 *   that takes a locale).
 *
 * @example
 * ```ts
 * const schema = toStandardSchema('assessment', { locale: 'en' });
 * const result = schema['~standard'].validate({
 *   kind: 'assessment', schemaVersion: 1, collaboration: 'spil-eindhoven', date: '2026-02-30',
 *   responses: [{ respondent: 'r1', answers: { 'ambitie.concreet': 7 } }],
 * });
 * result.issues?.map((issue) => issue.path.join('.'));
 * //=> ['date', 'responses.0.answers.ambitie.concreet']
 * ```
 * @category Schemas
 */
export function toStandardSchema<Kind extends keyof DocumentsByKind>(
  kind: Kind,
  options?: ToStandardSchemaOptions,
): StandardSchema<DocumentsByKind[Kind]> {
  if (typeof kind !== 'string' || !Object.hasOwn(parsers, kind)) {
    throw refuse('kind', kind, expectedArguments.documentKind());
  }
  const issues: Issue[] = [];
  const locale = readLocaleField(readOptions(options, ['locale'], issues));
  throwIfIssues(issues);
  const parse = parsers[kind] as (input: unknown) => ParseResult<DocumentsByKind[Kind]>;
  const validate = (value: unknown): StandardSchemaResult<DocumentsByKind[Kind]> => {
    const result = parse(value);
    if (result.success) return Object.freeze({ value: result.data });
    return Object.freeze({
      issues: Object.freeze(
        result.error.issues.map((issue) => Object.freeze({ message: issue.message[locale], path: issue.path })),
      ),
    });
  };
  return Object.freeze({ '~standard': Object.freeze({ version: 1 as const, vendor: 'samenwerking', validate }) });
}
