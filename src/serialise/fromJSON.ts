import { SamenwerkingError } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { assessmentStructure, walkAssessment } from '../schema/AssessmentSchema.js';
import { collaborationStructure, walkCollaboration } from '../schema/CollaborationSchema.js';
import { planStructure, walkPlan } from '../schema/PlanSchema.js';
import { portfolioStructure, walkPortfolio } from '../schema/PortfolioSchema.js';
import { type ParseResult, safeParseWith } from '../schema/parseDocument.js';
import type { Assessment, Collaboration, Plan, Portfolio, SamenwerkingDocument } from '../schema/types.js';
import { migrate, readableVersions } from './migrations.js';

/**
 * The document kinds, as written in `kind`.
 *
 * @category Serialise
 */
export type DocumentKind = SamenwerkingDocument['kind'];

/**
 * Options of {@link fromJSON}.
 *
 * @typeParam K - The kind the caller expects.
 * @category Serialise
 */
export interface FromJSONOptions<K extends DocumentKind = DocumentKind> {
  /** Accept only this kind of document; another kind is an `invalid_value` issue at `kind`. */
  readonly kind?: K;
}

/**
 * The document type of a kind: `DocumentOf<'assessment'>` is `Assessment`.
 *
 * @typeParam K - The document kind.
 * @category Serialise
 */
export type DocumentOf<K extends DocumentKind> = K extends 'collaboration'
  ? Collaboration
  : K extends 'assessment'
    ? Assessment
    : K extends 'portfolio'
      ? Portfolio
      : Plan;

const parsers: { readonly [K in DocumentKind]: (input: unknown) => ParseResult<DocumentOf<K>> } = {
  collaboration: (input) => safeParseWith(collaborationStructure, walkCollaboration, 'collaboration', input, true),
  assessment: (input) => safeParseWith(assessmentStructure, walkAssessment, 'assessment', input, true),
  portfolio: (input) => safeParseWith(portfolioStructure, walkPortfolio, 'portfolio', input, true),
  plan: (input) => safeParseWith(planStructure, walkPlan, 'plan', input, true),
};

/** The largest text accepted: 256 MiB of characters. */
const MAX_TEXT_LENGTH = 256 * 1024 * 1024;

function failure(
  code: 'invalid_json' | 'invalid_type' | 'invalid_value' | 'too_large' | 'unsupported_version',
  path: string[],
  message: LocalisedText,
) {
  return { success: false as const, error: new SamenwerkingError([{ code, path, message }]) };
}

/**
 * Reads a document from JSON text: parses it, looks at `kind`, brings an older format version up to date, validates
 * it and returns it deeply frozen. Never throws.
 *
 * @param text - The JSON text of a collaboration, assessment, portfolio or plan document.
 * @param options - `kind` to accept only one kind of document.
 * @returns `{ success: true, data }` with the frozen document, or `{ success: false, error }` with every issue:
 *   `invalid_json` for text that is empty or not JSON, `invalid_value` for an unknown or unexpected `kind`,
 *   `unsupported_version` for a format version this library cannot read, and any code of the `parse…` functions.
 *
 * @example
 * ```ts
 * fromJSON('{"kind":"assessment"').success;
 * //=> false
 * const result = fromJSON('{"kind":"survey"}');
 * result.success || result.error.issues[0].code;
 * //=> 'invalid_value'
 * ```
 * @category Serialise
 */
export function fromJSON<K extends DocumentKind = DocumentKind>(
  text: string,
  options: FromJSONOptions<K> = {},
): ParseResult<DocumentOf<K>> {
  if (typeof text !== 'string') return failure('invalid_type', [], documentIssues.notText(text));
  if (text.length > MAX_TEXT_LENGTH) return failure('too_large', [], documentIssues.textTooLong(MAX_TEXT_LENGTH));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = text.trim() === '' ? 'empty' : error instanceof Error ? error.message : 'unreadable';
    return failure('invalid_json', [], documentIssues.invalidJson(detail));
  }
  const kind =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as { kind?: unknown }).kind
      : undefined;
  if (typeof kind !== 'string' || !(kind in parsers)) {
    return failure('invalid_value', ['kind'], documentIssues.unknownKind(kind));
  }
  if (options.kind !== undefined && kind !== options.kind) {
    return failure('invalid_value', ['kind'], documentIssues.wrongKind(kind, options.kind));
  }
  const document = value as Record<string, unknown>;
  // Only a numeric version goes through the gate; a missing or malformed one is reported by validation.
  const current = typeof document.schemaVersion === 'number' ? migrate(document, kind) : document;
  if (current === undefined) {
    return failure(
      'unsupported_version',
      ['schemaVersion'],
      documentIssues.unsupportedVersion(document.schemaVersion, readableVersions(kind)),
    );
  }
  return parsers[kind as K](current);
}
