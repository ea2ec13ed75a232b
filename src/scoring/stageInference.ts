/**
 * The shapes of a stage inference, declared beside the format of the stored result in `schema/StageInference.ts`.
 *
 * @module
 */
export type * from '../schema/StageInference.js';
