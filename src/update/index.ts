/**
 * Immutable updates with immer: change a document with a recipe, get back a new validated, deeply frozen document
 * that shares every unchanged part with the original.
 *
 * @module samenwerking/update
 */
export type { AssessmentDraft } from './AssessmentDraft.js';
export { addPartner, addResponse, recordEvent, setFactorObservation } from './helpers.js';
export { updateAssessment } from './updateAssessment.js';
export { updateCollaboration } from './updateCollaboration.js';
export type { Draft, Recipe } from './updateDocument.js';
