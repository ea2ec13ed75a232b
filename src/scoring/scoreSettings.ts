/**
 * The options of `scoreBerenschot`, read once into settings: by `scoreBerenschot` itself, and by the functions that
 * take them as their `scoring` option (`summarisePortfolio`, `compareAssessments`), through the same reader.
 */

import {
  addIssue,
  type FieldReader,
  isPlainObject,
  readNumberField,
  readObjectWith,
  readWeightsField,
  rejectField,
  type Suggest,
  type UnknownKeyMessage,
} from '../arguments/argumentReader.js';
import { pathText } from '../errors/pathText.js';
import type { Issue, PathSegment } from '../errors/SamenwerkingError.js';
import { argumentIssues } from '../i18n/argumentIssues/argumentIssues.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { expectedValues } from '../i18n/expectedValues/expectedValues.js';
import { lazy } from '../internal/lazy.js';
import { type Ratio, ratioOf } from '../internal/ratio.js';
import { strategyModel } from './strategyModel.js';
import type { AppliedScoreOptions, BandThresholds } from './types.js';

/** The options of `scoreBerenschot`, checked, with every default filled in. */
export interface ScoreSettings {
  /** The weight of each indicator, by its position in the strategy model. */
  readonly indicatorWeights: readonly number[];
  /** The weight of each strategy factor, in strategy order. */
  readonly factorWeights: readonly number[];
  /** The share of a factor's indicator weight that must be answered. */
  readonly minCoverage: number;
  /** The lower bounds of the bands. */
  readonly bands: BandThresholds;
  /** The lead over an `onvoldoende` prerequisite from which a factor gets a sequence warning. */
  readonly sequenceGap: number;
  /** The spread between partner means from which a disagreement is reported. */
  readonly disagreementGap: number;
  /** The signal-indicator score below which a pitfall is reported. */
  readonly pitfallThreshold: number;
  /** The same weights, bounds and thresholds as exact ratios, for the exact arithmetic of the scores. */
  readonly exact: ExactSettings;
  /** The settings as a result states them (`options` of a score), frozen, shared by every score made with them. */
  readonly applied: AppliedScoreOptions;
}

/** The weights, bounds and thresholds of {@link ScoreSettings} as exact ratios. */
export interface ExactSettings {
  /** The weight of each indicator, by its position in the strategy model. */
  readonly indicatorWeights: readonly Ratio[];
  /** The weight of each strategy factor, in strategy order. */
  readonly factorWeights: readonly Ratio[];
  /** The share of a factor's indicator weight that must be answered. */
  readonly minCoverage: Ratio;
  /** The lower bounds of the bands. */
  readonly bands: { readonly voldoende: Ratio; readonly goed: Ratio };
  /** The lead over an `onvoldoende` prerequisite from which a factor gets a sequence warning. */
  readonly sequenceGap: Ratio;
  /** The spread between partner means from which a disagreement is reported. */
  readonly disagreementGap: Ratio;
  /** The signal-indicator score below which a pitfall is reported. */
  readonly pitfallThreshold: Ratio;
}

/** The largest weight of an indicator or a factor: weights are relative, and sums of them stay far from overflow. */
export const MAX_WEIGHT = 1_000_000;

/** The option names of `scoreBerenschot`. */
export const scoreOptionNames: readonly string[] = [
  'weights',
  'factorWeights',
  'minCoverage',
  'bands',
  'sequenceGap',
  'pitfallThreshold',
  'disagreementGap',
];

/**
 * No "did you mean" hint: the messages about the score options list every known name (seven options, two bands, six
 * strategy factors), and the scoring bundle stays without the edit distance of the other readers.
 */
const noHints: Suggest = () => [];

/** The message about an unknown score option (or band): the known names, without a hint. */
const unknownOption: UnknownKeyMessage = (place, key) =>
  argumentIssues.unknownOption(pathText([...place.name, key]), place.known, []);

/**
 * The hint for an unknown indicator id among the weights: the indicators of the strategy factor the id names before
 * its dot (`ambitie.konkreet` → the indicators of `ambitie`), or none when it names no factor.
 */
const sameFactor: Suggest = (key, known) => {
  const dot = key.indexOf('.');
  return dot > 0 ? known.filter((id) => id.startsWith(key.slice(0, dot + 1))) : [];
};

/**
 * Reads the options object of the scoring (`undefined` reads as no options): every key must be one of
 * {@link scoreOptionNames}; an unknown one gets an `invalid_option` issue that lists the known names.
 *
 * @param options - The options as the caller passed them.
 * @param issues - The issues of the call; the problems found are added.
 * @param path - Where the options sit in the call.
 * @returns The reader of the options, for {@link readScoreSettings}.
 */
export function readScoreOptions(
  options: unknown,
  issues: Issue[],
  path: readonly PathSegment[] = ['options'],
): FieldReader {
  const place = { path, name: [], known: scoreOptionNames, expected: expectedValues.options, optional: true } as const;
  return readObjectWith(options, { ...place, holds: 'options' }, issues, unknownOption);
}

const DEFAULT_BANDS: BandThresholds = { voldoende: 50, goed: 75 };

