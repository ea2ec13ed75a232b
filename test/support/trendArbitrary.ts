/**
 * Trends as the library computes them: one to four assessments of one collaboration on distinct dates (in any order),
 * with the default or a random smallest change.
 */
import { fc } from '@fast-check/vitest';
import type { Assessment } from '../../src/schema/types.js';
import type { Trend } from '../../src/scoring/trend.js';
import { trend } from '../../src/scoring/trend.js';
import { assessmentArbitrary } from './assessmentArbitrary.js';

const dayArbitrary = fc
  .integer({ min: 0, max: 3_650 })
  .map((days) => new Date(Date.UTC(2020, 0, 1 + days)).toISOString().slice(0, 10));

/** One assessment of `ikc-noord` with the three indicators of relatie, `klik` as given and the other two at 3. */
export const relatieMeasured = (date: string, klik: number): Assessment => ({
  kind: 'assessment',
  schemaVersion: 1,
  collaboration: 'ikc-noord',
  date,
  responses: [
    { respondent: 'r1', answers: { 'relatie.klik': klik, 'relatie.continuiteit': 3, 'relatie.zichtbaarheid': 3 } },
  ],
});

/** One to four assessments of one collaboration, each on its own date. */
export const seriesOfAssessmentsArbitrary = fc
  .tuple(
    fc.array(assessmentArbitrary({ maxResponses: 3 }), { minLength: 1, maxLength: 4 }),
    fc.uniqueArray(dayArbitrary, { minLength: 4, maxLength: 4 }),
  )
  .map(([assessments, dates]) =>
    assessments.map((assessment, index) => ({
      ...assessment,
      collaboration: assessments[0]?.collaboration ?? assessment.collaboration,
      date: dates[index] as string,
    })),
  );

/** One to four assessments of relatie alone (so its factor has a score each time), each on its own date. */
const scoredSeriesArbitrary = fc
  .uniqueArray(dayArbitrary, { minLength: 1, maxLength: 4 })
  .chain((dates) =>
    fc
      .array(fc.integer({ min: 1, max: 4 }), { minLength: dates.length, maxLength: dates.length })
      .map((kliks) => dates.map((date, index) => relatieMeasured(date, kliks[index] as number))),
  );

/**
 * A trend of either kind of series (random assessments, mostly without scores, or relatie with a score each time), with
 * `minChange` left to its default or set from 0 to 100.
 */
export const trendArbitrary: fc.Arbitrary<Trend> = fc
  .tuple(
    fc.oneof(seriesOfAssessmentsArbitrary, scoredSeriesArbitrary),
    fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
  )
  .map(([assessments, minChange]) => trend(assessments, { minChange }));

/**
 * A trend with scores, directions, a band change and a resolved pitfall: relatie from onvoldoende (2024) to voldoende
 * (2025) and on up (2026), passed out of order.
 */
export const scoredTrend = (): Trend =>
  trend([relatieMeasured('2026-03-01', 4), relatieMeasured('2024-03-01', 1), relatieMeasured('2025-03-01', 3)]);
