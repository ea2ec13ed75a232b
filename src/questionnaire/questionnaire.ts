import { factors } from '../catalogue/data/factors.js';
import { indicators } from '../catalogue/data/indicators.js';
import { strategyFactors } from '../catalogue/data/strategyFactors.js';
import type { FactorId } from '../catalogue/ids/factors.js';
import type { IndicatorId } from '../catalogue/ids/indicators.js';
import type { StrategyFactorId } from '../catalogue/ids/strategyFactors.js';
import type { Polarity, SourceRef } from '../catalogue/types.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { questionnaireTexts } from '../i18n/questionnaireTexts/questionnaireTexts.js';
import { deepFreeze } from '../internal/deepFreeze.js';
import { lazy } from '../internal/lazy.js';
import { DEFAULT_SCALE } from '../schema/defaultScale.js';

/**
 * One point of the answer scale with its label.
 *
 * @category Questionnaire
 */
export interface ScaleLabel {
  /** The answer: a whole number on the scale. */
  readonly value: number;
  /** What the answer means, for example "Mee eens" / "Agree". */
  readonly label: LocalisedText;
}

/**
 * One statement of the questionnaire: an indicator of a strategy factor, rated on the scale.
 *
 * @category Questionnaire
 */
export interface QuestionnaireQuestion {
  /** The indicator the statement measures; also the name of the answer in an assessment and in SurveyJS. */
  readonly indicator: IndicatorId;
  /** The statement respondents rate: the catalogue's question of the indicator (the same object). */
  readonly statement: LocalisedText;
}

/**
 * The statements of one strategy factor.
 *
 * @category Questionnaire
 */
export interface QuestionnaireSection {
  /** The strategy factor. */
  readonly factor: StrategyFactorId;
  /** The factor's label, the title of the section. */
  readonly label: LocalisedText;
  /** The statements, in the catalogue's order. */
  readonly questions: readonly QuestionnaireQuestion[];
}

/**
 * A question about the respondent, asked before the statements.
 *
 * @category Questionnaire
 */
export interface RespondentField {
  /** The field of a response it fills: the partner id, the stakeholder group (`role`) or the respondent id. */
  readonly field: 'partner' | 'role' | 'respondent';
  /** The question. */
  readonly label: LocalisedText;
  /** The explanation shown under the question. */
  readonly help: LocalisedText;
  /** Whether an answer is needed for the response to say who it speaks for. */
  readonly required: boolean;
}

/**
 * A promoting or hindering factor that respondents can say is present, with a strength.
 *
 * @category Questionnaire
 */
export interface ObservationItem {
  /** The catalogue factor. */
  readonly factor: FactorId;
  /** Whether it helps or holds back. */
  readonly polarity: Polarity;
  /** The factor's label. */
  readonly label: LocalisedText;
}

/** Every part of the questionnaire; a `Record` so that a part added to {@link Questionnaire} must be listed here. */
const PARTS: Readonly<Record<keyof Questionnaire, true>> = {
  title: true,
  instructions: true,
  completed: true,
  scale: true,
  notApplicable: true,
  respondent: true,
  sections: true,
  observations: true,
  sources: true,
  note: true,
};

/**
 * The frozen questionnaire object: one enumerable getter per part, in the order {@link build} gives them, reading
 * from the questionnaire built and deeply frozen on the first read.
 */
function lazyQuestionnaire(): Questionnaire {
  const built = lazy(() => deepFreeze(build()));
  const result = {};
  for (const part of Object.keys(PARTS) as (keyof Questionnaire)[]) {
    Object.defineProperty(result, part, { enumerable: true, get: () => built()[part] });
  }
  return Object.freeze(result) as Questionnaire;
}

/**
 * The self-assessment questionnaire: the instrument behind an assessment document.
 *
 * @category Questionnaire
 */
