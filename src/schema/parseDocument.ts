/**
 * The pipeline behind every parse function. One generated walk reads the input once: it copies untrusted input into
 * frozen plain data (or checks the output of `JSON.parse` in place), within the snapshot's bounds, and counts what
 * breaks the structure of the format. A document without breaks whose rules across fields hold is returned as it is.
 * Otherwise the full pipeline finds every issue: the problems of the walk, zod's structure issues and the walker's
 * unknown keys and rules; in a portfolio only the documents that broke a rule go through zod and the walker, the
 * others through their rules. Where the walk can say what zod and the walker would find, neither runs: the issues of
 * a broken leaf are read from zod's schema (`leafIssues.ts`), the unknown keys the walk met become the walker's
 * issues (`keySections.ts`), and only the rules across fields run again. At most `maxIssues` issues come back, the
 * last one saying how many there were, and only their messages are built.
 */
import * as z from 'zod';
import { readNumberField, readOptions, wholeNumberRule } from '../arguments/argumentReader.js';
import { indicatorIds } from '../catalogue/ids/indicators.js';
import { strategyFactorIds } from '../catalogue/ids/strategyFactors.js';
import { type Issue, type IssueCode, type PathSegment, SamenwerkingError } from '../errors/SamenwerkingError.js';
import { catalogueLists } from '../i18n/catalogueLists/catalogueLists.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { markParsed } from '../internal/parsed.js';
import {
  ABSENT,
  problemCount,
  type SnapshotProblem,
  snapshot,
  startWalk,
  type Walk,
  walkValue,
} from '../internal/snapshot.js';
import { suggestIds } from '../internal/suggest.js';
import { type Accept, acceptorFor, type DocumentWalker, documentWalkers } from './acceptors.js';
import { assessmentKeySections, assessmentRules, assessmentStructure, walkAssessment } from './assessmentFormat.js';
import {
  collaborationKeySections,
  collaborationRules,
  collaborationStructure,
  walkCollaboration,
} from './collaborationFormat.js';
import { catalogueListOf, checkKeys, formatVersion, isJsonObject, NOT_BLANK, type RuleIssue } from './fields.js';
import { DEFAULT_MAX_ISSUES, IssueList, LazyIssue, type ListedIssue, ProblemPlaces } from './issueList.js';
import { type KeySection, strayKeyIssues } from './keySections.js';
import { type DescribedLeaf, describeLeaves, fieldOrder } from './leafIssues.js';
import { planKeySections, planStructure, walkPlan } from './planFormat.js';
import { planRules } from './planRules.js';
import { portfolioKeys, portfolioRules, portfolioStructure, walkPortfolio } from './portfolioFormat.js';

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

/**
 * Options of the parse functions.
 *
 * @category Schemas
 */
export interface ParseOptions {
  /**
   * The most issues returned, at least 1 (100 by default). When there are more, the last one returned is a
   * `too_many_issues` issue that says how many there were in all.
   */
  readonly maxIssues?: number;
}

/** The document format versions this library reads. */
export const SUPPORTED_VERSIONS: readonly number[] = [formatVersion.value];

/** The document kinds the pipeline reads. */
export type DocumentKindName = 'collaboration' | 'assessment' | 'portfolio' | 'plan';

type Walker = (value: unknown) => RuleIssue[];

/** What the full pipeline needs of a document kind or stored result kind: its zod structure and its walker. */
export interface FullPipeline {
  readonly structure: z.ZodType;
  readonly walk: Walker;
  /**
   * The rules that span fields, where the walker is the unknown-key check of the parts in `keySections` and then
   * these rules: the full pipeline then turns the unknown keys the generated walk met (it visits every part the walker
   * checks) into the walker's issues, without the walker's second walk.
   */
  readonly rules?: Walker;
  /** The parts whose keys the walker checks, in its order (with `rules`). */
  readonly keySections?: readonly KeySection[];
}

