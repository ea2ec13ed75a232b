/**
 * Where the parts of a document lie whose keys the walker of the document checks, in the order it checks them: one
 * table per document kind, read by the walker and by the full pipeline, which turns the unknown keys the generated walk
 * met into the same issues, in the same order, without a second walk.
 */
import type { PathSegment } from '../errors/SamenwerkingError.js';
import { checkKeys, isJsonObject, type RuleIssue } from './ruleHelpers.js';

/** A step of a section's place that stands for every item of a list. */
export const EACH: unique symbol = Symbol('each');

/** A part of a document whose keys are checked: where it lies, and its keys (or how to find them from the part). */
export interface KeySection {
  /** The keys to the part from the root, with {@link EACH} for every item of a list. */
  readonly at: readonly (string | typeof EACH)[];
  /** The keys a part allows (besides `x-` keys), or how to find them from the part (`undefined`: not checked). */
  readonly keys: readonly string[] | ((part: Readonly<Record<string, unknown>>) => readonly string[] | undefined);
}

function keysOf(section: KeySection, part: unknown): readonly string[] | undefined {
  if (typeof section.keys !== 'function') return section.keys;
  return isJsonObject(part) ? section.keys(part) : undefined;
}

/**
 * Checks the keys of every part of a document the sections name, section by section and item by item; the path of
 * a part is built only for a part with an unknown key.
 */
export function checkSectionKeys(
  value: Readonly<Record<string, unknown>>,
  sections: readonly KeySection[],
  at: readonly PathSegment[],
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  // The path on the way down, copied only for a part with an unknown key.
  const trail: PathSegment[] = [...at];
  for (const section of sections) {
    const visit = (part: unknown, depth: number): void => {
      if (depth === section.at.length) {
        const keys = keysOf(section, part);
        if (keys !== undefined && hasUnknownKeys(part, keys)) issues.push(...checkKeys(part, keys, [...trail]));
        return;
      }
      const step = section.at[depth] as string | typeof EACH;
      if (step === EACH) {
        if (!Array.isArray(part)) return;
        for (let index = 0; index < part.length; index++) {
          trail.push(index);
          visit(part[index], depth + 1);
          trail.pop();
        }
      } else if (isJsonObject(part)) {
        trail.push(step);
        visit(part[step], depth + 1);
        trail.pop();
      }
    };
    visit(value, 0);
  }
  return issues;
}

/**
 * The issues {@link checkSectionKeys} gives, found from the paths of the unknown keys a walk met (each the path of a
 * part and the key) instead of by visiting every part: each key in the section of its part, in the order of the
 * sections, then of the items, then of the keys as met. `undefined` when a key lies in no section.
 */
export function strayKeyIssues(
  value: Readonly<Record<string, unknown>>,
  sections: readonly KeySection[],
  strayPaths: readonly (readonly PathSegment[])[],
): RuleIssue[] | undefined {
  const found: { readonly section: number; readonly path: readonly PathSegment[]; readonly order: number }[] = [];
  for (let order = 0; order < strayPaths.length; order++) {
    const path = strayPaths[order] as readonly PathSegment[];
    const section = sections.findIndex((candidate) => placeMatches(candidate.at, path));
    if (section < 0) return undefined;
    found.push({ section, path, order });
  }
  found.sort((one, two) => one.section - two.section || compareIndexes(one.path, two.path) || one.order - two.order);
  const issues: RuleIssue[] = [];
  for (const { section, path } of found) {
    const partPath = path.slice(0, -1);
    let part: unknown = value;
    for (const step of partPath) part = (part as Readonly<Record<PathSegment, unknown>>)[step];
    const keys = keysOf(sections[section] as KeySection, part);
    if (keys === undefined) return undefined;
    issues.push(...checkKeys({ [path[path.length - 1] as string]: true }, keys, partPath));
  }
  return issues;
}

/** Tells whether the path of a key lies in a part at the place `at`. */
function placeMatches(at: KeySection['at'], path: readonly PathSegment[]): boolean {
  if (path.length !== at.length + 1) return false;
  for (let depth = 0; depth < at.length; depth++) {
    const step = at[depth];
    const segment = path[depth];
    if (step === EACH ? typeof segment !== 'number' : step !== segment) return false;
  }
  return true;
}

/** Compares the indexes of two paths of the same section, in order. */
function compareIndexes(one: readonly PathSegment[], two: readonly PathSegment[]): number {
  for (let depth = 0; depth < one.length - 1; depth++) {
    const first = one[depth];
    const second = two[depth];
    if (typeof first === 'number' && typeof second === 'number' && first !== second) return first - second;
  }
  return 0;
}

/** Tells whether an object has a key that is neither allowed nor an `x-` key (what `checkKeys` would report). */
function hasUnknownKeys(value: unknown, allowed: readonly string[]): boolean {
  if (!isJsonObject(value)) return false;
  for (const key in value) {
    if (!allowed.includes(key) && !key.startsWith('x-') && Object.hasOwn(value, key)) return true;
  }
  return false;
}
