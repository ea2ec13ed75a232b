import type { SectorId } from '../catalogue/data/sectors.js';
import { sectorIds } from '../catalogue/data/sectors.js';
import type { LocalisedText } from '../catalogue/types.js';
import { messages } from '../errors/messages.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { isIsoDate, toIsoDate } from '../internal/isoDate.js';
import { advisorLabels, findingMessages } from './findingMessages.js';
import {
  copyText,
  type FieldReader,
  readBoolean,
  readChoice,
  readFields,
  readId,
  readWholeNumber,
  report,
  reportField,
  throwIssues,
} from './internal.js';

/**
 * The kind of merger: `institutioneel` (schools become one school) or `bestuurlijk` (boards hand the maintenance of
 * their schools to one legal entity).
 *
 * @category Scoring
 */
export type MergerKind = 'institutioneel' | 'bestuurlijk';

/**
 * The route a merger follows under the Fusietoets.
 *
 * - `geen-fusietoets`: no merger test applies (before 1 October 2011, or outside education);
 * - `niet-toetsplichtig`: the test exists but this merger is exempt (a merger impact report is still needed);
 * - `lichte-toets`: a light, administrative test by DUO;
 * - `inhoudelijke-toets`: a substantive test with advice from the CFTO, the minister decides;
 * - `cdho-toets`: higher education, the CDHO tests every merger;
 * - `mbo-toestemming`: mbo, every merger needs the minister's prior consent.
 *
 * @category Scoring
 */
export type FusietoetsRoute =
  | 'geen-fusietoets'
  | 'niet-toetsplichtig'
  | 'lichte-toets'
  | 'inhoudelijke-toets'
  | 'cdho-toets'
  | 'mbo-toestemming';

/**
 * The body that checks a merger or advises the minister on it.
 *
 * @category Scoring
 */
export type FusietoetsAdvisor = 'duo' | 'cfto' | 'cdho' | 'cmmbo';

/**
 * The ids of the effective-dated Fusietoets rules.
 *
 * @category Scoring
 */
export type FusietoetsRuleId =
  | 'voor-wet-fusietoets'
  | 'buiten-onderwijs'
  | 'ho-cdho'
  | 'mbo-cfto'
  | 'mbo-cmmbo'
  | 'funderend-2011'
  | 'funderend-2017'
  | 'funderend-2018'
  | 'funderend-2020';

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
 * Where a rule comes from.
 *
 * @category Scoring
 */
export interface FusietoetsSource {
  /** The law, regulation or page, as cited. */
  readonly citation: string;
  /** The address of the cited page (from the research notes, A12). */
  readonly url: string;
}

/**
 * An effective-dated rule of the Fusietoets.
 *
 * @category Scoring
 */
export interface FusietoetsRule {
  /** The id of the rule. */
  readonly id: FusietoetsRuleId;
  /** What the rule says, in a few words. */
  readonly label: LocalisedText;
  /** The first day the rule applies, `YYYY-MM-DD`; `null` when it has no start. */
  readonly effectiveFrom: string | null;
  /** The last day the rule applies, `YYYY-MM-DD`; `null` while it still applies. */
  readonly effectiveUntil: string | null;
  /** The source of the rule. */
  readonly source: FusietoetsSource;
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
  /** The effective-dated rule applied, with its source. */
  readonly rule: FusietoetsRule;
  /** The size thresholds that were compared; empty when none applies. */
  readonly thresholds: readonly FusietoetsThreshold[];
}

const LAW_START = '2011-10-01';
const REGULATION_2017 = '2017-08-01';
const LIGHT_TEST_2018 = '2018-08-01';
const LIGHT_TEST_2018_VOSABB = '2018-04-01';
const SENATE_2020 = '2020-06-16';
const PUPIL_LIMIT = 500;
const SCHOOL_LIMIT = 10;

const NALL = 'https://www.nall.nl/tijdschrift/nall/2013/04/NALL-D-13-00002';

