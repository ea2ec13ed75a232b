/**
 * Helpers shared by `balanceFactors`, `recommendForms`, `classifyFusietoets` and `compareWithBenchmark`: reading
 * the fields of an argument object (the needs, the merger, the figures) into typed values while collecting every
 * problem as an issue, so one {@link SamenwerkingError} can list them all, and the outlook formula.
 *
 * @internal
 */
import type { LocalisedText } from '../catalogue/types.js';
import { messages } from '../errors/messages.js';
import type { Issue, IssueCode, PathSegment } from '../errors/SamenwerkingError.js';
import { formatPath, SamenwerkingError } from '../errors/SamenwerkingError.js';
import { suggestIds } from '../internal/suggest.js';
import { findingMessages } from './findingMessages.js';

/** The fields of one argument object as a record, where they sit, and the problems found so far. */
export interface FieldReader {
  /** The argument as a record, or an empty one when it was not an object. */
  readonly record: Readonly<Record<string, unknown>>;
  /** The path of the argument itself, for example `['needs']`. */
  readonly path: readonly PathSegment[];
  /** The problems found; shared with the caller, who may add more. */
  readonly issues: Issue[];
}

/** Tells whether a value is a non-array object whose own keys can be read as fields. */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Records one issue with the given code at `path`. */
export function report(issues: Issue[], code: IssueCode, path: readonly PathSegment[], message: LocalisedText): void {
  issues.push({ code, path, message });
}

/**
 * Starts reading an argument object: checks that it is an object (or, when `optional`, `undefined`) and that every
 * key is a known field; unknown keys get an `invalid_option` issue with the closest known name.
 */
export function readFields(
  value: unknown,
  path: readonly PathSegment[],
  known: readonly string[],
  issues: Issue[],
  expected: LocalisedText,
  optional: boolean,
): FieldReader {
  if (value === undefined && optional) return { record: {}, path, issues };
  if (!isPlainRecord(value)) {
    report(issues, 'invalid_option', path, messages.invalidOption(formatPath(path), value, expected));
    return { record: {}, path, issues };
  }
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    report(
      issues,
      'invalid_option',
      [...path, key],
      findingMessages.unknownField(formatPath(path), key, known, suggestIds(key, known, 1)),
    );
  }
  return { record: value, path, issues };
}

/** Records an `invalid_option` issue for the field `name` of the argument. */
export function reportField(reader: FieldReader, name: PathSegment[], value: unknown, allowed: LocalisedText): void {
  const path = [...reader.path, ...name];
  report(reader.issues, 'invalid_option', path, messages.invalidOption(formatPath(path), value, allowed));
}

/** Reads an optional boolean field; `undefined` stays `undefined`. */
export function readBoolean(reader: FieldReader, name: string): boolean | undefined {
  const value = reader.record[name];
  if (value === undefined || typeof value === 'boolean') return value;
  reportField(reader, [name], value, findingMessages.allowed.boolean);
  return undefined;
}

/** Reads an optional whole number from `min` up; `undefined` stays `undefined`. */
export function readWholeNumber(reader: FieldReader, name: string, min: number): number | undefined {
  const value = reader.record[name];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value;
  reportField(reader, [name], value, findingMessages.allowed.wholeNumberFrom(min));
  return undefined;
}

/** Reads an optional field that must be one of a few words; `undefined` stays `undefined`. */
export function readChoice<Choice extends string>(
  reader: FieldReader,
  name: string,
  choices: readonly Choice[],
): Choice | undefined {
  const value = reader.record[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as Choice;
  reportField(reader, [name], value, findingMessages.allowed.oneOf(choices));
  return undefined;
}

/**
 * Reads a catalogue id at `path`: gives it when known, and records an `unknown_id` issue with the closest known ids
 * otherwise.
 */
export function readId<Id extends string>(
  issues: Issue[],
  path: readonly PathSegment[],
  value: unknown,
  known: readonly Id[],
  list: LocalisedText,
): Id | undefined {
  if (typeof value === 'string' && (known as readonly string[]).includes(value)) return value as Id;
  report(issues, 'unknown_id', path, findingMessages.unknownId(list, value, suggestIds(value, known), known));
  return undefined;
}

/**
 * Throws every problem found at once.
 *
 * @throws {SamenwerkingError} With all recorded issues, when there is at least one.
 */
export function throwIssues(issues: readonly Issue[]): void {
  if (issues.length > 0) throw new SamenwerkingError(issues);
}

/** A fresh copy of a catalogue text, so a caller who changes a result cannot change the catalogue. */
export function copyText(text: LocalisedText): LocalisedText {
  return { nl: text.nl, en: text.en };
}

/**
 * The share of promoting weight in the total, from 0 to 100: `100 × promoting / (promoting + hindering)`, `null`
 * when both are 0.
 *
 * @remarks
 * Computed as `100 / (1 + hindering / promoting)`, which is the same number but built only from operations that
 * IEEE rounding keeps monotone, so the outlook never drops when a promoting weight grows (nor rises when a
 * hindering weight grows), even in the last bit. With `promoting` 0 the quotient is infinite and the outlook 0.
 */
export function outlookOf(promoting: number, hindering: number): number | null {
  if (promoting === 0 && hindering === 0) return null;
  return 100 / (1 + hindering / promoting);
}