const pipelines: ReadonlyMap<string, FullPipeline> = new Map<string, FullPipeline>([
  [
    'collaboration',
    {
      structure: collaborationStructure,
      walk: walkCollaboration,
      rules: collaborationRules,
      keySections: collaborationKeySections,
    },
  ],
  [
    'assessment',
    {
      structure: assessmentStructure,
      walk: walkAssessment,
      rules: assessmentRules,
      keySections: assessmentKeySections,
    },
  ],
  ['portfolio', { structure: portfolioStructure, walk: walkPortfolio }],
  ['plan', { structure: planStructure, walk: walkPlan, rules: planRules, keySections: planKeySections }],
]);

/** The documents a portfolio holds, per list: their structure, walker and rules, and the most the list may hold. */
const portfolioLists: readonly {
  readonly key: string;
  readonly kind: DocumentKindName;
  readonly structure: z.ZodType;
  readonly walk: (value: unknown, at: readonly PathSegment[]) => RuleIssue[];
  readonly rules: (value: unknown, at: readonly PathSegment[]) => RuleIssue[];
  readonly max: number;
}[] = [
  {
    key: 'collaborations',
    kind: 'collaboration',
    structure: collaborationStructure,
    walk: walkCollaboration,
    rules: collaborationRules,
    max: 100_000,
  },
  {
    key: 'assessments',
    kind: 'assessment',
    structure: assessmentStructure,
    walk: walkAssessment,
    rules: assessmentRules,
    max: 1_000_000,
  },
];

const OPTION_NAMES = ['maxIssues'] as const;

/**
 * Reads the options of a parse function: the cap on issues, or the issues of options that cannot be used.
 */
export function readParseOptions(
  options: unknown,
  known: readonly string[] = OPTION_NAMES,
): {
  readonly maxIssues: number;
  readonly issues: Issue[];
  readonly fields: Readonly<Record<string, unknown>>;
} {
  const reader = readOptions(options, known);
  const maxIssues = readNumberField(reader, 'maxIssues', DEFAULT_MAX_ISSUES, wholeNumberRule(1));
  return { maxIssues, issues: reader.issues, fields: reader.fields };
}

/** The failure of a parse function whose options cannot be used. */
export function refusedOptions(issues: readonly Issue[]): {
  readonly success: false;
  readonly error: SamenwerkingError;
} {
  return { success: false, error: new SamenwerkingError(issues) };
}

/**
 * Parses a document of a kind: the walk, then the rules, and the full pipeline only when one of them finds
 * something. `trusted` input is plain JSON data the library owns (fresh from `JSON.parse`): it is checked and frozen
 * in place, not copied. Never throws.
 */
export function parseDocument<T>(
  kind: DocumentKindName,
  input: unknown,
  trusted: boolean,
  maxIssues: number = DEFAULT_MAX_ISSUES,
): ParseResult<T> {
  const walker = documentWalkers.get(kind) as DocumentWalker;
  return parseWalked(kind, walker, pipelines.get(kind) as FullPipeline, input, trusted, maxIssues);
}

/**
 * Parses a value of a kind with its generated walk and rules, and the full pipeline only when one of them finds
 * something: the one path of the documents and the stored results. Never throws.
 */
export function parseWalked<T>(
  kind: string,
  walker: DocumentWalker,
  pipeline: FullPipeline,
  input: unknown,
  trusted: boolean,
  maxIssues: number,
): ParseResult<T> {
  try {
    let walk = startWalk(!trusted, true, maxIssues);
    let value: unknown;
    try {
      value = walker.walk(walk, input);
    } catch {
      // Only a value that is not plain data can throw here (a proxy whose traps throw): the generic walk reads it
      // again and files what it cannot read.
      walk = startWalk(!trusted, true, maxIssues);
      value = walkValue(walk, input, 0);
      walk.breaks++;
    }
    if (value === ABSENT) value = undefined;
    if (walk.breaks === 0 && walk.strayKeys === 0) {
      const broken = walker.rules(value);
      // The walk left the root open: marked before it is frozen, it carries the cheaper mark (`internal/parsed.ts`).
      if (broken.length === 0) return { success: true, data: Object.freeze(markParsed(value as object)) as T };
      // A valid structure: zod and the key check find nothing, the rules are the whole story.
      const list = new IssueList(maxIssues);
      for (const issue of broken) list.add(issue);
      return failure(list.issues());
    }
    return failure(fullIssues(kind, pipeline, value, walk, maxIssues));
  } catch (error) {
    return { success: false, error: internalError(error) };
  }
}

