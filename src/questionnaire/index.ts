/**
 * The self-assessment questionnaire, end to end: the questionnaire itself (statements, answer scale, instructions,
 * respondent questions), a blank assessment to fill in, a SurveyJS form and a spreadsheet template to collect
 * answers with, and the import of what those tools give back (SurveyJS results, CSV exports of Microsoft Forms, Google
 * Forms, LimeSurvey and others, or rows from any spreadsheet reader) into an assessment ready for scoring.
 *
 * This is the one entry that loads a CSV parser (papaparse); the scoring entry does not.
 *
 * @module samenwerking/questionnaire
 */
export { assessmentFromCsv } from './assessmentFromCsv.js';
export { assessmentFromRows } from './assessmentFromRows.js';
export { assessmentFromSurveyJs } from './assessmentFromSurveyJs.js';
export { type BlankAssessmentOptions, blankAssessment } from './blankAssessment.js';
export type { AssessmentImportResult, ImportAnswersOptions } from './importAnswers.js';
export {
  type ObservationItem,
  type Questionnaire,
  type QuestionnaireQuestion,
  type QuestionnaireSection,
  questionnaire,
  type RespondentField,
  type ScaleLabel,
} from './questionnaire.js';
export { type ToCsvTemplateOptions, toCsvTemplate } from './toCsvTemplate.js';
export {
  type QuestionnaireOutputOptions,
  type SurveyJsChoice,
  type SurveyJsDefinition,
  type SurveyJsPage,
  type SurveyJsQuestion,
  toSurveyJs,
} from './toSurveyJs.js';