const rules: Readonly<Record<FusietoetsRuleId, FusietoetsRule>> = {
  'voor-wet-fusietoets': {
    id: 'voor-wet-fusietoets',
    label: { nl: 'Vóór de Wet fusietoets', en: 'Before the Wet fusietoets' },
    effectiveFrom: null,
    effectiveUntil: '2011-09-30',
    source: { citation: 'Wet fusietoets in het onderwijs, Stb. 2011, 95 (in werking 1 oktober 2011)', url: NALL },
  },
  'buiten-onderwijs': {
    id: 'buiten-onderwijs',
    label: { nl: 'Buiten het onderwijs', en: 'Outside education' },
    effectiveFrom: null,
    effectiveUntil: null,
    source: { citation: 'Wet fusietoets in het onderwijs, Stb. 2011, 95', url: NALL },
  },
  'ho-cdho': {
    id: 'ho-cdho',
    label: { nl: 'Hoger onderwijs: CDHO toetst elke fusie', en: 'Higher education: the CDHO tests every merger' },
    effectiveFrom: LAW_START,
    effectiveUntil: null,
    source: {
      citation: 'DUO, Fusietoets hoger onderwijs',
      url: 'https://duo.nl/zakelijk/hoger-onderwijs/fuseren/fusietoets.jsp',
    },
  },
  'mbo-cfto': {
    id: 'mbo-cfto',
    label: { nl: 'Mbo: toestemming na advies van de CFTO', en: 'Mbo: consent after advice from the CFTO' },
    effectiveFrom: LAW_START,
    effectiveUntil: '2017-07-31',
    source: {
      citation: 'Wet fusietoets in het onderwijs, Stb. 2011, 95; Boels Zanders, Versoepeling fusietoets (2017)',
      url: 'https://www.boelszanders.nl/versoepeling-fusietoets-onderwijs-sinds-1-augustus-2017/',
    },
  },
  'mbo-cmmbo': {
    id: 'mbo-cmmbo',
    label: { nl: 'Mbo: toestemming na advies van de CMMBO', en: 'Mbo: consent after advice from the CMMBO' },
    effectiveFrom: REGULATION_2017,
    effectiveUntil: null,
    source: { citation: 'CMMBO, Fusietoets', url: 'https://www.cmmbo.nl/fusietoets/' },
  },
  'funderend-2011': {
    id: 'funderend-2011',
    label: { nl: 'Elke fusie getoetst, met CFTO-advies', en: 'Every merger tested, with CFTO advice' },
    effectiveFrom: LAW_START,
    effectiveUntil: '2017-07-31',
    source: { citation: 'Wet fusietoets in het onderwijs, Stb. 2011, 95', url: NALL },
  },
  'funderend-2017': {
    id: 'funderend-2017',
    label: {
      nl: 'Drie routes: niet toetsplichtig, lichte toets, inhoudelijke toets',
      en: 'Three routes: exempt, light test, substantive test',
    },
    effectiveFrom: REGULATION_2017,
    effectiveUntil: '2018-07-31',
    source: {
      citation: 'Regeling en beleidsregels fusietoets in het onderwijs 2017; DUO, Fusies meer gericht getoetst',
      url: 'https://duo.nl/zakelijk/voortgezet-onderwijs/nieuws/stichten-en-opheffen/fusies-meer-gericht-getoetst.jsp',
    },
  },
  'funderend-2018': {
    id: 'funderend-2018',
    label: {
      nl: 'Geen verplicht CFTO-advies: niet toetsplichtig of lichte toets',
      en: 'No mandatory CFTO advice: exempt or light test',
    },
    effectiveFrom: LIGHT_TEST_2018,
    effectiveUntil: '2020-06-15',
    source: { citation: 'CFTO, Fusietoets', url: 'https://www.cfto.nl/fusietoets' },
  },
  'funderend-2020': {
    id: 'funderend-2020',
    label: {
      nl: 'Afschaffing verworpen: de lichte toets blijft',
      en: 'Abolition rejected: the light test stays',
    },
    effectiveFrom: SENATE_2020,
    effectiveUntil: null,
    source: {
      citation: 'Eerste Kamer, stemming wetsvoorstel 35104 (16 juni 2020)',
      url: 'https://eerstekamer.nl/9370000/1/j9vvkfvj6b325az/vl9khjct9gm8',
    },
  },
};

const MERGER_FIELDS: readonly string[] = [
  'kind',
  'sector',
  'pupils',
  'schools',
  'praktijkonderwijs',
  'samenwerkingsbestuur',
  'samenwerkingsschool',
  'meetsLightTestCriteria',
];