/**
 * A parse function's work: reads the options, then parses untrusted input of a kind. Never throws: options that
 * cannot be used come back as the error.
 */
export function safeParseKind<T>(kind: DocumentKindName, input: unknown, options: unknown): ParseResult<T> {
  if (options === undefined) return parseDocument(kind, input, false);
  const read = readParseOptions(options);
  if (read.issues.length > 0) return refusedOptions(read.issues);
  return parseDocument(kind, input, false, read.maxIssues);
}

/** Throws the error of a failed parse, or gives the document. */
export function orThrow<T>(result: ParseResult<T>): T {
  if (result.success) return result.data;
  throw result.error;
}

/**
 * The failure of a parse, whose error is made on first read, once: a caller that only branches on `success` (a
 * form's quick check, a filter over many documents) pays for the issues found but not for the error object, its
 * stack and its frozen copies of the issues. zod 4 makes its `safeParse` error the same way.
 */
function failure(issues: readonly ListedIssue[]): { readonly success: false; readonly error: SamenwerkingError } {
  return new ParseFailure(issues);
}

/**
 * A failed parse: `success` and `error` are own enumerable properties, as in an object literal, but the getter of
 * `error` is one function for every failure. An object literal's getter is a new closure each time, which gives every
 * failure a hidden class of its own; V8 keeps those in its old generation, and with them everything the getter reaches
 * (the issues, their messages' closures, the document), so each failed parse outlived the young generation's
 * collections and a stream of invalid documents spent most of its time collecting garbage.
 */
class ParseFailure {
  readonly success = false as const;
  declare readonly error: SamenwerkingError;
  readonly #issues: readonly ListedIssue[];
  #error: SamenwerkingError | undefined;

  static readonly #errorProperty: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: ParseFailure): SamenwerkingError {
      this.#error ??= new SamenwerkingError(this.#issues);
      return this.#error;
    },
  };

  constructor(issues: readonly ListedIssue[]) {
    this.#issues = issues;
    Object.defineProperty(this, 'error', ParseFailure.#errorProperty);
  }
}

/** The error for a bug of ours: an issue that says so, with the exception kept as `cause` so the bug can be found. */
function internalError(error: unknown): SamenwerkingError {
  let detail: string = typeof error;
  try {
    if (error instanceof Error) detail = String(error.name);
  } catch {
    // Whatever was thrown cannot even be asked its name.
  }
  return new SamenwerkingError([{ code: 'custom', path: [], message: documentIssues.internalError(detail) }], {
    cause: error,
  });
}

/** Every issue of a value whose walk found breaks: its problems, zod's structure issues and the walker's. */
function fullIssues(
  kind: string,
  pipeline: FullPipeline,
  value: unknown,
  walk: Walk,
  maxIssues: number,
): readonly ListedIssue[] {
  const places = new ProblemPlaces();
  for (const problem of walk.problems) places.add(problem.path);
  for (const path of walk.morePaths) places.add(path);
  const list = new IssueList(maxIssues, places);
  for (const problem of walk.problems) list.add(problemIssue(problem), false);
  list.count(walk.morePaths.length + walk.uncovered);
  if (kind === 'portfolio' && isJsonObject(value)) {
    portfolioIssues(value, walk, list);
  } else {
    // Without a break of the structure zod finds nothing: only keys it lets pass, which the walker reports.
    if (walk.breaks > 0) {
      const fields = brokenFields(pipeline.structure, value, walk);
      if (fields === undefined) addStructureIssues(pipeline.structure, value, [], value, kind, list);
      else {
        const record = value as Readonly<Record<string, unknown>>;
        for (const [key, field, leaves] of fields) {
          const described = leaves === undefined ? undefined : describeLeaves(field, leaves, record);
          if (described === undefined) addStructureIssues(field, record[key], [key], value, kind, list);
          else addLeafIssues(described, value, kind, list);
        }
      }
    }
    // The walker's issues: its unknown keys from those the walk met, then its rules; or the walker itself when the
    // walk had a problem (a part it could not read) or met a key in a part the walker does not check.
    const { rules, keySections } = pipeline;
    const keyIssues =
      rules !== undefined && keySections !== undefined && problemCount(walk) === 0 && isJsonObject(value)
        ? strayKeyIssues(value, keySections, walk.strayPaths)
        : undefined;
    if (keyIssues === undefined || rules === undefined) {
      for (const issue of pipeline.walk(value)) list.add(issue);
    } else {
      for (const issue of keyIssues) list.add(issue);
      for (const issue of rules(value)) list.add(issue);
    }
  }
  return list.issues();
}

