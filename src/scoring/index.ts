/**
 * Scoring: the Berenschot score of a self-assessment, with an explanation per strategy factor, and the pitfalls
 * (valkuilen) found in the structure of a collaboration document. No function here reads the clock, changes its
 * input or loads zod.
 *
 * @module
 */
export { type DetectPitfallsOptions, detectPitfalls } from './detectPitfalls.js';
export { type ScoreBerenschotOptions, scoreBerenschot } from './scoreBerenschot.js';
export type * from './types.js';
