import {
  type FieldReader,
  isPlainObject,
  readNumberField,
  readOptions,
  rejectField,
  throwIfIssues,
} from '../arguments/argumentReader.js';
import { factors as catalogueFactors } from '../catalogue/data/factors.js';
import { reasons as catalogueReasons } from '../catalogue/data/reasons.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import { CATALOGUE_EDITION } from '../catalogue/edition.js';
import type { FactorId } from '../catalogue/ids/factors.js';
import { factorCategories, factorIds } from '../catalogue/ids/factors.js';
import type { ReasonId } from '../catalogue/ids/reasons.js';
import type { Factor, FactorCategory } from '../catalogue/types.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { balanceFindings } from '../i18n/balanceFindings/balanceFindings.js';
import { catalogueIdIssues } from '../i18n/catalogueIdIssues/catalogueIdIssues.js';
import { copyText } from '../i18n/copyText.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { freezeBuilt } from '../internal/deepFreeze.js';
import { lazy } from '../internal/lazy.js';
import { markParsed } from '../internal/parsed.js';
import {
  add,
  compare,
  divide,
  isZero,
  multiply,
  type Ratio,
  ratio,
  ratioOf,
  toNumber,
  ZERO,
} from '../internal/ratio.js';
import { suggestIds } from '../internal/suggest.js';
import { acceptsCollaboration } from '../schema/acceptors.js';
import type {
  CategoryBalance,
  FactorBalance,
  LikelyReason,
  Obstacle,
  ReasonEvidence,
  StrategyFactorBalance,
  WeighedFactor,
} from '../schema/FactorBalance.js';
import type { Collaboration } from '../schema/types.js';
import { readInput } from './readInput.js';

/**
 * The options of {@link balanceFactors}. Every option may be left out or set to `undefined` for its default.
 *
 * @category Scoring
 */
export interface BalanceFactorsOptions {
  /** The weight of a bevorderende or belemmerende factor, keyed by factor id; 0 to 1,000,000; default the catalogue's. */
  readonly weights?: Readonly<Partial<Record<FactorId, number | undefined>>> | undefined;
  /** How many obstacles `strongestObstacles` lists at most; a whole number of 0 or more, default 3. */
  readonly maxObstacles?: number | undefined;
}

export type {
  AppliedBalanceOptions,
  CategoryBalance,
  FactorBalance,
  LikelyReason,
  Obstacle,
  ReasonEvidence,
  StrategyFactorBalance,
  WeighedFactor,
} from '../schema/FactorBalance.js';

const OPTION_NAMES: readonly string[] = ['weights', 'maxObstacles'];
const MAX_WEIGHT = 1_000_000;

/** The domains in the order the balance lists them. */
const CATEGORIES: readonly FactorCategory[] = factorCategories;

/** The catalogue facts the balance needs, built once, on first use. */
interface BalanceModel {
  readonly byId: ReadonlyMap<string, Factor>;
  readonly position: ReadonlyMap<string, number>;
}

const balanceModel = /* @__PURE__ */ lazy(
  (): BalanceModel => ({
    byId: new Map(catalogueFactors.map((factor) => [factor.id as string, factor])),
    position: new Map(catalogueFactors.map((factor, index) => [factor.id as string, index])),
  }),
);

/**
 * The share of promoting weight in the total, from 0 to 100: `100 × promoting / (promoting + hindering)`, `null`
 * when both are 0.
 *
 * @remarks
 * Computed on the exact sums (see `internal/ratio.ts`) and rounded once, so an outlook that is exactly 50 is 50, and
 * the outlook never drops when a promoting weight grows (nor rises when a hindering weight grows), even in the last
 * bit: exact division is monotone, and so is rounding.
 */
function outlookOf(promoting: Ratio, hindering: Ratio): number | null {
  const total = add(promoting, hindering);
  if (isZero(total)) return null;
  return toNumber(divide(multiply(ratio(100), promoting), total));
}

/** The exact contribution of an observation: strength × weight. */
function contributionOf(observation: WeighedFactor): Ratio {
  return multiply(ratio(observation.strength), ratioOf(observation.weight));
}

/** Reads `options.weights`: factor ids as keys, weights from 0 to 1,000,000 as values. */
function readFactorWeights(reader: FieldReader): ReadonlyMap<string, number> {
  const weights = new Map<string, number>();
  const value = reader.fields.weights;
  if (value === undefined) return weights;
  if (!isPlainObject(value)) {
    rejectField(reader, ['weights'], value, balanceFindings.expectedWeights());
    return weights;
  }
  for (const key of Object.keys(value)) {
    const weight = value[key];
    if (!(factorIds as readonly string[]).includes(key)) {
      reader.issues.push({
        code: 'unknown_id',
        path: ['options', 'weights', key],
        message: catalogueIdIssues.unknownId('factors', key, suggestIds(key, factorIds), factorIds),
      });
    } else if (typeof weight === 'number' && Number.isFinite(weight) && weight >= 0 && weight <= MAX_WEIGHT) {
      weights.set(key, weight);
    } else if (weight !== undefined) {
      rejectField(reader, ['weights', key], weight, balanceFindings.expectedWeight());
    }
  }
  return weights;
}