/**
 * The fields of the root that zod must look at, in the order zod visits them, when the walk placed every break under
 * a field of the root: zod checks the fields of a plain object one by one (no checks of the object itself, which
 * `part` never adds), so the fields without a break give no issue and the others give theirs in the same order as in
 * the whole document. With each field, the paths of its breaks when every one is at a leaf (else `undefined`). The
 * answer is `undefined` when zod must read the whole value: a break the walk could not place (at the root, a missing
 * field, a list's length, a repeat), a problem of the walk, or a structure that is not a plain object.
 */
function brokenFields(
  structure: z.ZodType,
  value: unknown,
  walk: Walk,
): readonly (readonly [string, z.ZodType, readonly (readonly PathSegment[])[] | undefined])[] | undefined {
  if (walk.brokenKeys.length !== walk.breaks || problemCount(walk) > 0 || !isJsonObject(value)) return undefined;
  const definition = structure._zod.def as { readonly type: string; readonly checks?: readonly unknown[] };
  if (definition.type !== 'object' || (definition.checks?.length ?? 0) > 0) return undefined;
  const shape = (structure as z.ZodObject).shape as Readonly<Record<string, z.ZodType>>;
  // Per broken key, the paths of its leaves, or `null` once a break under it is not at a leaf.
  const broken = new Map<PathSegment | undefined, (readonly PathSegment[])[] | null>();
  for (let index = 0; index < walk.brokenKeys.length; index++) {
    const key = walk.brokenKeys[index];
    const leaf = walk.leafPaths[index];
    const leaves = broken.get(key);
    if (leaves === null) continue;
    if (leaf === undefined) broken.set(key, null);
    else if (leaves === undefined) broken.set(key, [leaf]);
    else leaves.push(leaf);
  }
  const fields: (readonly [string, z.ZodType, readonly (readonly PathSegment[])[] | undefined])[] = [];
  for (const key of fieldOrder(shape).keys()) {
    const leaves = broken.get(key);
    if (leaves === undefined) continue;
    broken.delete(key);
    fields.push([key, shape[key] as z.ZodType, leaves ?? undefined]);
  }
  // A break at the root (`undefined`) or under a key that is not a field leaves the whole value to zod.
  return broken.size === 0 ? fields : undefined;
}

/** Adds the issues of described leaves as ours, as `fromZod` turns zod's issues of them. */
function addLeafIssues(leaves: readonly DescribedLeaf[], root: unknown, kind: string, list: IssueList): void {
  for (const leaf of leaves) {
    for (const raw of leaf.issues) {
      // The leaf issues are of the kinds whose message is ours: zod's own message is never asked for.
      for (const issue of fromZod(raw as z.core.$ZodIssue, leaf.path, root, kind, () => raw.code)) list.add(issue);
    }
  }
}

