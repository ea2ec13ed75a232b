/**
 * The one reader of untrusted arguments and options. Every public function that takes an options object or an
 * argument object (the needs of `recommendForms`, the merger of `classifyFusietoets`, …) reads it here: each reader
 * checks one field, files a problem as an issue that names the field, the kind of value expected and the value given
 * (in Dutch and English), and returns a usable value or `undefined`, so that one {@link SamenwerkingError} lists every
 * problem of a call at once. `undefined` always means "use the default". Nothing here changes the value it reads.
 */

import { pathText } from '../errors/pathText.js';
import { type Issue, type IssueCode, type PathSegment, SamenwerkingError } from '../errors/SamenwerkingError.js';
import { argumentIssues } from '../i18n/argumentIssues/argumentIssues.js';
import { calendarIssues } from '../i18n/calendarIssues/calendarIssues.js';
import { catalogueIdIssues } from '../i18n/catalogueIdIssues/catalogueIdIssues.js';
import type { CatalogueListName } from '../i18n/catalogueLists/listNames.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { expectedValues } from '../i18n/expectedValues/expectedValues.js';
import { inputIssues } from '../i18n/inputIssues/inputIssues.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { isDate, toCalendarDate } from '../internal/calendar.js';
import { suggestIds } from '../internal/suggest.js';

/** The fields of one argument object, where it sits, how messages name it, and the problems found so far. */
export interface FieldReader {
  /** The object's own fields, or none when it was not an object. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Where the object sits, the start of every issue's path: `['options']`, `['merger']`. */
  readonly path: readonly PathSegment[];
  /** How messages name the object's fields: `[]` for options (`'minCoverage'`), `['merger']` for an argument. */
  readonly name: readonly PathSegment[];
  /** The problems of the whole call; shared with the caller and the other readers. */
  readonly issues: Issue[];
}

/** The range a numeric field must lie in. */
export interface NumberRule {
  /** The lowest allowed value. */
  readonly min: number;
  /** The highest allowed value. */
  readonly max: number;
  /** Whether only whole numbers are allowed. */
  readonly integer: boolean;
  /** The allowed values, in words, for the message; asked for only when a value is refused. */
  readonly expected: () => LocalisedText;
}

/** The rule of a whole number from `min` to `max` (no upper limit by default), with what it allows in words. */
export function wholeNumberRule(min: number, max: number = Number.MAX_SAFE_INTEGER): NumberRule {
  const expected = (): LocalisedText =>
    max === Number.MAX_SAFE_INTEGER ? expectedArguments.wholeNumberFrom(min) : expectedArguments.wholeNumber(min, max);
  return { min, max, integer: true, expected };
}

/** Tells whether a value is an object whose own keys can be read as fields: not `null`, an array or a `Date`. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value) && !(value instanceof Date);
  } catch {
    // A revoked proxy refuses even these questions: it has no fields to read.
    return false;
  }
}

/** Files one issue. */
export function addIssue(issues: Issue[], code: IssueCode, path: readonly PathSegment[], message: LocalisedText): void {
  issues.push({ code, path, message });
}

/**
 * Files an issue for a value that is not usable where it was given: the name shown, the value and what is expected.
 *
 * @param issues - The problems of the call.
 * @param path - Where the value sits.
 * @param name - The name shown in the message, for example `'bands.goed'` or `'merger.pupils'`.
 * @param value - The value given.
 * @param expected - The kind of value expected, in words.
 * @param code - The issue code; `invalid_option` by default.
 */
export function rejectValue(
  issues: Issue[],
  path: readonly PathSegment[],
  name: string,
  value: unknown,
  expected: LocalisedText,
  code: IssueCode = 'invalid_option',
): void {
  addIssue(issues, code, path, argumentIssues.invalidOption(name, value, expected));
}

/** Files an issue for the field at `key` (a path below the object) of a reader. */
export function rejectField(
  reader: FieldReader,
  key: readonly PathSegment[],
  value: unknown,
  expected: LocalisedText,
): void {
  rejectValue(reader.issues, [...reader.path, ...key], pathText([...reader.name, ...key]), value, expected);
}

