import { capitalise, formatDate } from '../format.js';
import type { FusietoetsFindingMessages } from './nl.js';

type Measure = 'pupils' | 'schools';

const day = (date: string): string => formatDate(date, 'en');
const measureText = (measure: Measure, value: number): string =>
  measure === 'pupils' ? `${value} pupils` : `${value} schools`;
const mergerText = (measure: Measure): string => (measure === 'pupils' ? 'a school merger' : 'a board merger');

/** The texts of `classifyFusietoets`, in English. */
export const en: FusietoetsFindingMessages = {
  route: {
    'geen-fusietoets': 'no Fusietoets',
    'niet-toetsplichtig': 'exempt from the test',
    'lichte-toets': 'light (administrative) test by DUO',
    'inhoudelijke-toets': 'substantive test with advice from the CFTO; the minister decides',
    'cdho-toets': 'substantive test by the CDHO; the minister decides',
    'mbo-toestemming': 'prior consent of the minister, after advice',
  },
  advisor: {
    duo: 'DUO',
    cfto: 'the Commissie Fusietoets Onderwijs (CFTO)',
    cdho: 'the Commissie Doelmatigheid Hoger Onderwijs (CDHO)',
    cmmbo: 'the Commissie Macrodoelmatigheid MBO (CMMBO)',
  },
  expectedMerger: "an object { kind, sector, … } with kind 'institutioneel' or 'bestuurlijk'",
  expectedSamenwerkingsbestuur:
    "leave it out or false, unless kind is 'bestuurlijk': a joint board comes from a board merger",
  expectedSamenwerkingsschool:
    "leave it out or false, unless kind is 'institutioneel' and the sector po or vo: a joint school comes from merging schools (WPO art. 17d)",
  expectedPraktijkonderwijs: "leave it out or false, unless the sector is 'vo' or 'praktijkonderwijs'",
  beforeLaw: (on, lawStart) =>
    `On ${on} there was no Fusietoets yet: the Wet fusietoets in het onderwijs applies from ${day(lawStart)}.`,
  outsideEducation: 'Childcare is not covered by the Wet fusietoets in het onderwijs.',
  ferAlways:
    'Every merger, also one that is not tested, needs a merger impact report (FER), with the consent or advice of the participation council and the advice of the municipality.',
  higherEducation: (regulationStart) =>
    `In higher education the CDHO tests every merger on substance, both before and after ${day(regulationStart)}; the minister decides.`,
  vocational: (advisor) => `In mbo every merger needs the minister’s prior consent; ${advisor.en} advises.`,
  vocationalBeforeRegulation: (regulationStart) =>
    `Before ${day(regulationStart)} the CFTO advised on mbo mergers; the CMMBO took over that task with the ${regulationStart.slice(0, 4)} regulation.`,
  regime2011: (lawStart, regulationStart) =>
    `From ${day(lawStart)} to ${day(regulationStart)} a merger in primary and secondary education needed, in principle, the minister’s prior approval, after advice from the CFTO; the size thresholds only came with the ${regulationStart.slice(0, 4)} regulation.`,
  primaryExceptions: (lawStart) =>
    `When the act took effect on ${day(lawStart)}, a few kinds of merger in primary education did not need that approval; the catalogue’s sources do not say which. Whether this merger fell under such an exception is therefore open: uncertain, treated here as tested, with exempt as the other reading. Check the text of the act as it then stood (Stb. 2011, 95).`,
  praktijkonderwijs: (regulationStart) =>
    `Since ${day(regulationStart)} a merger or transfer of a praktijkonderwijs school is exempt from the test.`,
  samenwerkingsbestuurConflict:
    'Merger into a joint board (samenwerkingsbestuur): according to the CFTO the exemption for board mergers of fewer than 10 schools does not apply here, so the test applies; according to the Raad van State’s summary the 2017 law (Stb. 2017, 327) abolished the Fusietoets for such mergers. The sources contradict each other; check the enacted text.',
  samenwerkingsschoolConflict:
    'Merger into a joint school (samenwerkingsschool): according to the Raad van State’s summary the 2017 law (Stb. 2017, 327) abolished the Fusietoets for such mergers, but that is unverified against the enacted text; the ordinary rules would test it. Uncertain.',
  samenwerkingsschoolAgrees:
    'Merger into a joint school (samenwerkingsschool): the ordinary rules and the Raad van State’s summary agree here.',
  thresholdBelow: (measure, value, limit) =>
    `${capitalise(mergerText(measure))} with ${measureText(measure, value)}, fewer than ${limit}: exempt from the test.`,
  thresholdBelowOutsidePrimary: (measure, value, limit) =>
    `${capitalise(mergerText(measure))} with ${measureText(measure, value)}, fewer than ${limit}: exempt in primary education.`,
  thresholdAbove: (measure, value, limit) =>
    `${capitalise(mergerText(measure))} with ${measureText(measure, value)}, more than ${limit}: the test applies.`,
  thresholdAt: (measure, limit) =>
    `Exactly ${measureText(measure, limit)}: the CFTO exempts ${mergerText(measure)} with fewer than ${limit}, DUO tests one with more than ${limit}; exactly ${limit} falls between the two wordings. Uncertain; treated here as subject to the test.`,
  thresholdUnknown: (measure, limit) =>
    `The number of ${measure} was not given, while ${mergerText(measure)} with fewer than ${limit} is exempt. Uncertain; give '${measure}'.`,
  primaryOnlyThresholds: (sector) =>
    `The CFTO states the size exemptions for primary education only; DUO states them for po and vo together without that distinction. For ${sector} it is therefore uncertain whether the exemption applies; treated here as subject to the test.`,
  specialEducation: (regulationStart) =>
    `For mergers involving special education the CFTO kept advising on substance after ${day(regulationStart)}.`,
  lightCriteriaMet: (regulationStart) =>
    `The merger meets a criterion for the administrative test (${regulationStart.slice(0, 4)}): DUO carries out a light test.`,
  lightCriteriaNotMet: (regulationStart) =>
    `The merger meets no criterion for the administrative test (${regulationStart.slice(0, 4)}): substantive test with advice from the CFTO.`,
  lightCriteriaUnknown: (regulationStart, lightTestStart) =>
    `Between ${day(regulationStart)} and ${day(lightTestStart)} the choice between the light test by DUO and the substantive test with CFTO advice depended on criteria (a 15% pupil decline in 5 years, size and market share, a single-school board joining) that were not given (meetsLightTestCriteria). Uncertain; treated here as the substantive test.`,
  regime2018: (lightTestStart) =>
    `Since ${day(lightTestStart)} a merger subject to the test no longer needs advice from the CFTO: DUO carries out a light, administrative test.`,
  disputedLightTest: (disputeFrom, lightTestStart, on) =>
    `According to VOS/ABB the light test has applied since ${formatDate(disputeFrom, 'en', 'month')}, according to the CFTO only from ${day(lightTestStart)}; on ${on} the route is therefore uncertain.`,
  senate: (voteDate) =>
    `On ${day(voteDate)} the Senate rejected the bill abolishing the Fusietoets in po and vo; the light test stayed.`,
  catchmentAreas: 'For an institutional merger in vo the schools’ catchment areas must still overlap.',
};
