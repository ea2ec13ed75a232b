/**
 * School-year and review-date functions. The Dutch school year runs from 1 August to 31 July. Every function
 * accepts a `Date` or a `YYYY-MM-DD` string, and none reads the clock.
 *
 * @module samenwerking/time
 */
export { nextReviewDate, type ReviewCadence } from './nextReviewDate.js';
export { type SchoolYearInterval, schoolYearInterval } from './schoolYearInterval.js';
export { type SchoolYear, schoolYearOf } from './schoolYearOf.js';
