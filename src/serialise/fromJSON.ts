import { rejectValue } from '../arguments/argumentReader.js';
import { SamenwerkingError } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { MAX_JSON_TEXT_LENGTH } from '../internal/snapshot.js';
import { DEFAULT_MAX_ISSUES } from '../schema/issueList.js';
import { type ParseResult, parseDocument, readParseOptions, refusedOptions } from '../schema/parseDocument.js';
import { type ResultKind, type ResultsByKind, resultKinds } from '../schema/resultKinds.js';
import { safeParseResultOf } from '../schema/results.js';
import type { Assessment, Collaboration, Plan, Portfolio, SamenwerkingDocument } from '../schema/types.js';
import { findJsonError } from './findJsonError.js';
import { CURRENT_VERSION, migrate, readableVersions } from './migrations.js';

/**
 * The kinds `fromJSON` reads and `toJSON` writes, as written in `kind`: the documents (`collaboration`,
 * `assessment`, `portfolio`) and the stored results (`berenschot-score`, `factor-balance`, `stage-inference`,
 * `portfolio-summary`, `assessment-comparison`, `trend`).
 *
 * @category Serialise
 */
export type DocumentKind = SamenwerkingDocument['kind'] | ResultKind;

/**
 * Options of {@link fromJSON}.
 *
 * @typeParam K - The kind the caller expects.
 * @category Serialise
 */
export interface FromJSONOptions<K extends DocumentKind = DocumentKind> {
  /** Accept only this kind of document; another kind is an `invalid_value` issue at `kind`. */
  readonly kind?: K;
  /**
   * The most issues returned, at least 1 (100 by default). When there are more, the last one returned is a
   * `too_many_issues` issue that says how many there were in all.
   */
  readonly maxIssues?: number;
}

/**
 * The type of a kind: `DocumentOf<'assessment'>` is `Assessment`, `DocumentOf<'berenschot-score'>` is
 * `BerenschotScore`.
 *
 * @typeParam K - The kind.
 * @category Serialise
 */
export type DocumentOf<K extends DocumentKind> = K extends 'collaboration'
  ? Collaboration
  : K extends 'assessment'
    ? Assessment
    : K extends 'portfolio'
      ? Portfolio
      : K extends 'plan'
        ? Plan
        : K extends ResultKind
          ? ResultsByKind[K]
          : never;

/** The documents' kinds, as written in `kind`. */
const documentKinds: readonly string[] = ['collaboration', 'assessment', 'portfolio', 'plan'];

type Reader = (input: unknown, maxIssues: number) => ParseResult<unknown>;

/** The reader of each kind, fresh JSON (trusted: checked in place). A `Map`: own keys only. */
const parsers: ReadonlyMap<string, Reader> = new Map<string, Reader>([
  ['collaboration', (input, maxIssues) => parseDocument('collaboration', input, true, maxIssues)],
  ['assessment', (input, maxIssues) => parseDocument('assessment', input, true, maxIssues)],
  ['portfolio', (input, maxIssues) => parseDocument('portfolio', input, true, maxIssues)],
  ['plan', (input, maxIssues) => parseDocument('plan', input, true, maxIssues)],
  ...resultKinds.map((kind): [string, Reader] => [
    kind,
    (input, maxIssues) => safeParseResultOf(kind, input, true, maxIssues),
  ]),
]);

const OPTION_NAMES = ['kind', 'maxIssues'] as const;

/**
 * Reads `kind` and `schemaVersion` of a parsed object in one `for…in` over its keys: documents come in many shapes
 * (optional fields, `x-` keys), and a read by name missed V8's cache of property places on most of them. A field the
 * keys do not show is read by name, as before (a property of the prototype that is not enumerable).
 */
function readHead(value: object): { readonly kind: unknown; readonly schemaVersion: unknown } {
  const record = value as Record<string, unknown>;
  let kind: unknown;
  let schemaVersion: unknown;
  let found = 0;
  for (const key in record) {
    if (key === 'kind') {
      kind = record[key];
      found |= 1;
    } else if (key === 'schemaVersion') {
      schemaVersion = record[key];
      found |= 2;
    }
    if (found === 3) break;
  }
  return {
    kind: found & 1 ? kind : record.kind,
    schemaVersion: found & 2 ? schemaVersion : record.schemaVersion,
  };
}