/** Adds zod's issues of `value` (at `at` within `root`) as ours. */
function addStructureIssues(
  structure: z.ZodType,
  value: unknown,
  at: readonly PathSegment[],
  root: unknown,
  kind: string,
  list: IssueList,
): void {
  // zod's own run, without its error: `safeParse` would write zod's English message of every issue (and build an
  // error with a stack) on the first read of the issues, where only the issues' codes and details are used. The
  // message is finished only for the few kinds of issue whose text is shown (see `fromZod`), and only when read.
  const context = { async: false } as const;
  const result = structure._zod.run({ value, issues: [] }, context);
  if (result instanceof Promise) throw new z.core.$ZodAsyncError();
  for (const raw of result.issues) {
    const rawPath = raw.path ?? [];
    const path = at.length === 0 ? rawPath : [...at, ...rawPath];
    const message = (): string => z.core.util.finalizeIssue(raw, context, z.core.config()).message;
    for (const issue of fromZod(raw as z.core.$ZodIssue, path, root, kind, message)) list.add(issue);
  }
}

/**
 * The issues of a portfolio whose walk found breaks, in the order the full pipeline gives them, but with zod and the
 * walker only on the documents that broke a rule: the others are valid in structure, so only their rules can fail.
 */
function portfolioIssues(value: Readonly<Record<string, unknown>>, walk: Walk, list: IssueList): void {
  const byList = (paths: readonly (readonly PathSegment[])[]): Map<string, number[]> => {
    const found = new Map<string, number[]>();
    for (const path of paths) {
      const [key, index] = path as [string, number];
      const indexes = found.get(key) ?? [];
      indexes.push(index);
      found.set(key, indexes);
    }
    return found;
  };
  // Documents that broke the structure go through zod and the walker; those with only unknown keys, the walker.
  const rejected = byList(walk.rejected);
  const strayKeys = byList(walk.strayKeyDocuments);
  // zod on the portfolio without its documents: a list within its bounds is left empty, and its rejected documents
  // are checked one by one, in the place zod would report them (a list over its bound gives zod's one issue).
  const shallow: Record<string, unknown> = { ...value };
  const checked = new Set<string>();
  for (const { key, max } of portfolioLists) {
    const items = value[key];
    if (Array.isArray(items) && items.length <= max) {
      shallow[key] = [];
      checked.add(key);
    }
  }
  const top = portfolioStructure.safeParse(shallow);
  const topIssues = top.success ? [] : top.error.issues;
  for (const key of portfolioKeys) {
    for (const zodIssue of topIssues) {
      if (zodIssue.path[0] === key)
        for (const issue of fromZod(zodIssue, zodIssue.path, shallow, 'portfolio', () => zodIssue.message)) {
          list.add(issue);
        }
    }
    const documents = portfolioLists.find((entry) => entry.key === key);
    if (documents === undefined || !checked.has(key)) continue;
    const items = value[key] as readonly unknown[];
    for (const index of rejected.get(key) ?? []) {
      addStructureIssues(documents.structure, items[index], [key, index], value, 'portfolio', list);
    }
  }
  // The walker: the keys of the portfolio, each document (whole when it broke a rule, else its rules), the references.
  for (const issue of checkKeys(value, portfolioKeys, [])) list.add(issue);
  for (const documents of portfolioLists) {
    const items = value[documents.key];
    if (!Array.isArray(items)) continue;
    const broken = new Set([...(rejected.get(documents.key) ?? []), ...(strayKeys.get(documents.key) ?? [])]);
    for (let index = 0; index < items.length; index++) {
      const at = [documents.key, index];
      const found = broken.has(index) ? documents.walk(items[index], at) : documents.rules(items[index], at);
      for (const issue of found) list.add(issue);
    }
  }
  for (const issue of portfolioRules(value)) list.add(issue);
}

/**
 * The reference pipeline, without the generated walk unless `accepts` is given: snapshot (or, for `trusted` input, a
 * check of the bounds in place), zod and the walker on the whole value. The parse functions give exactly what this
 * gives (the tests compare them); it also takes any zod schema and walker, for tests of the pipeline itself.
 */
