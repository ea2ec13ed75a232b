import { formatCount, formatNumber, quoteIds } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

const number = (value: number): string => formatNumber(value, 'nl');

/**
 * The texts of `scoreByGroup`, in Dutch: the name of the whole group, a line per group, and the kinds of value its
 * options take.
 */
export const nl = {
  allRespondents: 'Alle respondenten',
  scored: (
    name: LocalisedText,
    respondents: number,
    overall: number | null,
    lower: number | null,
    upper: number | null,
  ): string =>
    `${name.nl} (${formatCount(respondents, 'respondent', 'respondenten', 'nl')}): ${
      overall === null
        ? 'geen totaalscore'
        : `totaalscore ${number(overall)}${lower === null || upper === null ? ', te weinig antwoorden voor een betrouwbaarheidsinterval' : `, 95%-betrouwbaarheidsinterval ${number(lower)} tot ${number(upper)}`}`
    }.`,
  belowMinimum: (name: LocalisedText, respondents: number, minGroupSize: number): string =>
    `${name.nl} (${formatCount(respondents, 'respondent', 'respondenten', 'nl')}): niet gescoord, want een groep telt pas vanaf ${minGroupSize} respondenten.`,
  expectedBy: (choices: readonly string[]): string => `een van ${quoteIds(choices)}; verplicht`,
  expectedAssessment: 'een meting (kind: assessment), zoals parseAssessment die geeft',
  expectedCollaboration: "een samenwerking (kind: 'collaboration') met de partners van de meting",
  needsCollaboration:
    "een samenwerking (kind: 'collaboration'): om op soort partner te groeperen zijn de partners nodig",
  sameCollaboration: (collaboration: string): string => `de samenwerking van de meting ('${collaboration}')`,
  partnerNotInCollaboration: (partner: string, known: readonly string[]): string =>
    `partner '${partner}' staat niet in de meegegeven samenwerking; bekend zijn: ${known.join(', ') || 'geen'}. Geef de samenwerking van deze meting mee.`,
};

/** The texts of `scoreByGroup`: the shape every language implements. */
export type GroupTextMessages = typeof nl;
