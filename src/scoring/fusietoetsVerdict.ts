/**
 * The route of a checked merger on a date, from the dated Fusietoets rules in the catalogue: which rule applies,
 * and, for funderend onderwijs from 2017, which route the merger's size and special cases lead to and where the
 * sources leave it open. Every date and threshold comes from the catalogue data; none is written here.
 */
import { fusietoetsDisputes, fusietoetsRules, fusietoetsSizeLimits } from '../catalogue/data/fusietoets.js';
import type { SectorId } from '../catalogue/ids/sectors.js';
import type { FusietoetsAdvisor, FusietoetsRoute, FusietoetsRule, FusietoetsRuleId } from '../catalogue/types.js';
import { fusietoetsFindings } from '../i18n/fusietoetsFindings/fusietoetsFindings.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { lazy } from '../internal/lazy.js';
import type { FusietoetsThreshold, MergerKind } from './fusietoetsClassification.js';

/** A merger whose fields have been checked. */
export interface CheckedMerger {
  readonly kind: MergerKind;
  readonly sector: SectorId;
  readonly pupils: number | undefined;
  readonly schools: number | undefined;
  readonly praktijkonderwijs: boolean;
  readonly samenwerkingsbestuur: boolean;
  readonly samenwerkingsschool: boolean;
  readonly meetsLightTestCriteria: boolean | undefined;
}

/** The outcome being built: route, advisor, doubts and reasons. */
export interface Verdict {
  route: FusietoetsRoute;
  advisor: FusietoetsAdvisor | null;
  uncertain: boolean;
  readonly alternatives: Set<FusietoetsRoute>;
  readonly reasons: LocalisedText[];
  readonly thresholds: FusietoetsThreshold[];
}

const ruleById = /* @__PURE__ */ lazy(() => new Map(fusietoetsRules.map((rule) => [rule.id, rule])));

/** The first day of a rule. */
function startOf(id: FusietoetsRuleId): string {
  return (ruleById().get(id) as FusietoetsRule).effectiveFrom as string;
}

/** The rule that covers a sector on a date: the first in catalogue order whose sectors and dates fit. */
export function ruleOn(sector: SectorId, on: string): FusietoetsRule {
  return fusietoetsRules.find(
    (rule) =>
      (rule.sectors.length === 0 || rule.sectors.includes(sector)) &&
      (rule.effectiveFrom === null || rule.effectiveFrom <= on) &&
      (rule.effectiveUntil === null || on <= rule.effectiveUntil),
  ) as FusietoetsRule;
}

function newVerdict(route: FusietoetsRoute, advisor: FusietoetsAdvisor | null): Verdict {
  return { route, advisor, uncertain: false, alternatives: new Set(), reasons: [], thresholds: [] };
}

/** Marks the verdict uncertain, with another route a reading of the sources allows. */
function doubt(verdict: Verdict, alternative: FusietoetsRoute): void {
  verdict.uncertain = true;
  if (alternative !== verdict.route) verdict.alternatives.add(alternative);
}

/** The reasons of a rule whose route is the same for every merger it covers. */
function fixedReasons(rule: FusietoetsRule, on: string): LocalisedText[] {
  const regulationStart = startOf('funderend-2017');
  switch (rule.id) {
    case 'voor-wet-fusietoets':
      return [fusietoetsFindings.beforeLaw(on, startOf('funderend-2011'))];
    case 'buiten-onderwijs':
      return [fusietoetsFindings.outsideEducation()];
    case 'ho-cdho':
      return [fusietoetsFindings.higherEducation(regulationStart)];
    case 'mbo-cfto':
      return [
        fusietoetsFindings.vocational(fusietoetsFindings.advisor('cfto')),
        fusietoetsFindings.vocationalBeforeRegulation(regulationStart),
      ];
    case 'mbo-cmmbo':
      return [fusietoetsFindings.vocational(fusietoetsFindings.advisor('cmmbo'))];
    default:
      return [fusietoetsFindings.regime2011(startOf('funderend-2011'), regulationStart)];
  }
}

/** Sets the route of a merger that is subject to the test, under one of the rules from 2017. */
function tested(verdict: Verdict, merger: CheckedMerger, rule: FusietoetsRule): void {
  const regulationStart = startOf('funderend-2017');
  if (rule.id !== 'funderend-2017') {
    verdict.route = 'lichte-toets';
    verdict.advisor = 'duo';
    verdict.reasons.push(fusietoetsFindings.regime2018(startOf('funderend-2018')));
    if (rule.id === 'funderend-2020') verdict.reasons.push(fusietoetsFindings.senate(startOf('funderend-2020')));
    return;
  }
  if (rule.cftoAdviceSectors.includes(merger.sector)) {
    verdict.route = 'inhoudelijke-toets';
    verdict.advisor = 'cfto';
    verdict.reasons.push(fusietoetsFindings.specialEducation(regulationStart));
  } else if (merger.meetsLightTestCriteria === true) {
    verdict.route = 'lichte-toets';
    verdict.advisor = 'duo';
    verdict.reasons.push(fusietoetsFindings.lightCriteriaMet(regulationStart));
  } else {
    verdict.route = 'inhoudelijke-toets';
    verdict.advisor = 'cfto';
    if (merger.meetsLightTestCriteria === false) {
      verdict.reasons.push(fusietoetsFindings.lightCriteriaNotMet(regulationStart));
    } else {
      doubt(verdict, 'lichte-toets');
      verdict.reasons.push(fusietoetsFindings.lightCriteriaUnknown(regulationStart, startOf('funderend-2018')));
    }
  }
}

