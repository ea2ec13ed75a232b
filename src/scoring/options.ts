/**
 * Option validation shared by the scoring functions. Each reader checks one option, records a problem as an
 * `invalid_option` issue (path `['options', name, …]`) and returns the default instead, so a caller learns about every
 * bad option at once from one {@link SamenwerkingError}. `undefined` always means "use the default".
 *
 * @internal
 */
import type { LocalisedText } from '../catalogue/types.js';
import { messages } from '../errors/messages.js';
import type { Issue, PathSegment } from '../errors/SamenwerkingError.js';
import { formatPath, SamenwerkingError } from '../errors/SamenwerkingError.js';
import { isIsoDate, toIsoDate } from '../internal/isoDate.js';
import { suggestIds } from '../internal/suggest.js';
import { allowedValues, scoringMessages } from './messages.js';
import type { BandThresholds } from './types.js';

/** The options of one call, as a record, with the issues found so far. */
export interface OptionReader {
  /** The options object, or an empty one when the caller passed none. */
  readonly record: Readonly<Record<string, unknown>>;
  /** The problems found; empty when every option is usable. */
  readonly issues: Issue[];
}

/** The range a numeric option must lie in. */
export interface NumberRule {
  /** The lowest allowed value. */
  readonly min: number;
  /** The highest allowed value. */
  readonly max: number;
  /** Whether only whole numbers are allowed. */
  readonly integer: boolean;
  /** The allowed values, in words, for the message. */
  readonly allowed: LocalisedText;
}

/** Tells whether a value is a non-array object whose own keys can be read as options. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Records an `invalid_option` issue for the option at `path` (relative to the options object). */
export function reportOption(
  reader: OptionReader,
  path: readonly PathSegment[],
  value: unknown,
  allowed: LocalisedText,
): void {
  reader.issues.push({
    code: 'invalid_option',
    path: ['options', ...path],
    message: messages.invalidOption(formatPath(path), value, allowed),
  });
}

/**
 * Starts reading the options of one call: checks that they are an object (or `undefined`) and that every key is a
 * known option name.
 */
export function readOptions(options: unknown, known: readonly string[]): OptionReader {
  const reader: OptionReader = { record: {}, issues: [] };
  if (options === undefined) return reader;
  if (!isRecord(options)) {
    reader.issues.push({
      code: 'invalid_option',
      path: ['options'],
      message: messages.invalidOption('options', options, allowedValues.options),
    });
    return reader;
  }
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    reader.issues.push({
      code: 'invalid_option',
      path: ['options', key],
      message: scoringMessages.unknownOption(key, known, suggestIds(key, known, 1)),
    });
  }
  return { record: options, issues: reader.issues };
}

/** Reads a numeric option, or gives the default when it is `undefined` or unusable. */
export function readNumber(reader: OptionReader, name: string, fallback: number, rule: NumberRule): number {
  const value = reader.record[name];
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
  reportOption(reader, [name], value, rule.allowed);
  return fallback;
}

/**
 * Reads a weights option: an object keyed by catalogue ids with finite weights of 0 or more. Gives the usable
 * weights by id; ids left out or set to `undefined` keep the default weight.
 */
export function readWeights(
  reader: OptionReader,
  name: string,
  ids: readonly string[],
  kind: 'indicator' | 'factor',
): ReadonlyMap<string, number> {
  const weights = new Map<string, number>();
  const value = reader.record[name];
  if (value === undefined) return weights;
  if (!isRecord(value)) {
    reportOption(reader, [name], value, allowedValues.weights);
    return weights;
  }
  for (const key of Object.keys(value)) {
    const weight = value[key];
    if (!ids.includes(key)) {
      reader.issues.push({
        code: 'invalid_option',
        path: ['options', name, key],
        message: scoringMessages.unknownWeightKey(name, key, kind, suggestIds(key, ids), ids[0] ?? ''),
      });
    } else if (weight === undefined) {
      // The default weight.
    } else if (typeof weight === 'number' && Number.isFinite(weight) && weight >= 0) {
      weights.set(key, weight);
    } else {
      reportOption(reader, [name, key], weight, allowedValues.weight);
    }
  }
  return weights;
}

/** Reads the `bands` option: either bound may be left out; together they must satisfy 0 ≤ voldoende < goed ≤ 100. */
export function readBands(reader: OptionReader, name: string, fallback: BandThresholds): BandThresholds {
  const value = reader.record[name];
  if (value === undefined) return fallback;
  if (!isRecord(value)) {
    reportOption(reader, [name], value, allowedValues.bands);
    return fallback;
  }
  const issuesBefore = reader.issues.length;
  for (const key of Object.keys(value)) {
    if (key !== 'voldoende' && key !== 'goed') {
      reader.issues.push({
        code: 'invalid_option',
        path: ['options', name, key],
        message: scoringMessages.unknownOption(`${name}.${key}`, ['voldoende', 'goed'], []),
      });
    }
  }
  const bound = (key: 'voldoende' | 'goed'): number => {
    const limit = value[key];
    if (limit === undefined) return fallback[key];
    if (typeof limit === 'number' && Number.isFinite(limit) && limit >= 0 && limit <= 100) return limit;
    reportOption(reader, [name, key], limit, allowedValues.score);
    return fallback[key];
  };
  const bands: BandThresholds = { voldoende: bound('voldoende'), goed: bound('goed') };
  if (reader.issues.length > issuesBefore) return fallback;
  if (bands.voldoende >= bands.goed) {
    reportOption(reader, [name], `voldoende ${bands.voldoende}, goed ${bands.goed}`, allowedValues.bandOrder);
    return fallback;
  }
  return bands;
}

/** Reads a date option given as a `Date` or a `YYYY-MM-DD` string; gives it as `YYYY-MM-DD`. */
export function readDate(reader: OptionReader, name: string): string | undefined {
  const value = reader.record[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isIsoDate(value)) return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const date = toIsoDate(value);
    if (isIsoDate(date)) return date;
  }
  reportOption(reader, [name], value instanceof Date ? 'Invalid Date' : value, allowedValues.referenceDate);
  return undefined;
}

/**
 * Throws every problem found at once.
 *
 * @throws {SamenwerkingError} `invalid_option` when the reader recorded any problem.
 */
export function throwIfInvalid(reader: OptionReader): void {
  if (reader.issues.length > 0) throw new SamenwerkingError(reader.issues);
}