/** Reads the `bands` option: either bound may be left out; together they must satisfy 0 ≤ voldoende < goed ≤ 100. */
function readBands(reader: FieldReader): BandThresholds {
  const value = reader.fields.bands;
  if (value === undefined) return DEFAULT_BANDS;
  const issuesBefore = reader.issues.length;
  const bands = readObjectWith(
    value,
    {
      path: [...reader.path, 'bands'],
      name: [...reader.name, 'bands'],
      known: ['voldoende', 'goed'],
      expected: expectedValues.bands,
      optional: false,
      holds: 'options',
    },
    reader.issues,
    unknownOption,
  );
  const bound = { min: 0, max: 100, integer: false, expected: expectedValues.score };
  const read: BandThresholds = {
    voldoende: readNumberField(bands, 'voldoende', DEFAULT_BANDS.voldoende, bound),
    goed: readNumberField(bands, 'goed', DEFAULT_BANDS.goed, bound),
  };
  if (reader.issues.length > issuesBefore) return DEFAULT_BANDS;
  if (read.voldoende >= read.goed) {
    rejectField(reader, ['bands'], `voldoende ${read.voldoende}, goed ${read.goed}`, expectedValues.bandOrder());
    return DEFAULT_BANDS;
  }
  return read;
}

/** Reads the options of `scoreBerenschot` from a reader of them, filing every problem in the reader's issues. */
export function readScoreSettings(reader: FieldReader): ScoreSettings {
  const model = strategyModel();
  const indicatorWeightOverrides = readWeightsField(
    reader,
    'weights',
    model.indicatorIds,
    'indicator',
    MAX_WEIGHT,
    sameFactor,
  );
  const factorWeightOverrides = readWeightsField(
    reader,
    'factorWeights',
    model.factorIds,
    'factor',
    MAX_WEIGHT,
    noHints,
  );
  const minCoverage = readNumberField(reader, 'minCoverage', 0.5, {
    min: 0,
    max: 1,
    integer: false,
    expected: expectedValues.fraction,
  });
  const bands = readBands(reader);
  const gap = { min: 0, max: Number.MAX_VALUE, integer: false, expected: expectedValues.gap };
  const sequenceGap = readNumberField(reader, 'sequenceGap', 25, gap);
  const disagreementGap = readNumberField(reader, 'disagreementGap', 2, gap);
  const pitfallThreshold = readNumberField(reader, 'pitfallThreshold', 40, {
    min: 0,
    max: 100,
    integer: false,
    expected: expectedValues.score,
  });

  const indicatorWeights = new Array<number>(model.indicatorIds.length).fill(1);
  for (const [indicator, weight] of indicatorWeightOverrides) {
    indicatorWeights[(model.indicatorIds as readonly string[]).indexOf(indicator)] = weight;
  }
  const factorWeights = new Array<number>(model.factors.length).fill(1);
  for (const [factor, weight] of factorWeightOverrides) {
    factorWeights[(model.factorIds as readonly string[]).indexOf(factor)] = weight;
  }
  if (indicatorWeightOverrides.size > 0) {
    for (const factor of model.factors) {
      let total = 0;
      for (let at = factor.first; at < factor.end; at++) total += indicatorWeights[at] as number;
      if (total === 0) {
        const message = argumentIssues.zeroFactorWeight('weights', factor.id);
        addIssue(reader.issues, 'invalid_option', [...reader.path, 'weights'], message);
      }
    }
  }
  if (factorWeights.every((weight) => weight === 0)) {
    const message = argumentIssues.zeroFactorWeights('factorWeights');
    addIssue(reader.issues, 'invalid_option', [...reader.path, 'factorWeights'], message);
  }
  const exact: ExactSettings = {
    indicatorWeights: indicatorWeights.map(ratioOf),
    factorWeights: factorWeights.map(ratioOf),
    minCoverage: ratioOf(minCoverage),
    bands: { voldoende: ratioOf(bands.voldoende), goed: ratioOf(bands.goed) },
    sequenceGap: ratioOf(sequenceGap),
    disagreementGap: ratioOf(disagreementGap),
    pitfallThreshold: ratioOf(pitfallThreshold),
  };
  const applied: AppliedScoreOptions = Object.freeze({
    weights: Object.freeze(
      Object.fromEntries(model.indicatorIds.map((id, at) => [id, indicatorWeights[at] as number])),
    ),
    factorWeights: Object.freeze(
      Object.fromEntries(model.factorIds.map((id, at) => [id, factorWeights[at] as number])),
    ),
    minCoverage,
    bands: Object.freeze({ voldoende: bands.voldoende, goed: bands.goed }),
    sequenceGap,
    pitfallThreshold,
    disagreementGap,
  });
  return {
    indicatorWeights,
    factorWeights,
    minCoverage,
    bands,
    sequenceGap,
    disagreementGap,
    pitfallThreshold,
    exact,
    applied,
  };
}

/**
 * Reads the `scoring` option of a function that scores assessments: the options of `scoreBerenschot`, checked by
 * the same reader, with problems filed under `options.scoring`. Gives `undefined` when it is left out (the defaults)
 * or unusable.
 */
export function readScoringOption(reader: FieldReader): ScoreSettings | undefined {
  const value = reader.fields.scoring;
  if (value === undefined) return undefined;
  if (!isPlainObject(value)) {
    rejectField(reader, ['scoring'], value, expectedArguments.scoringOptions());
    return undefined;
  }
  const issues: Issue[] = [];
  const settings = readScoreSettings(readScoreOptions(value, issues, [...reader.path, 'scoring']));
  reader.issues.push(...issues);
  return issues.length === 0 ? settings : undefined;
}

/** The settings of `scoreBerenschot` without options: every default. */
export const defaultScoreSettings: () => ScoreSettings = /* @__PURE__ */ lazy(() =>
  readScoreSettings(readScoreOptions(undefined, [])),
);