function failure(
  code: 'invalid_json' | 'invalid_type' | 'invalid_value' | 'too_large' | 'unsupported_version',
  path: string[],
  message: LocalisedText,
) {
  return { success: false as const, error: new SamenwerkingError([{ code, path, message }]) };
}

/**
 * Reads a document from JSON text: parses it, looks at `kind`, brings an older format version up to date, validates
 * it and returns it deeply frozen. Never throws. Reads the stored results of the scoring functions too (a score, a
 * balance, a stage, a portfolio summary, a comparison, a trend), with the same version gate: a score stored a year ago can be
 * reported on.
 *
 * @param text - The JSON text of a collaboration, assessment, portfolio or plan document, or of a stored result.
 * @param options - `kind` to accept only one kind of document; `maxIssues`, the most issues returned (100 by
 *   default), the last one then saying how many there were in all (`too_many_issues`).
 * @returns `{ success: true, data }` with the frozen document, or `{ success: false, error }` with every issue:
 *   `invalid_json` for text that is empty or not JSON (saying where, in Dutch and English), `invalid_value` for an
 *   unknown or unexpected `kind`, `invalid_option` for options that cannot be used,
 *   `unsupported_version` for a format version this library cannot read, and any code of the `parse…` functions.
 *
 * @example
 * ```ts
 * fromJSON('{"kind":"assessment"').success;
 * //=> false
 * const result = fromJSON('{"kind":"survey"}');
 * result.success || result.error.issues[0].code;
 * //=> 'invalid_value'
 * const stored = fromJSON(JSON.stringify(scoreBerenschot(assessment)), { kind: 'berenschot-score' });
 * stored.success && stored.data.overall.band === scoreBerenschot(assessment).overall.band;
 * //=> true
 * ```
 * @category Serialise
 */
export function fromJSON<K extends DocumentKind = DocumentKind>(
  text: string,
  options?: FromJSONOptions<K>,
): ParseResult<DocumentOf<K>> {
  // Without options (the common call) there is nothing to read.
  let expected: unknown;
  let maxIssues = DEFAULT_MAX_ISSUES;
  if (options !== undefined) {
    const read = readParseOptions(options, OPTION_NAMES);
    expected = read.fields.kind;
    if (expected !== undefined && (typeof expected !== 'string' || !parsers.has(expected))) {
      rejectValue(read.issues, ['options', 'kind'], 'kind', expected, expectedArguments.documentKind());
    }
    if (read.issues.length > 0) return refusedOptions(read.issues);
    maxIssues = read.maxIssues;
  }
  if (typeof text !== 'string') return failure('invalid_type', [], documentIssues.notText(text));
  if (text.length > MAX_JSON_TEXT_LENGTH)
    return failure('too_large', [], documentIssues.textTooLong(MAX_JSON_TEXT_LENGTH));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The engine's message is English and differs per engine: the place and what was expected are found again here.
    const error = text.trim() === '' ? undefined : findJsonError(text);
    return failure(
      'invalid_json',
      [],
      error === undefined ? documentIssues.emptyText() : documentIssues.jsonError(error),
    );
  }
  const head = typeof value === 'object' && value !== null && !Array.isArray(value) ? readHead(value) : undefined;
  const kind = head?.kind;
  // Own keys only (a Map): a kind named after a member of Object.prototype ('constructor', 'valueOf') is not a kind.
  const parse = typeof kind === 'string' ? parsers.get(kind) : undefined;
  if (parse === undefined) {
    return failure('invalid_value', ['kind'], documentIssues.unknownKind(kind, documentKinds, resultKinds));
  }
  if (expected !== undefined && kind !== expected) {
    return failure('invalid_value', ['kind'], documentIssues.wrongKind(kind, String(expected)));
  }
  const document = value as Record<string, unknown>;
  const version = head?.schemaVersion;
  // The current version needs no step; only a numeric version goes through the gate, a missing or malformed one is
  // reported by validation.
  const current =
    version === CURRENT_VERSION ? document : typeof version === 'number' ? migrate(document, kind as string) : document;
  if (current === undefined) {
    return failure(
      'unsupported_version',
      ['schemaVersion'],
      documentIssues.unsupportedVersion(version, readableVersions(kind as string)),
    );
  }
  return parse(current, maxIssues) as ParseResult<DocumentOf<K>>;
}