const KINDS: readonly MergerKind[] = ['institutioneel', 'bestuurlijk'];

/** The sectors for which the sources state the size exemptions (the WPO). */
const PRIMARY_SECTORS: readonly SectorId[] = ['po', 'sbo'];

/** The sectors of special education (WEC), on which the CFTO kept advising in 2017. */
const SPECIAL_SECTORS: readonly SectorId[] = ['so', 'vso'];

const ROUTE_ORDER: readonly FusietoetsRoute[] = [
  'geen-fusietoets',
  'niet-toetsplichtig',
  'lichte-toets',
  'inhoudelijke-toets',
  'cdho-toets',
  'mbo-toestemming',
];

/** The regime of funderend onderwijs from 1 August 2017. */
type Regime = 'funderend-2017' | 'funderend-2018' | 'funderend-2020';

/** The outcome being built: route, advisor, doubts and reasons. */
interface Verdict {
  route: FusietoetsRoute;
  advisor: FusietoetsAdvisor | null;
  uncertain: boolean;
  readonly alternatives: Set<FusietoetsRoute>;
  readonly reasons: LocalisedText[];
  readonly thresholds: FusietoetsThreshold[];
}

/** A merger whose fields have been checked. */
interface CheckedMerger {
  readonly kind: MergerKind;
  readonly sector: SectorId;
  readonly pupils: number | undefined;
  readonly schools: number | undefined;
  readonly praktijkonderwijs: boolean;
  readonly samenwerkingsbestuur: boolean;
  readonly samenwerkingsschool: boolean;
  readonly meetsLightTestCriteria: boolean | undefined;
}

/** Reads the date argument as `YYYY-MM-DD`, recording an `invalid_date` issue when it is not a real date. */
function readOn(on: unknown, issues: Issue[]): string | undefined {
  if (typeof on === 'string' && isIsoDate(on)) return on;
  if (on instanceof Date && !Number.isNaN(on.getTime())) {
    const date = toIsoDate(on);
    if (isIsoDate(date)) return date;
  }
  report(issues, 'invalid_date', ['on'], messages.invalidDate(on instanceof Date ? 'Invalid Date' : on));
  return undefined;
}

/** Checks the merger's fields and their combinations. */
function readMerger(merger: unknown, issues: Issue[]): CheckedMerger | undefined {
  const reader: FieldReader = readFields(
    merger,
    ['merger'],
    MERGER_FIELDS,
    issues,
    findingMessages.allowed.merger,
    false,
  );
  const before = issues.length;
  const kind = readChoice(reader, 'kind', KINDS);
  if (reader.record.kind === undefined) reportField(reader, ['kind'], undefined, findingMessages.allowed.oneOf(KINDS));
  let sector: SectorId | undefined;
  if (reader.record.sector === undefined) {
    reportField(reader, ['sector'], undefined, findingMessages.allowed.oneOf(sectorIds));
  } else {
    sector = readId(issues, ['merger', 'sector'], reader.record.sector, sectorIds, findingMessages.lists.sector);
  }
  const pupils = readWholeNumber(reader, 'pupils', 0);
  const schools = readWholeNumber(reader, 'schools', 0);
  const praktijkonderwijs = readBoolean(reader, 'praktijkonderwijs') ?? false;
  const samenwerkingsbestuur = readBoolean(reader, 'samenwerkingsbestuur') ?? false;
  const samenwerkingsschool = readBoolean(reader, 'samenwerkingsschool') ?? false;
  const meetsLightTestCriteria = readBoolean(reader, 'meetsLightTestCriteria');
  if (kind !== undefined && sector !== undefined) {
    if (samenwerkingsbestuur && kind !== 'bestuurlijk') {
      reportField(reader, ['samenwerkingsbestuur'], true, findingMessages.allowed.samenwerkingsbestuur);
    }
    if (samenwerkingsschool && (kind !== 'institutioneel' || (sector !== 'po' && sector !== 'vo'))) {
      reportField(reader, ['samenwerkingsschool'], true, findingMessages.allowed.samenwerkingsschool);
    }
    if (praktijkonderwijs && sector !== 'vo' && sector !== 'praktijkonderwijs') {
      reportField(reader, ['praktijkonderwijs'], true, findingMessages.allowed.praktijkonderwijs);
    }
  }
  if (issues.length > before || kind === undefined || sector === undefined) return undefined;
  return {
    kind,
    sector,
    pupils,
    schools,
    praktijkonderwijs: praktijkonderwijs || sector === 'praktijkonderwijs',
    samenwerkingsbestuur,
    samenwerkingsschool,
    meetsLightTestCriteria,
  };
}