/** How an object to read is placed and named, and what it may hold. */
export interface ObjectPlace {
  /** Where the object sits. */
  readonly path: readonly PathSegment[];
  /** How messages name its fields; see {@link FieldReader.name}. */
  readonly name: readonly PathSegment[];
  /** The field names it may have. */
  readonly known: readonly string[];
  /** What the object itself must be, for the message when it is not an object; asked for only then. */
  readonly expected: () => LocalisedText;
  /** Whether `undefined` is allowed in its place (then it reads as an object without fields). */
  readonly optional: boolean;
  /** Whether its fields are options (`De optie 'x' bestaat niet`) or fields of an argument (`'needs' kent geen veld`). */
  readonly holds: 'options' | 'fields';
}

/**
 * The "did you mean" hints for an unknown id among weights: the known ids to suggest, closest first. The scoring passes
 * its own (small) one, so that a bundle that only scores does not carry the edit distance.
 */
export type Suggest = (key: string, known: readonly string[]) => readonly string[];

/** The message about a key that an object being read may not have. */
export type UnknownKeyMessage = (place: ObjectPlace, key: string) => LocalisedText;

/** The message of {@link readObject}: an unknown option or field, with the closest known name as a hint. */
const hintedUnknownKey: UnknownKeyMessage = (place, key) => {
  const suggestions = suggestIds(key, place.known, 1);
  return place.holds === 'options'
    ? argumentIssues.unknownOption(pathText([...place.name, key]), place.known, suggestions)
    : inputIssues.unknownField(pathText(place.path), key, place.known, suggestions);
};

/**
 * Starts reading an object: checks that it is one (or `undefined`, when optional) and that every key is known; an
 * unknown key gets an `invalid_option` issue with the closest known name.
 */
export function readObject(value: unknown, place: ObjectPlace, issues: Issue[]): FieldReader {
  return readObjectWith(value, place, issues, hintedUnknownKey);
}

/**
 * {@link readObject} with the message `unknownKey` for a key the object may not have (the scoring's lists the known
 * names without a hint).
 */
export function readObjectWith(
  value: unknown,
  place: ObjectPlace,
  issues: Issue[],
  unknownKey: UnknownKeyMessage,
): FieldReader {
  const reader = { fields: {}, path: place.path, name: place.name, issues };
  if (value === undefined && place.optional) return reader;
  if (!isPlainObject(value)) {
    const shown = place.name.length > 0 ? pathText(place.name) : pathText(place.path);
    rejectValue(issues, place.path, shown, value, place.expected());
    return reader;
  }
  for (const key of Object.keys(value)) {
    if (!place.known.includes(key)) addIssue(issues, 'invalid_option', [...place.path, key], unknownKey(place, key));
  }
  return { ...reader, fields: value };
}

/**
 * Starts reading the options of a call (`options`, or a nested set of options such as `options.scoring`).
 *
 * @param options - The options given; `undefined` reads as none.
 * @param known - The option names.
 * @param issues - The problems of the call; a new list by default.
 * @param path - Where the options sit; `['options']` by default.
 */
export function readOptions(
  options: unknown,
  known: readonly string[],
  issues: Issue[] = [],
  path: readonly PathSegment[] = ['options'],
): FieldReader {
  return readObject(
    options,
    { path, name: [], known, expected: expectedValues.options, optional: true, holds: 'options' },
    issues,
  );
}

/** Reads a number field, or gives the fallback when it is `undefined` or unusable. */
export function readNumberField(reader: FieldReader, key: string, fallback: number, rule: NumberRule): number {
  const value = reader.fields[key];
  if (value === undefined) return fallback;
  if (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= rule.min &&
    value <= rule.max &&
    (!rule.integer || Number.isInteger(value))
  ) {
    return value;
  }
  rejectField(reader, [key], value, rule.expected());
  return fallback;
}

