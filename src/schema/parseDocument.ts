/**
 * The pipeline behind every parse function: snapshot (plain, bounded copy), zod, the walker for what zod skipped,
 * then one `SamenwerkingError` with every issue, or the frozen copy.
 */
import type * as z from 'zod';
import { indicatorIds } from '../catalogue/ids/indicators.js';
import { strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import { type Issue, type IssueCode, type PathSegment, SamenwerkingError } from '../errors/SamenwerkingError.js';
import { catalogueLists } from '../i18n/catalogueLists/catalogueLists.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { markParsed } from '../internal/parsed.js';
import { checkBounds, type SnapshotProblem, snapshot } from '../internal/snapshot.js';
import { suggestIds } from '../internal/suggest.js';
import { type Accept, acceptorFor } from './acceptors.js';
import { catalogueListOf, formatVersion, NOT_BLANK, type RuleIssue } from './fields.js';

/**
 * The result of a `safeParse…` function: the frozen document, or the error with every issue.
 *
 * @typeParam T - The document type.
 * @category Schemas
 */
export type ParseResult<T> =
  | {
      /** The input is a valid document. */
      readonly success: true;
      /** The document, deeply frozen. */
      readonly data: T;
    }
  | {
      /** The input is not a valid document. */
      readonly success: false;
      /** The error, with every issue found. */
      readonly error: SamenwerkingError;
    };

/** The document format versions this library reads. */
export const SUPPORTED_VERSIONS: readonly number[] = [formatVersion.value];

type Walker = (value: unknown) => RuleIssue[];

/**
 * Validates any input against a document structure and its walker (unknown keys and rules); never throws.
 * `trusted` input is plain JSON data the library owns (fresh from `JSON.parse`): it is checked in place, not copied.
 * `accepts` is a fast validator of the same rules (by default the one of `kind`, see `acceptors.ts`; `null` for
 * none): when it accepts the input (for untrusted input: its copy), zod and the walker are skipped; otherwise they
 * run as always and find the issues.
 */
export function safeParseWith<T>(
  schema: z.ZodType<T>,
  walk: Walker,
  kind: string,
  input: unknown,
  trusted = false,
  accepts: Accept | null = acceptorFor(kind),
): ParseResult<T> {
  let issues: Issue[];
  try {
    // Trusted input that the fast validator accepts needs nothing else: it checks the snapshot bounds too.
    if (trusted && accepts?.(input) === true) {
      return { success: true, data: markParsed(deepFreeze(input) as object) as T };
    }
    const copy = trusted ? checkBounds(input) : snapshot(input);
    // Untrusted input is copied first (getters, proxies, later changes); the fast validator then checks the copy.
    if (!trusted && copy.problems.length === 0 && accepts?.(copy.value) === true) {
      return { success: true, data: markParsed(deepFreeze(copy.value) as object) as T };
    }
    issues = copy.problems.map(problemIssue);
    const result = schema.safeParse(copy.value);
    const covered = (path: readonly PathSegment[]): boolean =>
      copy.problems.some((problem) => startsWith(path, problem.path));
    if (!result.success) {
      for (const zodIssue of result.error.issues) {
        for (const issue of fromZod(zodIssue, copy.value, kind)) if (!covered(issue.path)) issues.push(issue);
      }
    }
    for (const issue of walk(copy.value)) if (!covered(issue.path)) issues.push(issue);
    if (issues.length === 0) return { success: true, data: markParsed(deepFreeze(copy.value) as object) as T };
  } catch {
    // A bug of ours must not crash the caller: report it as an issue rather than throw.
    issues = [{ code: 'custom', path: [], message: documentIssues.other([], 'internal error') }];
  }
  return { success: false, error: new SamenwerkingError(dedupe(issues)) };
}

/** Validates any input against a document schema and its walker; throws the error with every issue. */
export function parseWith<T>(schema: z.ZodType<T>, walk: Walker, kind: string, input: unknown): T {
  const result = safeParseWith(schema, walk, kind, input);
  if (result.success) return result.data;
  throw result.error;
}

function startsWith(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

function dedupe(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.code}\u0000${JSON.stringify(issue.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function problemIssue(problem: SnapshotProblem): Issue {
  const { path, reason, detail } = problem;
  const message: Record<SnapshotProblem['reason'], () => LocalisedText> = {
    unreadable: () => documentIssues.unreadable(path),
    cycle: () => documentIssues.cycle(path),
    'not-json': () => documentIssues.notJson(path, detail),
    'too-deep': () => documentIssues.tooDeep(path, detail),
    'too-many': () => documentIssues.tooManyValues(detail),
    'string-too-long': () => documentIssues.stringTooLong(path, detail),
    'forbidden-key': () => documentIssues.forbiddenKey(path),
  };
  return { code: problem.code, path, message: message[reason]() };
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

function issue(code: IssueCode, path: readonly PathSegment[], message: LocalisedText): Issue {
  return { code, path, message };
}

/** Turns one zod issue into our issues, with our codes and messages. */
function fromZod(zodIssue: z.core.$ZodIssue, root: unknown, kind: string): Issue[] {
  const path = zodIssue.path.filter((segment): segment is PathSegment => typeof segment !== 'symbol');
  const value = valueAt(root, path);
  switch (zodIssue.code) {
    case 'custom': {
      const params = zodIssue.params as
        | { code?: IssueCode; message?: LocalisedText; build?: (path: readonly PathSegment[]) => LocalisedText }
        | undefined;
      if (params?.code !== undefined && params.build !== undefined)
        return [issue(params.code, path, params.build(path))];
      if (params?.code !== undefined && params.message !== undefined) return [issue(params.code, path, params.message)];
      return [issue('custom', path, documentIssues.other(path, zodIssue.message))];
    }
    case 'invalid_type':
      if (path.length === 0 && (value === null || typeof value !== 'object' || Array.isArray(value))) {
        return [issue('invalid_type', path, documentIssues.wrongType(path, 'object', value))];
      }
      return [
        issue(
          'invalid_type',
          path,
          value === undefined
            ? documentIssues.missing(path, zodIssue.expected)
            : documentIssues.wrongType(path, zodIssue.expected, value),
        ),
      ];
    case 'too_small':
      if (zodIssue.origin === 'string') return [issue('too_small', path, documentIssues.empty(path))];
      if (zodIssue.origin === 'array') {
        return [issue('too_small', path, documentIssues.tooFewItems(path, Number(zodIssue.minimum)))];
      }
      return [issue('too_small', path, documentIssues.belowMinimum(path, Number(zodIssue.minimum), value))];
    case 'too_big':
      if (zodIssue.origin === 'string' || zodIssue.origin === 'array') {
        const size = typeof value === 'string' || Array.isArray(value) ? value.length : 0;
        const message =
          zodIssue.origin === 'string'
            ? documentIssues.tooLong(path, Number(zodIssue.maximum), size)
            : documentIssues.tooManyItems(path, Number(zodIssue.maximum), size);
        return [issue('too_large', path, message)];
      }
      return [issue('too_big', path, documentIssues.aboveMaximum(path, Number(zodIssue.maximum), value))];
    case 'invalid_value': {
      const last = path[path.length - 1];
      if (value === undefined) {
        return [issue('invalid_type', path, documentIssues.missing(path, typeof zodIssue.values[0]))];
      }
      if (path.length === 1 && last === 'kind') {
        return [issue('invalid_value', path, documentIssues.wrongKind(value, kind))];
      }
      if (path.length === 1 && last === 'schemaVersion' && typeof value === 'number') {
        return [issue('unsupported_version', path, documentIssues.unsupportedVersion(value, SUPPORTED_VERSIONS))];
      }
      const list = catalogueListOf(zodIssue.values);
      if (list !== undefined) {
        const suggestions = suggestIds(value, list.ids);
        return [issue('unknown_id', path, documentIssues.unknownCatalogueId(path, list.name, value, suggestions))];
      }
      return [issue('invalid_value', path, documentIssues.notAllowed(path, value, zodIssue.values.map(String)))];
    }
    case 'invalid_union': {
      const options = (zodIssue as { options?: readonly unknown[] }).options;
      if (options !== undefined) {
        return [issue('invalid_value', path, documentIssues.notAllowed(path, value, options.map(String)))];
      }
      return [issue('invalid_union', path, documentIssues.other(path, zodIssue.message))];
    }
    case 'unrecognized_keys': {
      // The records with fixed keys are the answers of an assessment (keyed by indicator) and the targets of a plan
      // (keyed by strategy factor): an unknown key there is an unknown id of that list.
      const targets = path[path.length - 1] === 'targets';
      const list = catalogueLists.entry(targets ? 'strategyFactors' : 'indicators');
      const known: readonly string[] = targets ? strategyFactorIds : indicatorIds;
      return zodIssue.keys.map((key) => {
        const keyPath = [...path, key];
        const message = documentIssues.unknownCatalogueId(keyPath, list, key, suggestIds(key, known));
        return issue('unknown_id', keyPath, message);
      });
    }
    case 'invalid_format':
      if ((zodIssue as { pattern?: string }).pattern === String(NOT_BLANK)) {
        return [issue('too_small', path, documentIssues.empty(path))];
      }
      return [issue('invalid_format', path, documentIssues.invalidSlug(path, value))];
    default:
      return [issue(zodIssue.code, path, documentIssues.other(path, zodIssue.message))];
  }
}