function newVerdict(route: FusietoetsRoute, advisor: FusietoetsAdvisor | null): Verdict {
  return { route, advisor, uncertain: false, alternatives: new Set(), reasons: [], thresholds: [] };
}

/** Marks the verdict uncertain, with another route a reading of the sources allows. */
function doubt(verdict: Verdict, alternative: FusietoetsRoute): void {
  verdict.uncertain = true;
  if (alternative !== verdict.route) verdict.alternatives.add(alternative);
}

/** Sets the route of a merger that is subject to the test, in the regime of the date. */
function tested(verdict: Verdict, merger: CheckedMerger, regime: Regime): void {
  if (regime !== 'funderend-2017') {
    verdict.route = 'lichte-toets';
    verdict.advisor = 'duo';
    verdict.reasons.push(findingMessages.regime2018);
    if (regime === 'funderend-2020') verdict.reasons.push(findingMessages.senate2020);
    return;
  }
  if (SPECIAL_SECTORS.includes(merger.sector)) {
    verdict.route = 'inhoudelijke-toets';
    verdict.advisor = 'cfto';
    verdict.reasons.push(findingMessages.specialEducationIn2017);
  } else if (merger.meetsLightTestCriteria === true) {
    verdict.route = 'lichte-toets';
    verdict.advisor = 'duo';
    verdict.reasons.push(findingMessages.lightCriteriaMet);
  } else {
    verdict.route = 'inhoudelijke-toets';
    verdict.advisor = 'cfto';
    if (merger.meetsLightTestCriteria === false) {
      verdict.reasons.push(findingMessages.lightCriteriaNotMet);
    } else {
      doubt(verdict, 'lichte-toets');
      verdict.reasons.push(findingMessages.lightCriteriaUnknown);
    }
  }
}

/** The verdict for funderend onderwijs from 1 August 2017, in one regime. */
function foundationVerdict(merger: CheckedMerger, regime: Regime): Verdict {
  const verdict = newVerdict('niet-toetsplichtig', null);
  if (merger.praktijkonderwijs) {
    verdict.reasons.push(findingMessages.praktijkonderwijs);
    return verdict;
  }
  if (merger.samenwerkingsbestuur) {
    verdict.reasons.push(findingMessages.samenwerkingsbestuurConflict);
    tested(verdict, merger, regime);
    doubt(verdict, 'niet-toetsplichtig');
    return verdict;
  }
  const measure = merger.kind === 'institutioneel' ? 'pupils' : 'schools';
  const limit = measure === 'pupils' ? PUPIL_LIMIT : SCHOOL_LIMIT;
  const value = measure === 'pupils' ? merger.pupils : merger.schools;
  let comparison: FusietoetsThreshold['comparison'];
  if (value === undefined) comparison = 'unknown';
  else if (value < limit) comparison = 'below';
  else comparison = value === limit ? 'at' : 'above';
  verdict.thresholds.push({ measure, limit, value: value ?? null, comparison });
  const primary = PRIMARY_SECTORS.includes(merger.sector);
  if (comparison === 'below' && primary) {
    verdict.reasons.push(findingMessages.thresholdBelow(measure, value as number, limit));
  } else {
    if (comparison === 'above') verdict.reasons.push(findingMessages.thresholdAbove(measure, value as number, limit));
    else if (comparison === 'below') {
      verdict.reasons.push(findingMessages.thresholdBelowOutsidePrimary(measure, value as number, limit));
    } else if (comparison === 'at') verdict.reasons.push(findingMessages.thresholdAt(measure, limit));
    else if (comparison === 'unknown') verdict.reasons.push(findingMessages.thresholdUnknown(measure, limit));
    if (!primary && comparison !== 'above') verdict.reasons.push(findingMessages.primaryOnlyThresholds(merger.sector));
    tested(verdict, merger, regime);
    if (comparison !== 'above') doubt(verdict, 'niet-toetsplichtig');
  }
  if (merger.samenwerkingsschool) {
    if (verdict.route === 'niet-toetsplichtig') {
      verdict.reasons.push(findingMessages.samenwerkingsschoolAgrees);
    } else {
      verdict.reasons.push(findingMessages.samenwerkingsschoolConflict);
      doubt(verdict, 'niet-toetsplichtig');
    }
  }
  if (merger.sector === 'vo' && merger.kind === 'institutioneel' && verdict.route !== 'niet-toetsplichtig') {
    verdict.reasons.push(findingMessages.catchmentAreas);
  }
  return verdict;
}