export function safeParseWith<T>(
  schema: z.ZodType<T>,
  walk: Walker,
  kind: string,
  input: unknown,
  trusted = false,
  accepts: Accept | null = acceptorFor(kind),
  maxIssues: number = DEFAULT_MAX_ISSUES,
): ParseResult<T> {
  try {
    // Trusted input that the fast validator accepts needs nothing else: it checks the snapshot bounds too.
    if (trusted && accepts?.(input) === true) {
      return { success: true, data: markParsed(deepFreeze(input) as object) as T };
    }
    const copyWalk = startWalk(!trusted, false, maxIssues);
    const copied = walkValue(copyWalk, input, 0);
    const value = trusted ? input : copied === ABSENT ? undefined : copied;
    // Untrusted input is copied first (getters, proxies, later changes); the fast validator then checks the copy.
    if (!trusted && problemCount(copyWalk) === 0 && accepts?.(value) === true) {
      return { success: true, data: markParsed(deepFreeze(value) as object) as T };
    }
    const places = new ProblemPlaces();
    for (const problem of copyWalk.problems) places.add(problem.path);
    for (const path of copyWalk.morePaths) places.add(path);
    const list = new IssueList(maxIssues, places);
    for (const problem of copyWalk.problems) list.add(problemIssue(problem), false);
    list.count(copyWalk.morePaths.length + copyWalk.uncovered);
    addStructureIssues(schema, value, [], value, kind, list);
    for (const issue of walk(value)) list.add(issue);
    if (list.total === 0) return { success: true, data: markParsed(deepFreeze(value) as object) as T };
    return failure(list.issues());
  } catch (error) {
    // A bug of ours must not crash the caller: report it as an issue rather than throw.
    return { success: false, error: internalError(error) };
  }
}

/** Validates any input against a document schema and its walker; throws the error with every issue. */
export function parseWith<T>(schema: z.ZodType<T>, walk: Walker, kind: string, input: unknown): T {
  return orThrow(safeParseWith(schema, walk, kind, input));
}

/**
 * Copies a value a caller hands to an update helper into plain data, so that the document never holds (and never
 * freezes) the caller's own objects; what cannot be copied is thrown as issues at `at`, its place in the document.
 */
export function plainCopy(value: unknown, at: readonly PathSegment[]): unknown {
  const copy = snapshot(value);
  if (copy.problems.length === 0) return copy.value;
  throw new SamenwerkingError(
    copy.problems.map((problem) => problemIssue({ ...problem, path: [...at, ...problem.path] })),
  );
}

function problemIssue(problem: SnapshotProblem): LazyIssue {
  const { path, reason, detail } = problem;
  const message = (): LocalisedText => {
    switch (reason) {
      case 'unreadable':
        return documentIssues.unreadable(path);
      case 'cycle':
        return documentIssues.cycle(path);
      case 'not-json':
        return documentIssues.notJson(path, detail);
      case 'too-deep':
        return documentIssues.tooDeep(path, detail);
      case 'too-many':
        return documentIssues.tooManyValues(detail);
      case 'string-too-long':
        return documentIssues.stringTooLong(path, detail);
      case 'forbidden-key':
        return documentIssues.forbiddenKey(path);
    }
  };
  return new LazyIssue(problem.code, path, message);
}

function isPathSegment(segment: PropertyKey): segment is PathSegment {
  return typeof segment !== 'symbol';
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return value;
}

function issue(code: IssueCode, path: readonly PathSegment[], message: () => LocalisedText): LazyIssue {
  return new LazyIssue(code, path, message);
}

/**
 * Turns one zod issue, found at `fullPath` within `root`, into our issues, with our codes and messages (built only
 * when read).
 */
