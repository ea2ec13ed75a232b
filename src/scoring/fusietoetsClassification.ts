/**
 * The shapes of a Fusietoets classification: the merger asked about, the thresholds compared, and the result.
 *
 * @module
 */
import type { SectorId } from '../catalogue/ids/sectors.js';
import type { FusietoetsAdvisor, FusietoetsRoute, FusietoetsRule } from '../catalogue/types.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';

/**
 * The kind of merger: `institutioneel` (schools become one school) or `bestuurlijk` (boards hand the maintenance of
 * their schools to one legal entity).
 *
 * @category Scoring
 */
export type MergerKind = 'institutioneel' | 'bestuurlijk';

/**
 * A merger to classify. Only `kind` and `sector` are required; the other fields decide the route from 1 August 2017.
 *
 * @category Scoring
 */
export interface FusietoetsMerger {
  /** The kind of merger. */
  readonly kind: MergerKind;
  /** The education sector of the schools, a catalogue sector id. */
  readonly sector: SectorId;
  /** The total number of pupils of the schools that merge (decides an institutional merger); whole, 0 or more. */
  readonly pupils?: number | undefined;
  /** The number of schools of the boards that merge (decides a board merger); whole, 0 or more. */
  readonly schools?: number | undefined;
  /** Whether the merger concerns a school for praktijkonderwijs (implied by the sector `praktijkonderwijs`). */
  readonly praktijkonderwijs?: boolean | undefined;
  /** Whether boards merge into a samenwerkingsbestuur (a joint board of public and denominational schools). */
  readonly samenwerkingsbestuur?: boolean | undefined;
  /** Whether schools merge into a samenwerkingsschool (WPO art. 17d: public and denominational in one school). */
  readonly samenwerkingsschool?: boolean | undefined;
  /**
   * Whether the merger meets one of the 2017 criteria for the administrative test (a pupil decline of 15% or more in
   * 5 years, size and market share limits, a single-school board joining); only used from 1 August 2017 to 31 July
   * 2018.
   */
  readonly meetsLightTestCriteria?: boolean | undefined;
}

/**
 * A size threshold that decided (or could not decide) the route.
 *
 * @category Scoring
 */
export interface FusietoetsThreshold {
  /** What is counted: the pupils of a school merger or the schools of a board merger. */
  readonly measure: 'pupils' | 'schools';
  /** The threshold: 500 pupils or 10 schools. */
  readonly limit: number;
  /** The merger's figure, or `null` when it was not given. */
  readonly value: number | null;
  /** How the figure compares with the threshold; `at` and `unknown` make the result uncertain. */
  readonly comparison: 'below' | 'at' | 'above' | 'unknown';
}

/**
 * The route a merger follows on a date, with the rule applied and the reasons.
 *
 * @category Scoring
 */
export interface FusietoetsClassification {
  /** The date classified, `YYYY-MM-DD`. */
  readonly on: string;
  /** The kind of merger. */
  readonly kind: MergerKind;
  /** The sector of the merger. */
  readonly sector: SectorId;
  /** The route; when `uncertain`, the more careful reading (the one that tests). */
  readonly route: FusietoetsRoute;
  /** The body that checks or advises, or `null` when nobody does. */
  readonly advisor: FusietoetsAdvisor | null;
  /** Whether the sources leave the route open (a boundary case, conflicting sources, or missing figures). */
  readonly uncertain: boolean;
  /** The other routes a reading of the sources allows; empty when the route is certain. */
  readonly alternatives: readonly FusietoetsRoute[];
  /** Whether a merger impact report (fusie-effectrapportage, FER) with the participation council's say is needed. */
  readonly ferRequired: boolean;
  /** Why, in Dutch and English, one sentence each. */
  readonly reasons: readonly LocalisedText[];
  /** The effective-dated rule applied, with its sources (a copy of the catalogue's rule). */
  readonly rule: FusietoetsRule;
  /** The size thresholds that were compared; empty when none applies. */
  readonly thresholds: readonly FusietoetsThreshold[];
}