export interface Questionnaire {
  /** The title. */
  readonly title: LocalisedText;
  /** What the questionnaire is for and how to fill it in, for respondents. */
  readonly instructions: LocalisedText;
  /** The thanks shown after the last statement. */
  readonly completed: LocalisedText;
  /** The answer scale, with a label for every point. */
  readonly scale: {
    /** The lowest answer. */
    readonly min: number;
    /** The highest answer. */
    readonly max: number;
    /** Every answer with its label, lowest first. */
    readonly labels: readonly ScaleLabel[];
  };
  /** The choice that records no answer (`null` in the assessment). */
  readonly notApplicable: {
    /** Its label. */
    readonly label: LocalisedText;
  };
  /** The questions about the respondent: partner, role and (optional) name. */
  readonly respondent: {
    /** The title of this part. */
    readonly title: LocalisedText;
    /** The questions, in the order asked. */
    readonly fields: readonly RespondentField[];
  };
  /** One section per strategy factor, in the order of the strategy. */
  readonly sections: readonly QuestionnaireSection[];
  /** The optional part: promoting and hindering factors, each observed with a strength from 0 to 3. */
  readonly observations: {
    /** The title of this part. */
    readonly title: LocalisedText;
    /** How to fill it in. */
    readonly instructions: LocalisedText;
    /** Every strength with its label, 0 (not present) to 3 (strongly). */
    readonly strengths: readonly {
      /** The strength, as `factors[].strength` of a collaboration holds it. */
      readonly value: 0 | 1 | 2 | 3;
      /** What it means. */
      readonly label: LocalisedText;
    }[];
    /** The factors, promoting ones first. */
    readonly factors: readonly ObservationItem[];
  };
  /** Where the content comes from. */
  readonly sources: readonly SourceRef[];
  /** What the sources do not give, and what the questionnaire uses instead. */
  readonly note: LocalisedText;
}

const SCALE_VALUES = ['1', '2', '3', '4', '5'] as const;
const STRENGTHS = [0, 1, 2, 3] as const;
const OBSERVED_SOURCE = 'overlegraad-po-vo-2019';

function build(): Questionnaire {
  const text = questionnaireTexts;
  const observed = factors.filter((factor) => factor.retired !== true && factor.sources[0]?.source === OBSERVED_SOURCE);
  const byPolarity = (polarity: Polarity): ObservationItem[] =>
    observed
      .filter((factor) => factor.polarity === polarity)
      .map((factor) => ({ factor: factor.id, polarity, label: factor.label }));
  return {
    title: text.title(),
    instructions: text.instructions(),
    completed: text.completed(),
    scale: {
      min: DEFAULT_SCALE.min,
      max: DEFAULT_SCALE.max,
      labels: SCALE_VALUES.map((value) => ({ value: Number(value), label: text.scale(value) })),
    },
    notApplicable: { label: text.notApplicable() },
    respondent: {
      title: text.respondentSection(),
      fields: [
        { field: 'partner', label: text.partnerLabel(), help: text.partnerHelp(), required: true },
        { field: 'role', label: text.roleLabel(), help: text.roleHelp(), required: false },
        { field: 'respondent', label: text.nameLabel(), help: text.nameHelp(), required: false },
      ],
    },
    sections: strategyFactors.map((factor) => ({
      factor: factor.id,
      label: factor.label,
      questions: factor.indicators.map((id) => ({
        indicator: id,
        statement: (indicators.find((indicator) => indicator.id === id) as (typeof indicators)[number]).question,
      })),
    })),
    observations: {
      title: text.observationsTitle(),
      instructions: text.observationsInstructions(),
      strengths: STRENGTHS.map((value) => ({ value, label: text.strength(String(value) as '0' | '1' | '2' | '3') })),
      factors: [...byPolarity('bevorderend'), ...byPolarity('belemmerend')],
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Strategie', lines: 'L2812-L3112' },
      { source: OBSERVED_SOURCE, section: '2. Belemmerende & bevorderende factoren', lines: 'L99-L194' },
    ],
    note: text.sourceNote(),
  };
}

/**
 * The self-assessment questionnaire, ready to be given to respondents: the six strategy factors in order, each with
 * its statements (the 27 indicators of the catalogue) in Dutch and English; the answer scale with a label for every
 * point; the choice "weet ik niet / niet van toepassing", which becomes a missing answer (`null`); instructions; the
 * questions about the respondent (partner, role, optional name); and an optional part on promoting and hindering
 * factors with a strength, for the factor balance. Deeply frozen; built on the first read of one of its parts, so
 * importing the package does not pay for it.
 *
 * @remarks
 * The statements are the catalogue's indicator questions themselves (`statement === getIndicator(id).question`), so
 * the wording lives in one place. The factors and their order follow the strategy chapter of
 * `berenschot-gemeente-onderwijs` (L2812-L3112); that report gives no scale, so the scale is the default scale of an
 * assessment, 1 to 5.
 *
 * @example
 * ```ts
 * questionnaire.sections.map((section) => section.questions.length);
 * //=> [5, 4, 4, 5, 5, 4]
 * questionnaire.scale.labels[3];
 * //=> { value: 4, label: { nl: 'Mee eens', en: 'Agree' } }
 * questionnaire.notApplicable.label.en;
 * //=> 'Don’t know / not applicable'
 * ```
 * @category Questionnaire
 */
export const questionnaire: Questionnaire = /* @__PURE__ */ lazyQuestionnaire();