function fromZod(
  zodIssue: z.core.$ZodIssue,
  fullPath: readonly PropertyKey[],
  root: unknown,
  kind: string,
  zodMessage: () => string,
): LazyIssue[] {
  const path = fullPath.every(isPathSegment) ? (fullPath as readonly PathSegment[]) : fullPath.filter(isPathSegment);
  const value = valueAt(root, path);
  switch (zodIssue.code) {
    case 'custom': {
      const params = zodIssue.params as
        | { code?: IssueCode; message?: LocalisedText; build?: (path: readonly PathSegment[]) => LocalisedText }
        | undefined;
      const build = params?.build;
      if (params?.code !== undefined && build !== undefined) return [issue(params.code, path, () => build(path))];
      const message = params?.message;
      if (params?.code !== undefined && message !== undefined) return [issue(params.code, path, () => message)];
      return [issue('custom', path, () => documentIssues.other(path, zodMessage()))];
    }
    case 'invalid_type': {
      if (path.length === 0 && typeof value === 'string') {
        return [issue('invalid_type', path, documentIssues.documentIsText)];
      }
      if (path.length === 0 && (value === null || typeof value !== 'object' || Array.isArray(value))) {
        return [issue('invalid_type', path, () => documentIssues.wrongType(path, 'object', value))];
      }
      const expected = zodIssue.expected;
      return [
        issue('invalid_type', path, () =>
          value === undefined
            ? documentIssues.missing(path, expected)
            : documentIssues.wrongType(path, expected, value),
        ),
      ];
    }
    case 'too_small': {
      if (zodIssue.origin === 'string') return [issue('too_small', path, () => documentIssues.empty(path))];
      const minimum = Number(zodIssue.minimum);
      if (zodIssue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        return [issue('too_small', path, () => documentIssues.tooFewItems(path, minimum, count))];
      }
      return [issue('too_small', path, () => documentIssues.belowMinimum(path, minimum, value))];
    }
    case 'too_big': {
      const maximum = Number(zodIssue.maximum);
      if (zodIssue.origin === 'string' || zodIssue.origin === 'array') {
        const size = typeof value === 'string' || Array.isArray(value) ? value.length : 0;
        const message = (): LocalisedText =>
          zodIssue.origin === 'string'
            ? documentIssues.tooLong(path, maximum, size)
            : documentIssues.tooManyItems(path, maximum, size);
        return [issue('too_large', path, message)];
      }
      return [issue('too_big', path, () => documentIssues.aboveMaximum(path, maximum, value))];
    }
    case 'invalid_value': {
      const last = path[path.length - 1];
      if (value === undefined) {
        const expected = typeof zodIssue.values[0];
        return [issue('invalid_type', path, () => documentIssues.missing(path, expected))];
      }
      if (path.length === 1 && last === 'kind') {
        return [issue('invalid_value', path, () => documentIssues.wrongKind(value, kind))];
      }
      if (path.length === 1 && last === 'schemaVersion' && typeof value === 'number') {
        return [issue('unsupported_version', path, () => documentIssues.unsupportedVersion(value, SUPPORTED_VERSIONS))];
      }
      const list = catalogueListOf(zodIssue.values);
      if (list !== undefined) {
        return [
          issue('unknown_id', path, () =>
            documentIssues.unknownCatalogueId(path, list.name, value, suggestIds(value, list.ids)),
          ),
        ];
      }
      const allowed = zodIssue.values.map(String);
      return [issue('invalid_value', path, () => documentIssues.notAllowed(path, value, allowed))];
    }
    case 'invalid_union': {
      const options = (zodIssue as { options?: readonly unknown[] }).options;
      if (options !== undefined) {
        return [issue('invalid_value', path, () => documentIssues.notAllowed(path, value, options.map(String)))];
      }
      return [issue('invalid_union', path, () => documentIssues.other(path, zodMessage()))];
    }
    case 'unrecognized_keys': {
      // The records with fixed keys are the answers of an assessment (keyed by indicator) and the targets of a plan
      // (keyed by strategy factor): an unknown key there is an unknown id of that list.
      const targets = path[path.length - 1] === 'targets';
      const list = catalogueLists.entry(targets ? 'strategyFactors' : 'indicators');
      const known: readonly string[] = targets ? strategyFactorIds : indicatorIds;
      return zodIssue.keys.map((key) => {
        const keyPath = [...path, key];
        return issue('unknown_id', keyPath, () =>
          documentIssues.unknownCatalogueId(keyPath, list, key, suggestIds(key, known)),
        );
      });
    }
    case 'invalid_format':
      if ((zodIssue as { pattern?: string }).pattern === String(NOT_BLANK)) {
        return [issue('too_small', path, () => documentIssues.empty(path))];
      }
      return [issue('invalid_format', path, () => documentIssues.invalidSlug(path, value))];
    default:
      return [issue(zodIssue.code, path, () => documentIssues.other(path, zodMessage()))];
  }
}