/** The verdict and rule for a checked merger on a date. */
function classify(merger: CheckedMerger, on: string): { verdict: Verdict; rule: FusietoetsRuleId } {
  if (on < LAW_START) {
    const verdict = newVerdict('geen-fusietoets', null);
    verdict.reasons.push(findingMessages.beforeLaw(on));
    return { verdict, rule: 'voor-wet-fusietoets' };
  }
  if (merger.sector === 'kinderopvang') {
    const verdict = newVerdict('geen-fusietoets', null);
    verdict.reasons.push(findingMessages.outsideEducation);
    return { verdict, rule: 'buiten-onderwijs' };
  }
  if (merger.sector === 'hbo' || merger.sector === 'wo') {
    const verdict = newVerdict('cdho-toets', 'cdho');
    verdict.reasons.push(findingMessages.higherEducation);
    return { verdict, rule: 'ho-cdho' };
  }
  if (merger.sector === 'mbo') {
    if (on < REGULATION_2017) {
      const verdict = newVerdict('mbo-toestemming', 'cfto');
      verdict.reasons.push(findingMessages.vocational(advisorLabels.cfto), findingMessages.vocationalBefore2017);
      return { verdict, rule: 'mbo-cfto' };
    }
    const verdict = newVerdict('mbo-toestemming', 'cmmbo');
    verdict.reasons.push(findingMessages.vocational(advisorLabels.cmmbo));
    return { verdict, rule: 'mbo-cmmbo' };
  }
  if (on < REGULATION_2017) {
    const verdict = newVerdict('inhoudelijke-toets', 'cfto');
    verdict.reasons.push(findingMessages.regime2011);
    return { verdict, rule: 'funderend-2011' };
  }
  let regime: Regime = 'funderend-2020';
  if (on < LIGHT_TEST_2018) regime = 'funderend-2017';
  else if (on < SENATE_2020) regime = 'funderend-2018';
  const verdict = foundationVerdict(merger, regime);
  if (regime === 'funderend-2017' && on >= LIGHT_TEST_2018_VOSABB) {
    const later = foundationVerdict(merger, 'funderend-2018');
    if (later.route !== verdict.route) {
      doubt(verdict, later.route);
      verdict.reasons.push(findingMessages.april2018(on));
    }
  }
  return { verdict, rule: regime };
}

