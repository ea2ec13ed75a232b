import { throwIfIssues } from '../arguments/argumentReader.js';
import { stakeholderGroups } from '../catalogue/data/stakeholderGroups.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import type { Locale } from '../i18n/LocalisedText.js';
import type { Collaboration } from '../schema/types.js';
import { escapeXml } from '../serialise/escape.js';
import { questionnaire } from './questionnaire.js';
import { readWriteOptions } from './readLocaleAndCollaboration.js';

/**
 * Options of {@link toSurveyJs} and {@link toCsvTemplate}.
 *
 * @category Questionnaire
 */
export interface QuestionnaireOutputOptions {
  /** The language of the texts: `'nl'` (default) or `'en'`. */
  readonly locale?: Locale;
  /** The collaboration: with its document, the partner question lists its partners by name. */
  readonly collaboration?: string | Collaboration;
}

/**
 * A choice of a SurveyJS question.
 *
 * @category Questionnaire
 */
export interface SurveyJsChoice {
  /** The value stored in the results. */
  readonly value: string | number;
  /** The text shown. */
  readonly text: string;
}

/**
 * A question of a SurveyJS form definition, as {@link toSurveyJs} writes it.
 *
 * @category Questionnaire
 */
export interface SurveyJsQuestion {
  /** The question type: one choice of a few (`radiogroup`), of a list (`dropdown`), or free text (`text`). */
  readonly type: 'radiogroup' | 'dropdown' | 'text';
  /** The name, the key of the answer in `survey.data`: an indicator id, `partner`, `role` or `respondent`. */
  readonly name: string;
  /** The question or statement. */
  readonly title: string;
  /** The explanation under the question. */
  readonly description?: string;
  /** Whether the question must be answered. */
  readonly isRequired?: boolean;
  /** The choices. */
  readonly choices?: readonly SurveyJsChoice[];
  /** Whether the "none" choice is shown; SurveyJS stores it as `'none'`. */
  readonly showNoneItem?: boolean;
  /** The text of the "none" choice. */
  readonly noneText?: string;
  /** The number of columns the choices are laid out in; 0 lets them flow on one line. */
  readonly colCount?: number;
}

/**
 * A page of a SurveyJS form definition.
 *
 * @category Questionnaire
 */
export interface SurveyJsPage {
  /** The name: `respondent`, or a strategy factor id. */
  readonly name: string;
  /** The title shown above the page. */
  readonly title: string;
  /** The questions. */
  readonly elements: readonly SurveyJsQuestion[];
}

/**
 * A SurveyJS form definition: the JSON that `new Model(json)` of `survey-core` loads.
 *
 * @category Questionnaire
 */
export interface SurveyJsDefinition {
  /** The title of the form. */
  readonly title: string;
  /** The instructions shown under the title. */
  readonly description: string;
  /** The language of SurveyJS's own buttons and messages. */
  readonly locale: Locale;
  /** The page shown after the last page. */
  readonly completedHtml: string;
  /** Whether questions are numbered. */
  readonly showQuestionNumbers: 'off';
  /** Whether a progress bar is shown, and where. */
  readonly showProgressBar: 'top';
  /** The pages: first the respondent, then one per strategy factor. */
  readonly pages: readonly SurveyJsPage[];
}

