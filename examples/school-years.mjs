// ESM: when is the next review of a collaboration, and which school year is that?
import { isSamenwerkingError } from 'samenwerking';
import { nextReviewDate, schoolYearInterval, schoolYearOf } from 'samenwerking/time';

const lastReview = '2026-03-15';
const next = nextReviewDate(lastReview, { schoolYears: 1 });
console.log(`Last review ${lastReview} (school year ${schoolYearOf(lastReview)}), next review ${next}.`);

const { start, end } = schoolYearInterval(schoolYearOf(next));
console.log(`School year ${schoolYearOf(next)} runs from ${start} to ${end}.`);

try {
  schoolYearOf('2025-02-30');
} catch (error) {
  if (!isSamenwerkingError(error)) throw error;
  console.log(`Rejected, as expected: ${error.format('en')}`);
}