/** Sums promoting and hindering contributions of a group of observations, exactly. */
function tally(observations: readonly WeighedFactor[]): {
  promoting: number;
  hindering: number;
  outlook: number | null;
  summary: LocalisedText;
  exactHindering: Ratio;
} {
  let promoting = ZERO;
  let hindering = ZERO;
  for (const observation of observations) {
    if (observation.polarity === 'bevorderend') promoting = add(promoting, contributionOf(observation));
    else hindering = add(hindering, contributionOf(observation));
  }
  const outlook = outlookOf(promoting, hindering);
  const sums = { promoting: toNumber(promoting), hindering: toNumber(hindering) };
  return {
    ...sums,
    outlook,
    summary: balanceFindings.summary(sums.promoting, sums.hindering, outlook),
    exactHindering: hindering,
  };
}

/** The reasons for not collaborating that the observations point to, strongest evidence first. */
function likelyReasonsOf(observed: ReadonlyMap<string, WeighedFactor>): LikelyReason[] {
  const found: LikelyReason[] = [];
  const totals = new Map<ReasonId, Ratio>();
  for (const reason of catalogueReasons) {
    const evidence: ReasonEvidence[] = [];
    for (const factor of reason.factors) {
      const observation = observed.get(factor);
      if (observation === undefined) continue;
      const present = observation.polarity === 'belemmerend' && observation.strength >= 1;
      const absent = observation.polarity === 'bevorderend' && observation.strength === 0;
      if (!present && !absent) continue;
      const evidenceWeight = present ? observation.contribution : 3 * observation.weight;
      if (evidenceWeight === 0) continue;
      evidence.push({
        factor,
        label: copyText(observation.label),
        signal: present ? 'present' : 'absent',
        strength: observation.strength,
        weight: observation.weight,
        evidenceWeight,
        explanation: present
          ? balanceFindings.presentObstacle(observation.label, observation.strength, observation.weight, evidenceWeight)
          : balanceFindings.absentPromoter(observation.label, observation.weight, evidenceWeight),
      });
    }
    if (evidence.length === 0) continue;
    let exact = ZERO;
    for (const item of evidence) {
      const present = item.signal === 'present';
      exact = add(exact, multiply(ratio(present ? item.strength : 3), ratioOf(item.weight)));
    }
    const total = toNumber(exact);
    totals.set(reason.id, exact);
    found.push({
      reason: reason.id,
      label: copyText(reason.label),
      evidenceWeight: total,
      evidence,
      explanation: balanceFindings.reasonExplanation(
        evidence.map((item) => item.explanation),
        total,
      ),
    });
  }
  // Array.prototype.sort is stable, so equal weights keep the catalogue order of the reasons.
  return found.sort((left, right) => compare(totals.get(right.reason) as Ratio, totals.get(left.reason) as Ratio));
}

/**
 * Weighs the observed bevorderende (promoting) against the belemmerende (hindering) factors of a collaboration, per
 * domain and per strategy factor, and names the strongest obstacles and the likely reasons for not collaborating.
 *
 * @remarks
 * promoting = Σ strength × weight over the observed bevorderende factors, hindering likewise over the belemmerende
 * ones, with the catalogue `weight` unless `options.weights` overrides it; outlook = 100 × promoting / (promoting +
 * hindering), `null` when both are 0 (nothing observed above strength 0, or only weight 0). The same formula runs per
 * domain (`category`) and per strategy factor, where a factor counts in full for every strategy factor it bears on
 * (so the six sums together exceed the totals). Strongest obstacles: belemmerende observations with a contribution
 * above 0, by strength × weight, heaviest first, ties in catalogue order. Likely reasons (DOMAIN 4.6): a reason's
 * evidence is each of its belemmerende factors observed at strength 1 or more (weighing strength × weight) and each of
 * its bevorderende factors observed at strength 0 (weighing 3 × weight: the full scale is missing); a reason with
 * evidence is listed, by total evidence weight, heaviest first, ties in catalogue order. Factors that were not
 * observed count nowhere.
 *
 * @param collaboration - The collaboration, as parsed by `parseCollaboration`; only `id` and `factors` are read, and
 *   nothing is changed. Any other value is checked first: a valid collaboration built by hand is used, anything else
 *   refused.
 * @param options - The factor weights and the number of obstacles to list.
 * @returns A new, deeply frozen stored result (`kind: 'factor-balance'`, `schemaVersion: 1`, the catalogue `edition`
 *   and the `options` used) with the totals and outlook, the observations, the balance per domain and per strategy
 *   factor, the strongest obstacles, the likely reasons, and the formula and outcome in words.
 * @throws {SamenwerkingError} `invalid_option` when an option is unknown, a weight is not a number from 0 to
 *   1,000,000, or `maxObstacles` is not a whole number of 0 or more.
 * @throws {SamenwerkingError} `unknown_id` when `options.weights` names a factor that is not in the catalogue; the
 *   message suggests the closest ids.
 * @throws {SamenwerkingError} `invalid_argument` when `collaboration` is not a valid collaboration (the message says
 *   what it is; `parseCollaboration` lists each problem).
 *
 * @example
 * ```ts
 * const balance = balanceFactors({
 *   kind: 'collaboration',
 *   schemaVersion: 1,
 *   id: 'regio-west',
 *   name: 'Regio West',
 *   themes: ['krimp'],
 *   form: 'convenant',
 *   partners: [
 *     { id: 'noord', name: 'Bestuur Noord', type: 'schoolbestuur' },
 *     { id: 'zuid', name: 'Bestuur Zuid', type: 'schoolbestuur' },
 *   ],
 *   factors: [
 *     { factor: 'ervaren-urgentie', strength: 3 },
 *     { factor: 'bevlogenheid-inhoudelijk-doel', strength: 3 },
 *     { factor: 'concurrentiedenken', strength: 1 },
 *     { factor: 'gedeelde-visie', strength: 0 },
 *   ],
 * });
 * [balance.promoting, balance.hindering, balance.outlook];
 * //=> [6, 2, 75]
 * balance.strongestObstacles.map((obstacle) => obstacle.factor);
 * //=> ['concurrentiedenken']
 * balance.likelyReasons.map((reason) => [reason.reason, reason.evidenceWeight]);
 * //=> [['geen-gezamenlijke-ambitie', 3], ['niet-op-netvlies', 2], ['niet-willen', 2]]
 * ```
 * @category Scoring
 */
