/**
 * The texts of the reports (Markdown, CSV headers, SVG), in Dutch and English, in one place.
 */
import type { LocalisedText } from '../catalogue/types.js';
import type { Band } from '../scoring/types.js';

/** The name of each band. */
export const bandNames: Readonly<Record<Band, LocalisedText>> = {
  onvoldoende: { nl: 'onvoldoende', en: 'insufficient' },
  voldoende: { nl: 'voldoende', en: 'sufficient' },
  goed: { nl: 'goed', en: 'good' },
};

/** The keys of the fixed report texts. */
type ReportTextKey =
  | 'scoreTitle'
  | 'overall'
  | 'bottleneck'
  | 'noBottleneck'
  | 'factors'
  | 'factor'
  | 'score'
  | 'band'
  | 'coverage'
  | 'readiness'
  | 'explanations'
  | 'indicator'
  | 'weight'
  | 'answers'
  | 'counted'
  | 'yes'
  | 'no'
  | 'formula'
  | 'sequence'
  | 'sequenceWarning'
  | 'pitfalls'
  | 'pitfallSignal'
  | 'advice'
  | 'disagreements'
  | 'spread'
  | 'none'
  | 'structuralPitfalls'
  | 'evidence'
  | 'radarTitle'
  | 'radarDescription'
  | 'radarCompare'
  | 'noScore';

/** The fixed texts of the reports. */
export const reportText: Readonly<Record<ReportTextKey, LocalisedText>> = {
  scoreTitle: { nl: 'Zelfevaluatie samenwerking', en: 'Collaboration self-assessment' },
  overall: { nl: 'Totaalscore', en: 'Overall score' },
  bottleneck: { nl: 'Knelpunt', en: 'Bottleneck' },
  noBottleneck: { nl: 'geen factor onder de 50', en: 'no factor below 50' },
  factors: { nl: 'De zes factoren', en: 'The six factors' },
  factor: { nl: 'Factor', en: 'Factor' },
  score: { nl: 'Score', en: 'Score' },
  band: { nl: 'Oordeel', en: 'Band' },
  coverage: { nl: 'Dekking', en: 'Coverage' },
  readiness: { nl: 'Gereedheid', en: 'Readiness' },
  explanations: { nl: 'Hoe de scores tot stand komen', en: 'How the scores come about' },
  indicator: { nl: 'Indicator', en: 'Indicator' },
  weight: { nl: 'Gewicht', en: 'Weight' },
  answers: { nl: 'Antwoorden', en: 'Answers' },
  counted: { nl: 'Telt mee', en: 'Counted' },
  yes: { nl: 'ja', en: 'yes' },
  no: { nl: 'nee', en: 'no' },
  formula: { nl: 'Formule', en: 'Formula' },
  sequence: { nl: 'Volgorde van de strategie', en: 'Order of the strategy' },
  sequenceWarning: {
    nl: '{factor} scoort {gap} punten hoger dan {prerequisite}, dat eerst op orde hoort te zijn.',
    en: '{factor} scores {gap} points above {prerequisite}, which should be in place first.',
  },
  pitfalls: { nl: 'Valkuilen', en: 'Pitfalls' },
  pitfallSignal: {
    nl: 'Signaal: {indicator} scoort {score}.',
    en: 'Signal: {indicator} scores {score}.',
  },
  advice: { nl: 'Advies', en: 'Advice' },
  disagreements: { nl: 'Waar partners verschillen', en: 'Where partners differ' },
  spread: {
    nl: '{indicator}: verschil van {spread} schaalpunten ({partners}).',
    en: '{indicator}: a difference of {spread} scale points ({partners}).',
  },
  none: { nl: 'Geen.', en: 'None.' },
  structuralPitfalls: {
    nl: 'Valkuilen in de opzet van de samenwerking',
    en: 'Pitfalls in how the collaboration is set up',
  },
  evidence: { nl: 'Aanwijzing', en: 'Evidence' },
  radarTitle: { nl: 'Scores op de zes factoren', en: 'Scores on the six factors' },
  radarDescription: {
    nl: 'Radardiagram van {collaboration} op {date}. {scores}.',
    en: 'Radar chart of {collaboration} on {date}. {scores}.',
  },
  radarCompare: { nl: 'Ter vergelijking: {date}.', en: 'For comparison: {date}.' },
  noScore: { nl: 'geen score', en: 'no score' },
};

/** Fills `{name}` placeholders of a text. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
