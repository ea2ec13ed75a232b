/**
 * Immutable updates with immer: change a document with a recipe, get back a new validated, deeply frozen document
 * that shares every unchanged part with the original.
 *
 * @module samenwerking/update
 */
export type { AssessmentDraft } from './AssessmentDraft.js';
export {
  addAction,
  addPartner,
  addResponse,
  recordEvent,
  setActionStatus,
  setFactorObservation,
} from './helpers.js';
export { updateAssessment } from './updateAssessment.js';
export { updateCollaboration } from './updateCollaboration.js';
export type { Draft, Recipe } from './updateDocument.js';
export { updatePlan } from './updatePlan.js';