export function balanceFactors(collaboration: Collaboration, options?: BalanceFactorsOptions): FactorBalance {
  const issues: Issue[] = [];
  const checked = readInput<Collaboration>(
    collaboration,
    'collaboration',
    'collaboration',
    acceptsCollaboration,
    issues,
  );
  const reader = readOptions(options, OPTION_NAMES, issues);
  const weightOverrides = readFactorWeights(reader);
  const maxObstacles = readNumberField(reader, 'maxObstacles', 3, {
    min: 0,
    max: Number.MAX_SAFE_INTEGER,
    integer: true,
    expected: () => expectedArguments.optionalWholeNumberFrom(0),
  });
  throwIfIssues(issues);
  const document = checked as Collaboration;

  const model = balanceModel();
  const observations: WeighedFactor[] = (document.factors ?? [])
    .map((observation): WeighedFactor => {
      const factor = model.byId.get(observation.factor) as Factor;
      const weight = weightOverrides.get(factor.id) ?? factor.weight;
      return {
        factor: factor.id,
        label: copyText(factor.label),
        polarity: factor.polarity,
        category: factor.category,
        strategyFactors: [...factor.strategyFactors],
        strength: observation.strength,
        weight,
        contribution: observation.strength * weight,
      };
    })
    .sort((left, right) => (model.position.get(left.factor) as number) - (model.position.get(right.factor) as number));

  const total = tally(observations);
  const categories = CATEGORIES.map((category): CategoryBalance => {
    const members = observations.filter((observation) => observation.category === category);
    const { promoting, hindering, outlook, summary } = tally(members);
    const label = balanceFindings.category(category);
    const factors = members.map((observation) => observation.factor);
    return { category, label, promoting, hindering, outlook, factors, summary };
  });
  const strategy = strategyFactors.map((strategyFactor): StrategyFactorBalance => {
    const members = observations.filter((observation) => observation.strategyFactors.includes(strategyFactor.id));
    const { promoting, hindering, outlook, summary } = tally(members);
    return {
      strategyFactor: strategyFactor.id,
      label: copyText(strategyFactor.label),
      promoting,
      hindering,
      outlook,
      factors: members.map((observation) => observation.factor),
      summary,
    };
  });
  const strongestObstacles = observations
    .filter((observation) => observation.polarity === 'belemmerend' && observation.contribution > 0)
    .sort((left, right) => compare(contributionOf(right), contributionOf(left)))
    .slice(0, maxObstacles)
    .map((observation): Obstacle => {
      const share = toNumber(divide(multiply(ratio(100), contributionOf(observation)), total.exactHindering));
      return {
        factor: observation.factor,
        label: copyText(observation.label),
        category: observation.category,
        strength: observation.strength,
        weight: observation.weight,
        contribution: observation.contribution,
        share,
        explanation: balanceFindings.obstacleExplanation(
          observation.strength,
          observation.weight,
          observation.contribution,
          share,
        ),
      };
    });
  const observed = new Map(observations.map((observation) => [observation.factor as string, observation]));

  return markParsed(
    freezeBuilt({
      kind: 'factor-balance',
      schemaVersion: 1,
      edition: CATALOGUE_EDITION,
      collaboration: document.id,
      promoting: total.promoting,
      hindering: total.hindering,
      outlook: total.outlook,
      observations,
      categories,
      strategyFactors: strategy,
      strongestObstacles,
      likelyReasons: likelyReasonsOf(observed),
      explanation: { formula: balanceFindings.formula(), summary: total.summary },
      options: { weights: Object.fromEntries(weightOverrides), maxObstacles },
    }),
  );
}
