/**
 * Collects the issues of one parse: each issue once (by code and path), none at or below the place of a problem of
 * the walk (which already explains it), at most a chosen number of them with the last one saying how many there
 * were in all, and every message built only for an issue that is returned, once.
 */
import type { IssueCode, PathSegment } from '../errors/SamenwerkingError.js';
import { documentIssues } from '../i18n/documentIssues/documentIssues.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';

/** The most issues a parse function returns unless told otherwise; the last one says how many there were. */
export const DEFAULT_MAX_ISSUES = 100;

/** An issue whose message is built when it is first read, and only then. */
export class LazyIssue {
  /** The code. */
  readonly code: IssueCode;
  /** The path from the root of the value checked. */
  readonly path: readonly PathSegment[];
  readonly #build: () => LocalisedText;
  #message: LocalisedText | undefined;

  /**
   * Creates an issue.
   *
   * @param code - The code.
   * @param path - Where the issue is.
   * @param build - Builds the message; called at most once.
   */
  constructor(code: IssueCode, path: readonly PathSegment[], build: () => LocalisedText) {
    this.code = code;
    this.path = path;
    this.#build = build;
  }

  /** The message in both languages, built on first read. */
  get message(): LocalisedText {
    if (this.#message === undefined) this.#message = this.#build();
    return this.#message;
  }
}

/** A place in a tree of paths: whether a path ends here, and the places below (made when the first one is). */
interface Place {
  end: boolean;
  below: Map<PathSegment, Place> | undefined;
}

/** The paths of the problems of a walk, to find whether an issue lies at or below one of them in time linear in it. */
export class ProblemPlaces {
  readonly #root: Place = { end: false, below: undefined };
  #empty = true;

  /**
   * Adds the path of a problem.
   *
   * @param path - The path.
   */
  add(path: readonly PathSegment[]): void {
    this.#empty = false;
    let place = this.#root;
    for (const segment of path) {
      if (place.end) return; // a problem above covers this one already
      place.below ??= new Map();
      let next = place.below.get(segment);
      if (next === undefined) {
        next = { end: false, below: undefined };
        place.below.set(segment, next);
      }
      place = next;
    }
    place.end = true;
    place.below = undefined;
  }

  /**
   * Tells whether a path is at or below the path of a problem.
   *
   * @param path - The path of an issue.
   */
  covers(path: readonly PathSegment[]): boolean {
    if (this.#empty) return false;
    let place: Place | undefined = this.#root;
    for (const segment of path) {
      if (place.end) return true;
      place = place.below?.get(segment);
      if (place === undefined) return false;
    }
    return place.end;
  }
}

/** An issue as the list takes it: a code, a path and a message (read only for the issues returned). */
export interface ListedIssue {
  readonly code: IssueCode;
  readonly path: readonly PathSegment[];
  readonly message: LocalisedText;
}

/**
 * The key of an issue by code and path, one string per pair: each index after a NUL, each key after a U+0001 and its
 * length (so no key, whatever its characters, reads as another path). Cheaper than `JSON.stringify` of the path.
 */
function issueKey(code: IssueCode, path: readonly PathSegment[]): string {
  let key: string = code;
  for (const segment of path) {
    key += typeof segment === 'number' ? `\u0000${segment}` : `\u0001${segment.length}:${segment}`;
  }
  return key;
}

/** Two paths are the same: the same keys and indexes in the same order. */
function samePath(one: readonly PathSegment[], two: readonly PathSegment[]): boolean {
  if (one.length !== two.length) return false;
  for (let index = 0; index < one.length; index++) if (one[index] !== two[index]) return false;
  return true;
}

/** Up to this many issues, a repeat is found by comparing with each; past it, by the keys of {@link issueKey}. */
const FEW = 16;

/** The issues of one parse, in the order found. */
export class IssueList {
  readonly #max: number;
  /** Every issue added, while there are at most {@link FEW} (an invalid document usually has a handful). */
  #few: ListedIssue[] | undefined = [];
  /** The keys of every issue added, once there are more. */
  #seen: Set<string> | undefined;
  readonly #kept: ListedIssue[] = [];
  readonly #places: ProblemPlaces;
  #total = 0;

  /**
   * Starts a list.
   *
   * @param max - The most issues returned, at least 1.
   * @param places - The places of the problems of the walk; issues at or below them are left out.
   */
  constructor(max: number, places: ProblemPlaces = new ProblemPlaces()) {
    this.#max = max;
    this.#places = places;
  }

  /**
   * Adds an issue: left out when an issue with the same code and path is in the list already, or when `checked` and
   * it lies at or below a problem of the walk.
   *
   * @param issue - The issue.
   * @param checked - Whether to leave it out below a problem (not for the problems themselves).
   */
  add(issue: ListedIssue, checked = true): void {
    if (checked && this.#places.covers(issue.path)) return;
    if (this.#few !== undefined) {
      for (const earlier of this.#few) if (earlier.code === issue.code && samePath(earlier.path, issue.path)) return;
      this.#few.push(issue);
      if (this.#few.length > FEW) {
        this.#seen = new Set(this.#few.map((earlier) => issueKey(earlier.code, earlier.path)));
        this.#few = undefined;
      }
    } else {
      const seen = this.#seen as Set<string>;
      const key = issueKey(issue.code, issue.path);
      if (seen.has(key)) return;
      seen.add(key);
    }
    this.#total++;
    if (this.#kept.length < this.#max) this.#kept.push(issue);
  }

  /**
   * Counts issues that are not kept, whatever the cap (the problems past the ones the walk kept).
   *
   * @param count - How many.
   */
  count(count: number): void {
    this.#total += count;
  }

  /** How many issues there are in all. */
  get total(): number {
    return this.#total;
  }

  /** The issues to return: all of them, or the first ones and a last issue that says how many there were in all. */
  issues(): ListedIssue[] {
    if (this.#total <= this.#max) return this.#kept;
    const shown = this.#kept.slice(0, this.#max - 1);
    const total = this.#total;
    shown.push(new LazyIssue('too_many_issues', [], () => documentIssues.tooManyIssues(total, shown.length)));
    return shown;
  }
}