/**
 * Classifies a school or board merger under the Fusietoets on a given date: which route it follows, who checks it,
 * and whether the sources leave the answer open.
 *
 * @remarks
 * Effective-dated rules, after the research notes (A12) and the pages they cite:
 *
 * | rule | applies | route |
 * |---|---|---|
 * | `voor-wet-fusietoets` | before 2011-10-01 | `geen-fusietoets` (Wet fusietoets, Stb. 2011, 95, in force 1 October 2011) |
 * | `buiten-onderwijs` | sector `kinderopvang` | `geen-fusietoets` (the law covers education only) |
 * | `ho-cdho` | hbo, wo, from 2011-10-01 | `cdho-toets` (DUO, fusietoets hoger onderwijs) |
 * | `mbo-cfto` / `mbo-cmmbo` | mbo, from 2011-10-01 / 2017-08-01 | `mbo-toestemming`: consent in all cases, advice by the CFTO, from 2017 the CMMBO (cmmbo.nl) |
 * | `funderend-2011` | po, sbo, so, vso, vo, pro, 2011-10-01 to 2017-07-31 | `inhoudelijke-toets` for every merger (no size exemptions yet) |
 * | `funderend-2017` | the same sectors, 2017-08-01 to 2018-07-31 | exempt, `lichte-toets` when `meetsLightTestCriteria`, else `inhoudelijke-toets`; (v)so always `inhoudelijke-toets` (Regeling fusietoets 2017; DUO) |
 * | `funderend-2018` | from 2018-08-01 | exempt or `lichte-toets` by DUO, no mandatory CFTO advice (cfto.nl) |
 * | `funderend-2020` | from 2020-06-16 | as 2018: the Senate rejected abolition (bill 35104) |
 *
 * Exemptions from 2017-08-01, in this order: praktijkonderwijs is exempt; a merger into a samenwerkingsbestuur is
 * tested per the CFTO but exempt per the Raad van State's summary of Stb. 2017, 327, so it is `uncertain`; a school
 * merger with fewer than 500 pupils or a board merger of fewer than 10 schools is exempt, more than 500 or 10 is
 * tested, exactly 500 or 10 is `uncertain` ("minder dan" at the CFTO, "meer dan" at DUO) and a missing figure is
 * `uncertain`. The sources state the size exemptions for primary education (po, sbo) only, so for vo, so and vso a
 * merger below a threshold is treated as tested and marked `uncertain`. A samenwerkingsschool that the ordinary rules
 * would test is `uncertain` (the Raad van State's summary says the 2017 law abolished the test for it). From
 * 2018-04-01 to 2018-07-31 the result is `uncertain` when the 2018 route differs (VOS/ABB dates the light test from
 * April 2018). An uncertain result gives the testing reading as `route` and the other readings as `alternatives`.
 *
 * @param merger - The merger: its kind, sector and, where they matter, its size and special cases; it is not changed.
 * @param on - The date, as a `YYYY-MM-DD` string or a `Date` (read by its local calendar date); no clock is read.
 * @returns A new object with the route, the advisor, whether it is uncertain and what else it could be, the reasons,
 *   the rule applied with its source, and the thresholds compared.
 * @throws {SamenwerkingError} `invalid_option` when the merger is not an object, has an unknown field, lacks `kind` or
 *   `sector`, has a negative or fractional `pupils` or `schools`, a flag that is not a boolean, or a flag that does
 *   not fit the kind or sector (a samenwerkingsbestuur needs a board merger, a samenwerkingsschool a school merger in
 *   po or vo, praktijkonderwijs the sector vo). Every problem is listed.
 * @throws {SamenwerkingError} `unknown_id` when `sector` is not a catalogue sector; the message suggests the closest.
 * @throws {SamenwerkingError} `invalid_date` when `on` is not an existing `YYYY-MM-DD` date or a valid `Date`.
 *
 * @example
 * ```ts
 * const result = classifyFusietoets({ kind: 'institutioneel', sector: 'po', pupils: 420 }, '2026-03-15');
 * result.route;
 * //=> 'niet-toetsplichtig'
 * result.rule.id;
 * //=> 'funderend-2020'
 * classifyFusietoets({ kind: 'bestuurlijk', sector: 'po', schools: 10 }, '2026-03-15').uncertain;
 * //=> true
 * classifyFusietoets({ kind: 'bestuurlijk', sector: 'po', schools: 4 }, '2011-09-30').route;
 * //=> 'geen-fusietoets'
 * ```
 * @category Scoring
 */
export function classifyFusietoets(merger: FusietoetsMerger, on: Date | string): FusietoetsClassification {
  const issues: Issue[] = [];
  const checked = readMerger(merger, issues);
  const date = readOn(on, issues);
  throwIssues(issues);
  const valid = checked as CheckedMerger;
  const day = date as string;
  const { verdict, rule } = classify(valid, day);
  if (verdict.route !== 'geen-fusietoets') verdict.reasons.push(findingMessages.ferAlways);
  return {
    on: day,
    kind: valid.kind,
    sector: valid.sector,
    route: verdict.route,
    advisor: verdict.advisor,
    uncertain: verdict.uncertain,
    alternatives: ROUTE_ORDER.filter((route) => verdict.alternatives.has(route)),
    ferRequired: verdict.route !== 'geen-fusietoets',
    reasons: verdict.reasons.map(copyText),
    rule: { ...rules[rule], source: { ...rules[rule].source } },
    thresholds: verdict.thresholds,
  };
}