/**
 * Writes the questionnaire as a SurveyJS form definition (SurveyJS is an MIT-licensed form library; the definition
 * is plain JSON that `survey-core`'s `Model` loads).
 *
 * @remarks
 * The first page asks for the partner (a list of the collaboration's partners by name when the document is given, a
 * text field otherwise), the role (the catalogue's stakeholder groups) and an optional name. Then one page per strategy
 * factor, in the order of the strategy, with one `radiogroup` question per indicator, named by the indicator id, its
 * choices the scale labels in the chosen language and a "none" choice for "weet ik niet / niet van toepassing".
 * {@link assessmentFromSurveyJs} turns the results (`survey.data`) back into an assessment.
 *
 * @param options - The language, and the collaboration (its id, or the document for a list of its partners).
 * @returns The form definition, a plain object that `JSON.stringify` writes as is.
 * @throws {SamenwerkingError} `invalid_option` for a locale other than `'nl'` and `'en'`, a collaboration that is
 *   neither a slug nor a collaboration document, or an unknown option; the issues of an invalid collaboration
 *   document under `options.collaboration`.
 *
 * @example
 * ```ts
 * const form = toSurveyJs({ locale: 'en', collaboration });
 * form.pages.map((page) => page.name);
 * //=> ['respondent', 'belanghebbenden', 'ambitie', 'belangen', 'relatie', 'organisatie', 'communicatie']
 * form.pages[0].elements[0].choices?.[0];
 * //=> { value: 'gemeente', text: 'Gemeente Noorderveld' }
 * form.pages[2].elements[0];
 * //=> {
 * //   type: 'radiogroup',
 * //   name: 'ambitie.concreet',
 * //   title: 'Our shared ambition is described so concretely that everyone understands it the same way.',
 * //   isRequired: false,
 * //   choices: [
 * //     { value: 1, text: 'Strongly disagree' },
 * //     { value: 2, text: 'Disagree' },
 * //     { value: 3, text: 'Neither agree nor disagree' },
 * //     { value: 4, text: 'Agree' },
 * //     { value: 5, text: 'Strongly agree' },
 * //   ],
 * //   showNoneItem: true,
 * //   noneText: 'Don’t know / not applicable',
 * //   colCount: 0,
 * // }
 * ```
 * @category Questionnaire
 */
export function toSurveyJs(options?: QuestionnaireOutputOptions): SurveyJsDefinition {
  const issues: Issue[] = [];
  const { locale, collaboration } = readWriteOptions(options, issues);
  throwIfIssues(issues);
  const [partnerField, roleField, nameField] = questionnaire.respondent.fields;
  const partners = collaboration?.document?.partners;
  const partner: SurveyJsQuestion =
    partners === undefined
      ? {
          type: 'text',
          name: 'partner',
          title: partnerField?.label[locale] ?? '',
          description: partnerField?.help[locale] ?? '',
        }
      : {
          type: 'dropdown',
          name: 'partner',
          title: partnerField?.label[locale] ?? '',
          description: partnerField?.help[locale] ?? '',
          isRequired: true,
          choices: partners.map((entry) => ({ value: entry.id, text: entry.name })),
        };
  const respondentPage: SurveyJsPage = {
    name: 'respondent',
    title: questionnaire.respondent.title[locale],
    elements: [
      partner,
      {
        type: 'dropdown',
        name: 'role',
        title: roleField?.label[locale] ?? '',
        description: roleField?.help[locale] ?? '',
        choices: stakeholderGroups
          .filter((group) => group.retired !== true)
          .map((group) => ({ value: group.id, text: group.label[locale] })),
      },
      {
        type: 'text',
        name: 'respondent',
        title: nameField?.label[locale] ?? '',
        description: nameField?.help[locale] ?? '',
      },
    ],
  };
  const choices = questionnaire.scale.labels.map((point) => ({ value: point.value, text: point.label[locale] }));
  const sectionPages: SurveyJsPage[] = questionnaire.sections.map((section) => {
    const order = strategyFactors.find((factor) => factor.id === section.factor)?.order ?? 0;
    return {
      name: section.factor,
      title: `${order}. ${section.label[locale]}`,
      elements: section.questions.map((question) => ({
        type: 'radiogroup',
        name: question.indicator,
        title: question.statement[locale],
        isRequired: false,
        choices,
        showNoneItem: true,
        noneText: questionnaire.notApplicable.label[locale],
        colCount: 0,
      })),
    };
  });
  return {
    title: questionnaire.title[locale],
    description: questionnaire.instructions[locale],
    locale,
    completedHtml: `<p>${escapeXml(questionnaire.completed[locale])}</p>`,
    showQuestionNumbers: 'off',
    showProgressBar: 'top',
    pages: [respondentPage, ...sectionPages],
  };
}