/** Compares the merger's size with the limit of its kind; records the comparison. */
function compareSize(verdict: Verdict, merger: CheckedMerger): FusietoetsThreshold {
  const size = fusietoetsSizeLimits.find(
    (limit) => limit.kind === merger.kind,
  ) as (typeof fusietoetsSizeLimits)[number];
  const value = size.measure === 'pupils' ? merger.pupils : merger.schools;
  let comparison: FusietoetsThreshold['comparison'];
  if (value === undefined) comparison = 'unknown';
  else if (value < size.limit) comparison = 'below';
  else comparison = value === size.limit ? 'at' : 'above';
  const threshold: FusietoetsThreshold = { measure: size.measure, limit: size.limit, value: value ?? null, comparison };
  verdict.thresholds.push(threshold);
  return threshold;
}

/** The reason a size comparison gives. */
function sizeReason(threshold: FusietoetsThreshold, primary: boolean): LocalisedText {
  const { measure, limit, value, comparison } = threshold;
  if (comparison === 'below') {
    return primary
      ? fusietoetsFindings.thresholdBelow(measure, value as number, limit)
      : fusietoetsFindings.thresholdBelowOutsidePrimary(measure, value as number, limit);
  }
  if (comparison === 'above') return fusietoetsFindings.thresholdAbove(measure, value as number, limit);
  if (comparison === 'at') return fusietoetsFindings.thresholdAt(measure, limit);
  return fusietoetsFindings.thresholdUnknown(measure, limit);
}

/** The verdict for funderend onderwijs under one of the rules from 2017. */
function foundationVerdict(merger: CheckedMerger, rule: FusietoetsRule): Verdict {
  const verdict = newVerdict('niet-toetsplichtig', null);
  if (merger.praktijkonderwijs) {
    verdict.reasons.push(fusietoetsFindings.praktijkonderwijs(startOf('funderend-2017')));
    return verdict;
  }
  if (merger.samenwerkingsbestuur) {
    verdict.reasons.push(fusietoetsFindings.samenwerkingsbestuurConflict());
    tested(verdict, merger, rule);
    doubt(verdict, 'niet-toetsplichtig');
    return verdict;
  }
  const threshold = compareSize(verdict, merger);
  const primary = (
    fusietoetsSizeLimits.find((limit) => limit.measure === threshold.measure) as (typeof fusietoetsSizeLimits)[number]
  ).sectors.includes(merger.sector);
  verdict.reasons.push(sizeReason(threshold, primary));
  if (threshold.comparison !== 'below' || !primary) {
    if (!primary && threshold.comparison !== 'above') {
      verdict.reasons.push(fusietoetsFindings.primaryOnlyThresholds(merger.sector));
    }
    tested(verdict, merger, rule);
    if (threshold.comparison !== 'above') doubt(verdict, 'niet-toetsplichtig');
  }
  if (merger.samenwerkingsschool) {
    if (verdict.route === 'niet-toetsplichtig') {
      verdict.reasons.push(fusietoetsFindings.samenwerkingsschoolAgrees());
    } else {
      verdict.reasons.push(fusietoetsFindings.samenwerkingsschoolConflict());
      doubt(verdict, 'niet-toetsplichtig');
    }
  }
  if (merger.sector === 'vo' && merger.kind === 'institutioneel' && verdict.route !== 'niet-toetsplichtig') {
    verdict.reasons.push(fusietoetsFindings.catchmentAreas());
  }
  return verdict;
}

/** The verdict for a checked merger on a date under the rule that covers it. */
export function verdictOn(merger: CheckedMerger, on: string, rule: FusietoetsRule): Verdict {
  if (rule.route !== null) {
    const verdict = newVerdict(rule.route, rule.advisor);
    verdict.reasons.push(...fixedReasons(rule, on));
    if (rule.exceptionSectors.includes(merger.sector)) {
      // The sources say the rule had exceptions here without saying which mergers they covered.
      doubt(verdict, 'niet-toetsplichtig');
      verdict.reasons.push(fusietoetsFindings.primaryExceptions(startOf(rule.id)));
    }
    return verdict;
  }
  const verdict = foundationVerdict(merger, rule);
  for (const dispute of fusietoetsDisputes) {
    if (dispute.rule !== rule.id || on < dispute.from) continue;
    const reading = foundationVerdict(merger, ruleById().get(dispute.reading) as FusietoetsRule);
    if (reading.route !== verdict.route) {
      doubt(verdict, reading.route);
      verdict.reasons.push(fusietoetsFindings.disputedLightTest(dispute.from, startOf(dispute.reading), on));
    }
  }
  return verdict;
}
