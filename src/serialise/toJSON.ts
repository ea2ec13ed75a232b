import { isPlainObject, readOptions, rejectField, throwIfIssues } from '../arguments/argumentReader.js';
import { rejectArgument } from '../arguments/rejectArgument.js';
import type { Catalogue } from '../catalogue/types.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { isParsed } from '../internal/parsed.js';
import { safeParseAssessment } from '../schema/AssessmentSchema.js';
import { safeParseCollaboration } from '../schema/CollaborationSchema.js';
import { safeParsePlan } from '../schema/PlanSchema.js';
import { safeParsePortfolio } from '../schema/PortfolioSchema.js';
import { type ResultKind, resultKinds, type StoredResult } from '../schema/resultKinds.js';
import { safeParseResultOf } from '../schema/results.js';
import type { SamenwerkingDocument } from '../schema/types.js';
import { orderByKind, resultOrder, sortedDeep } from './canonical.js';

/**
 * Options of {@link toJSON}.
 *
 * @category Serialise
 */
export interface ToJSONOptions {
  /** Indent the output: `true` for two spaces, or a number of spaces (0 to 10). Compact when left out. */
  readonly pretty?: boolean | number;
}

const parsers = {
  collaboration: safeParseCollaboration,
  assessment: safeParseAssessment,
  portfolio: safeParsePortfolio,
  plan: safeParsePlan,
} as const;

/**
 * Writes a document (or the catalogue) as JSON text with its keys in a stable order: the order of the format, then
 * `x-` keys sorted. The same document always gives the same text, whatever the order of its keys in memory.
 *
 * @remarks
 * A document that did not come from this library's parse or update functions is validated first, so what comes out
 * can always be read back: `fromJSON(toJSON(doc))` equals `doc`. The catalogue is written with its keys sorted.
 *
 * @param document - A collaboration, assessment, portfolio or plan document, a stored result (the result of
 *   `scoreBerenschot`, `balanceFactors`, `inferStage`, `summarisePortfolio`, `compareAssessments` or `trend`), or the
 *   catalogue.
 * @param options - `pretty` to indent.
 * @returns The JSON text.
 * @throws {SamenwerkingError} `invalid_argument` when `document` is not an object; `invalid_option` when `options`
 *   is not an object, has an unknown key, or `pretty` is not `true`, `false` or a number.
 * @throws {SamenwerkingError} With every issue, when the document is not valid (any code of the `parse…` functions).
 *
 * @example
 * ```ts
 * toJSON(parseAssessment({
 *   responses: [{ answers: { 'ambitie.concreet': 4 }, respondent: 'r1' }],
 *   date: '2026-03-15', collaboration: 'spil', schemaVersion: 1, kind: 'assessment',
 * }));
 * //=> '{"kind":"assessment","schemaVersion":1,"collaboration":"spil","date":"2026-03-15","responses":[{"respondent":"r1","answers":{"ambitie.concreet":4}}]}'
 * ```
 * @category Serialise
 */
export function toJSON(document: SamenwerkingDocument | StoredResult | Catalogue, options?: ToJSONOptions): string {
  const given: unknown = document;
  const issues: Issue[] = [];
  if (!isPlainObject(given)) {
    rejectArgument(issues, 'document', given, expectedArguments.document());
  }
  const reader = readOptions(options, ['pretty'], issues);
  const pretty = reader.fields.pretty;
  if (pretty !== undefined && typeof pretty !== 'boolean' && !(typeof pretty === 'number' && Number.isFinite(pretty))) {
    rejectField(reader, ['pretty'], pretty, expectedArguments.pretty());
  }
  throwIfIssues(issues);
  const indent = pretty === true ? 2 : typeof pretty === 'number' ? Math.max(0, Math.min(10, Math.trunc(pretty))) : 0;
  const kind = (document as { kind?: unknown }).kind;
  if (kind === undefined && Object.hasOwn(document, 'edition')) {
    return JSON.stringify(sortedDeep(document), null, indent);
  }
  if ((resultKinds as readonly unknown[]).includes(kind)) {
    const resultKind = kind as ResultKind;
    let result: unknown = document;
    if (!isParsed(document)) {
      const parsed = safeParseResultOf(resultKind, document);
      if (!parsed.success) throw parsed.error;
      result = parsed.data;
    }
    return JSON.stringify(resultOrder(resultKind)(result), null, indent);
  }
  let valid: SamenwerkingDocument = document as SamenwerkingDocument;
  if (!isParsed(document)) {
    // Own keys only: a kind named after a member of Object.prototype must not find one of its functions.
    const parse =
      typeof kind === 'string' && Object.hasOwn(parsers, kind)
        ? parsers[kind as keyof typeof parsers]
        : safeParseCollaboration;
    const result = parse(document);
    if (!result.success) throw result.error;
    valid = result.data;
  }
  const order = orderByKind[valid.kind] as (value: unknown) => unknown;
  return JSON.stringify(order(valid), null, indent);
}