/** Reads an optional boolean field; `undefined` stays `undefined`. */
export function readBooleanField(reader: FieldReader, key: string): boolean | undefined {
  const value = reader.fields[key];
  if (value === undefined || typeof value === 'boolean') return value;
  rejectField(reader, [key], value, expectedArguments.optionalBoolean());
  return undefined;
}

/** Reads an optional whole number from `min` up; `undefined` stays `undefined`. */
export function readWholeNumberField(reader: FieldReader, key: string, min: number): number | undefined {
  const value = reader.fields[key];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return value;
  rejectField(reader, [key], value, expectedArguments.optionalWholeNumberFrom(min));
  return undefined;
}

/** Reads an optional field that must be one of a few words; `undefined` stays `undefined`. */
export function readChoiceField<Choice extends string>(
  reader: FieldReader,
  key: string,
  choices: readonly Choice[],
): Choice | undefined {
  const value = reader.fields[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as Choice;
  rejectField(reader, [key], value, expectedArguments.optionalOneOf(choices));
  return undefined;
}

/**
 * Reads a map of weights keyed by catalogue ids, with weights from 0 to `max`. Ids left out or set to `undefined`
 * keep the default weight; an unknown id gets an issue with the hints of `suggest`.
 */
export function readWeightsField(
  reader: FieldReader,
  key: string,
  ids: readonly string[],
  kind: 'indicator' | 'factor',
  max: number,
  suggest: Suggest,
): ReadonlyMap<string, number> {
  const weights = new Map<string, number>();
  const value = reader.fields[key];
  if (value === undefined) return weights;
  if (!isPlainObject(value)) {
    rejectField(reader, [key], value, expectedValues.weights());
    return weights;
  }
  for (const id of Object.keys(value)) {
    const weight = value[id];
    if (!ids.includes(id)) {
      const message = argumentIssues.unknownWeightKey(key, id, kind, suggest(id, ids), ids[0] ?? '');
      addIssue(reader.issues, 'invalid_option', [...reader.path, key, id], message);
    } else if (typeof weight === 'number' && Number.isFinite(weight) && weight >= 0 && weight <= max) {
      weights.set(id, weight);
    } else if (weight !== undefined) {
      rejectField(reader, [key, id], weight, expectedValues.weight(max));
    }
  }
  return weights;
}

/**
 * Reads a date field given as a `Date` or a `YYYY-MM-DD` string; gives it as `YYYY-MM-DD`, `undefined` when left out
 * or unusable.
 */
export function readDateField(reader: FieldReader, key: string): string | undefined {
  const value = reader.fields[key];
  if (value === undefined) return undefined;
  const date = toCalendarDate(value);
  if (date !== undefined) return date;
  rejectField(reader, [key], isDate(value) ? 'Invalid Date' : value, expectedArguments.referenceDate());
  return undefined;
}

/**
 * Reads a date argument given as a `Date` or a `YYYY-MM-DD` string; files an `invalid_date` issue when it is
 * neither a valid `Date` nor an existing date.
 */
export function readDateArgument(value: unknown, path: readonly PathSegment[], issues: Issue[]): string | undefined {
  const date = toCalendarDate(value);
  if (date !== undefined) return date;
  addIssue(issues, 'invalid_date', path, calendarIssues.invalidDate(isDate(value) ? 'Invalid Date' : value));
  return undefined;
}

/**
 * Reads a catalogue id: gives it when known, and files an `unknown_id` issue with the closest known ids otherwise.
 */
export function readCatalogueId<Id extends string>(
  issues: Issue[],
  path: readonly PathSegment[],
  value: unknown,
  known: readonly Id[],
  list: CatalogueListName,
): Id | undefined {
  if (typeof value === 'string' && (known as readonly string[]).includes(value)) return value as Id;
  addIssue(issues, 'unknown_id', path, catalogueIdIssues.unknownId(list, value, suggestIds(value, known), known));
  return undefined;
}

/**
 * Throws every problem found at once.
 *
 * @throws {SamenwerkingError} With all filed issues, when there is at least one.
 */
export function throwIfIssues(issues: readonly Issue[]): void {
  if (issues.length > 0) throw new SamenwerkingError(issues);
}
