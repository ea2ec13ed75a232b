import {
  readBooleanField,
  readCatalogueId,
  readChoiceField,
  readDateArgument,
  readObject,
  readWholeNumberField,
  rejectField,
  throwIfIssues,
} from '../arguments/argumentReader.js';
import type { SectorId } from '../catalogue/ids/sectors.js';
import { sectorIds } from '../catalogue/ids/sectors.js';
import type { FusietoetsRoute, FusietoetsRule } from '../catalogue/types.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { copyText } from '../i18n/copyText.js';
import { expectedArguments } from '../i18n/expectedArguments/expectedArguments.js';
import { fusietoetsFindings } from '../i18n/fusietoetsFindings/fusietoetsFindings.js';
import type { FusietoetsClassification, FusietoetsMerger, MergerKind } from './fusietoetsClassification.js';
import { type CheckedMerger, ruleOn, verdictOn } from './fusietoetsVerdict.js';

export type { FusietoetsAdvisor, FusietoetsRoute, FusietoetsRule, FusietoetsRuleId } from '../catalogue/types.js';

export type * from './fusietoetsClassification.js';

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

const ROUTE_ORDER: readonly FusietoetsRoute[] = [
  'geen-fusietoets',
  'niet-toetsplichtig',
  'lichte-toets',
  'inhoudelijke-toets',
  'cdho-toets',
  'mbo-toestemming',
];

/** A copy of a catalogue rule, so that a caller who changes the result cannot change the catalogue. */
function copyRule(rule: FusietoetsRule): FusietoetsRule {
  return {
    ...rule,
    label: copyText(rule.label),
    sectors: [...rule.sectors],
    cftoAdviceSectors: [...rule.cftoAdviceSectors],
    sources: rule.sources.map((source) => ({ ...source })),
  };
}

/** Checks the merger's fields and their combinations. */
function readMerger(merger: unknown, issues: Issue[]): CheckedMerger | undefined {
  const reader = readObject(
    merger,
    {
      path: ['merger'],
      name: ['merger'],
      known: MERGER_FIELDS,
      expected: fusietoetsFindings.expectedMerger,
      optional: false,
      holds: 'fields',
    },
    issues,
  );
  const before = issues.length;
  const kind = readChoiceField(reader, 'kind', KINDS);
  if (reader.fields.kind === undefined)
    rejectField(reader, ['kind'], undefined, expectedArguments.optionalOneOf(KINDS));
  let sector: SectorId | undefined;
  if (reader.fields.sector === undefined) {
    rejectField(reader, ['sector'], undefined, expectedArguments.optionalOneOf(sectorIds));
  } else {
    sector = readCatalogueId(issues, ['merger', 'sector'], reader.fields.sector, sectorIds, 'sectors');
  }
  const pupils = readWholeNumberField(reader, 'pupils', 0);
  const schools = readWholeNumberField(reader, 'schools', 0);
  const praktijkonderwijs = readBooleanField(reader, 'praktijkonderwijs') ?? false;
  const samenwerkingsbestuur = readBooleanField(reader, 'samenwerkingsbestuur') ?? false;
  const samenwerkingsschool = readBooleanField(reader, 'samenwerkingsschool') ?? false;
  const meetsLightTestCriteria = readBooleanField(reader, 'meetsLightTestCriteria');
  if (kind !== undefined && sector !== undefined) {
    if (samenwerkingsbestuur && kind !== 'bestuurlijk') {
      rejectField(reader, ['samenwerkingsbestuur'], true, fusietoetsFindings.expectedSamenwerkingsbestuur());
    }
    if (samenwerkingsschool && (kind !== 'institutioneel' || (sector !== 'po' && sector !== 'vo'))) {
      rejectField(reader, ['samenwerkingsschool'], true, fusietoetsFindings.expectedSamenwerkingsschool());
    }
    if (praktijkonderwijs && sector !== 'vo' && sector !== 'praktijkonderwijs') {
      rejectField(reader, ['praktijkonderwijs'], true, fusietoetsFindings.expectedPraktijkonderwijs());
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

/**
 * Classifies a school or board merger under the Fusietoets on a given date: which route it follows, who checks it,
 * and whether the sources leave the answer open.
 *
 * @remarks
 * Effective-dated rules, kept as cited data in the catalogue (`fusietoetsRules`, `fusietoetsSizeLimits`,
 * `fusietoetsDisputes`, with their sources in `catalogue.sources`):
 *
 * | rule | applies | route |
 * |---|---|---|
 * | `voor-wet-fusietoets` | before 2011-10-01 | `geen-fusietoets` (Wet fusietoets, Stb. 2011, 95, in force 1 October 2011) |
 * | `buiten-onderwijs` | sector `kinderopvang` | `geen-fusietoets` (the law covers education only) |
 * | `ho-cdho` | hbo, wo, from 2011-10-01 | `cdho-toets` (DUO, fusietoets hoger onderwijs) |
 * | `mbo-cfto` / `mbo-cmmbo` | mbo, from 2011-10-01 / 2017-08-01 | `mbo-toestemming`: consent in all cases, advice by the CFTO, from 2017 the CMMBO (cmmbo.nl) |
 * | `funderend-2011` | po, sbo, so, vso, vo, pro, 2011-10-01 to 2017-07-31 | `inhoudelijke-toets` (no size exemptions yet); in po and sbo `uncertain` with `niet-toetsplichtig` as alternative: the act had exceptions there that the sources do not spell out |
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
 *   the rule applied with its sources, and the thresholds compared.
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
  const date = readDateArgument(on, ['on'], issues);
  throwIfIssues(issues);
  const valid = checked as CheckedMerger;
  const day = date as string;
  const rule = ruleOn(valid.sector, day);
  const verdict = verdictOn(valid, day, rule);
  if (verdict.route !== 'geen-fusietoets') verdict.reasons.push(fusietoetsFindings.ferAlways());
  return {
    on: day,
    kind: valid.kind,
    sector: valid.sector,
    route: verdict.route,
    advisor: verdict.advisor,
    uncertain: verdict.uncertain,
    alternatives: ROUTE_ORDER.filter((route) => verdict.alternatives.has(route)),
    ferRequired: verdict.route !== 'geen-fusietoets',
    reasons: verdict.reasons,
    rule: copyRule(rule),
    thresholds: verdict.thresholds,
  };
}
