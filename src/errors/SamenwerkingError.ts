import { errorSummary } from '../i18n/errorSummary/errorSummary.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { inputIssues } from '../i18n/inputIssues/inputIssues.js';
import type { Locale, LocalisedText } from '../i18n/LocalisedText.js';
import { pathText } from './pathText.js';

/**
 * The machine-readable code of an issue. The library's own codes come first; the others are zod's codes,
 * passed through for the rare cases our own codes do not cover.
 *
 * @category Errors
 */
export type IssueCode =
  | 'unknown_id'
  | 'retired_id'
  | 'duplicate_id'
  | 'dangling_reference'
  | 'date_order'
  | 'invalid_date'
  | 'unsupported_version'
  | 'unknown_key'
  | 'too_large'
  | 'too_many_issues'
  | 'invalid_option'
  | 'invalid_argument'
  | 'invalid_json'
  | 'too_many_issues'
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'too_small'
  | 'too_big'
  | 'not_multiple_of'
  | 'custom';

/**
 * One key or array index on the way from the root of a value to the place of an issue.
 *
 * @category Errors
 */
export type PathSegment = string | number;

/**
 * One problem found in a document, an option or an id, located and explained in Dutch and English.
 *
 * @category Errors
 */
export interface Issue {
  /** The machine-readable code, in snake_case. */
  readonly code: IssueCode;
  /** The keys and indexes from the root of the input to the offending value; empty for the root itself. */
  readonly path: readonly PathSegment[];
  /** The explanation for the person fixing the input: what is wrong and what to do. */
  readonly message: LocalisedText;
}

const BRAND: unique symbol = Symbol.for('samenwerking.error');

/**
 * Formats a path the way a reader writes it: `partners[2].id`. The root is written as `(document)`; a key longer
 * than 60 characters is cut short.
 *
 * @param path - The path of an issue.
 * @returns The path as one readable string.
 * @throws {SamenwerkingError} `invalid_argument` when `path` is not a list of strings and numbers.
 *
 * @example
 * ```ts
 * formatPath(['partners', 2, 'id']);
 * //=> 'partners[2].id'
 * ```
 * @category Errors
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (!Array.isArray(path) || !path.every((segment) => typeof segment === 'string' || typeof segment === 'number')) {
    throw new SamenwerkingError([
      {
        code: 'invalid_argument',
        path: ['path'],
        message: inputIssues.invalidArgument('path', path, expectedArguments.issuePath()),
      },
    ]);
  }
  return pathText(path);
}

/**
 * The one error class of the library. It carries every issue found, each with a code, a path and a message in
 * Dutch and English, so callers can show all problems at once or act on the codes.
 *
 * @example
 * ```ts
 * const error = new SamenwerkingError([
 *   { code: 'invalid_date', path: ['date'], message: { nl: 'Geen datum.', en: 'Not a date.' } },
 * ]);
 * error.issues[0].code;
 * //=> 'invalid_date'
 * error.format('en');
 * //=> 'date: Not a date.'
 * ```
 * @category Errors
 */
export class SamenwerkingError extends Error {
  /** The issues found, in the order they were found; never empty. */
  readonly issues: readonly Issue[];

  /**
   * Creates an error from one or more issues.
   *
   * @param issues - The issues; at least one.
   * @param options - `cause`: the error behind this one, such as an exception inside the library, kept so that the
   *   bug can be found.
   */
  constructor(issues: readonly Issue[], options?: { readonly cause?: unknown }) {
    // No message here: the summary of every issue is written when it is first read (see the static block).
    super(undefined, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SamenwerkingError';
    this.issues = Object.freeze(issues.map(frozenIssue));
    Object.defineProperty(this, BRAND, { value: true });
  }

  static {
    // The error's message lists every issue in both languages: written on first read, once, so that an error whose
    // messages nobody reads (a form that only shows the first issue, a benchmark) costs no text.
    Object.defineProperty(SamenwerkingError.prototype, 'message', {
      configurable: true,
      get(this: SamenwerkingError): string {
        const written = summaries.get(this);
        if (written !== undefined) return written;
        const summary = summarise(this.issues);
        summaries.set(this, summary);
        return summary;
      },
    });
  }

  /**
   * Formats every issue on its own line, in one language.
   *
   * @param locale - The language: `'nl'` (default) or `'en'`.
   * @returns One line per issue: the path, a colon and the message.
   *
   * @example
   * ```ts
   * new SamenwerkingError([
   *   { code: 'invalid_date', path: ['date'], message: { nl: 'Geen datum.', en: 'Not a date.' } },
   * ]).format('nl');
   * //=> 'date: Geen datum.'
   * ```
   */
  format(locale: Locale = 'nl'): string {
    return this.issues.map((issue) => `${pathText(issue.path)}: ${issue.message[locale]}`).join('\n');
  }
}

/** The summaries written so far, by error. */
const summaries = new WeakMap<SamenwerkingError, string>();

/**
 * A frozen copy of an issue. A message given as data is copied at once; one built on demand (the issues of the parse
 * functions) is built when it is first read, and then kept.
 */
function frozenIssue(issue: Issue): Issue {
  const code = issue.code;
  const path = Object.freeze([...issue.path]);
  if (Object.getOwnPropertyDescriptor(issue, 'message')?.get === undefined && Object.hasOwn(issue, 'message')) {
    const given = issue.message;
    return Object.freeze({ code, path, message: Object.freeze({ nl: given.nl, en: given.en }) });
  }
  let message: LocalisedText | undefined;
  return Object.freeze({
    code,
    path,
    get message(): LocalisedText {
      if (message === undefined) {
        const given = issue.message;
        message = Object.freeze({ nl: given.nl, en: given.en });
      }
      return message;
    },
  });
}

function summarise(issues: readonly Issue[]): string {
  const found = errorSummary.problemsFound(issues.length);
  const head = `${found.nl} / ${found.en}`;
  const lines = issues.map((issue) => `- ${pathText(issue.path)}: ${issue.message.nl} | ${issue.message.en}`);
  return [head, ...lines].join('\n');
}

/**
 * Tells whether a value is a {@link SamenwerkingError}, also when it was thrown by the other module copy (the
 * ESM and the CommonJS build each have their own class, so `instanceof` is not enough).
 *
 * @param value - Any value, typically a caught error.
 * @returns `true` when the value is an error of this library.
 *
 * @example
 * ```ts
 * try {
 *   schoolYearOf('2025-02-30');
 * } catch (error) {
 *   isSamenwerkingError(error);
 *   //=> true
 * }
 * ```
 * @category Errors
 */
export function isSamenwerkingError(value: unknown): value is SamenwerkingError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    if (value instanceof SamenwerkingError) return true;
    return (value as { [BRAND]?: unknown })[BRAND] === true && Array.isArray((value as { issues?: unknown }).issues);
  } catch {
    // A revoked proxy, or one whose traps throw, is no error of ours.
    return false;
  }
}
