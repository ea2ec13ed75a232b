import { formatDate, formatList, formatNumber, listValues } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

const number = (value: number): string => formatNumber(value, 'nl');
const day = (date: string): string => formatDate(date, 'nl');

/** A target as a review reports it: the factor's name, the target and the score reached. */
interface TargetLine {
  readonly name: LocalisedText;
  readonly target: number;
  readonly score: number | null;
}

/** The tally of a review's actions. */
interface ActionCounts {
  readonly total: number;
  readonly done: number;
  readonly onTime: number;
  readonly overdue: number;
  readonly dropped: number;
  readonly withoutDue: number;
}

/**
 * The texts of `proposePlan`, `reviewPlan` and the plan update helpers, in Dutch: the titles and notes of proposed
 * actions, what a review says about an action and a target, its summary, and the kinds of value the options take.
 */
export const nl = {
  pitfallAction: (pitfall: LocalisedText): string => `Valkuil aanpakken: ${pitfall.nl}`,
  indicatorAction: (indicator: LocalisedText, factor: LocalisedText): string =>
    `Verbeteren: ${indicator.nl} (${factor.nl.toLowerCase()})`,
  indicatorNote: (statement: LocalisedText, score: number, factor: LocalisedText): string =>
    `Uit de meting: de stelling '${statement.nl.replace(/[.!?]$/, '')}' scoort ${number(score)} van 100, het laagst binnen ${factor.nl.toLowerCase()}.`,
  actionDone: (title: string): string => `${title} – gedaan.`,
  actionDropped: (title: string): string => `${title} – geschrapt.`,
  actionOnTime: (title: string, due: string, days: number): string =>
    days === 0
      ? `${title} – uiterlijk vandaag (${day(due)}).`
      : `${title} – op tijd, nog ${days} dagen tot ${day(due)}.`,
  actionOverdue: (title: string, due: string, days: number): string =>
    `${title} – te laat, ${days} ${days === 1 ? 'dag' : 'dagen'} over ${day(due)} heen.`,
  actionWithoutDue: (title: string): string => `${title} – nog niet gedaan, zonder streefdatum.`,
  targetReached: (name: LocalisedText, target: number, score: number): string =>
    `${name.nl}: streefscore ${number(target)} gehaald (${number(score)}).`,
  targetMissed: (name: LocalisedText, target: number, score: number): string =>
    `${name.nl}: streefscore ${number(target)} nog niet gehaald (${number(score)}, nog ${number(target - score)} te gaan).`,
  targetUnknown: (name: LocalisedText, target: number): string =>
    `${name.nl}: streefscore ${number(target)}, maar de meting geeft geen score voor deze factor.`,
  summary: (
    on: string,
    counts: ActionCounts,
    overdue: readonly string[],
    reached: readonly LocalisedText[],
    missed: readonly TargetLine[],
    targets: number,
  ): string => {
    const actions =
      counts.total === 0
        ? 'het plan heeft geen acties'
        : `${counts.done} van de ${counts.total} acties gedaan, ${counts.onTime} op tijd, ${counts.overdue} te laat${overdue.length > 0 ? ` (${listValues(overdue, 5, 'nl')})` : ''}, ${counts.withoutDue} zonder streefdatum en ${counts.dropped} geschrapt`;
    const goals =
      targets === 0
        ? 'geen streefscores'
        : `${reached.length} van de ${targets} streefscores gehaald${
            reached.length > 0
              ? ` (${formatList(
                  reached.map((name) => name.nl.toLowerCase()),
                  'nl',
                )})`
              : ''
          }${
            missed.length > 0
              ? `; nog niet: ${formatList(
                  missed.map((line) =>
                    line.score === null
                      ? `${line.name.nl.toLowerCase()} (geen score, doel ${number(line.target)})`
                      : `${line.name.nl.toLowerCase()} (${number(line.score)} van ${number(line.target)})`,
                  ),
                  'nl',
                )}`
              : ''
          }`;
    return `Op ${day(on)}: ${actions}; ${goals}.`;
  },
  unknownAction: (action: unknown, suggestions: readonly string[], known: readonly string[]): string =>
    `Het plan heeft geen actie '${String(action)}'.${suggestions.length > 0 ? ` Bedoelt u ${suggestions.map((id) => `'${id}'`).join(' of ')}?` : ''} Acties in het plan: ${known.length > 0 ? listValues(known, 12, 'nl') : 'geen'}.`,
  expectedScore: 'een score van scoreBerenschot (met collaboration, date, overall en factors)',
  expectedPlan: "een plan (kind: 'plan'), bijvoorbeeld van proposePlan of parsePlan",
  expectedStart: "een bestaande datum als JJJJ-MM-DD (bijvoorbeeld '2026-09-01') of een geldige Date; verplicht",
  expectedOn: "de datum van de beoordeling, als JJJJ-MM-DD (bijvoorbeeld '2027-06-01') of een geldige Date; verplicht",
  expectedTargets:
    'een object met strategiefactoren als sleutels en streefscores van 0 tot en met 100, bijvoorbeeld { relatie: 75 }',
  expectedPitfalls: 'de lijst die detectPitfalls geeft: objecten met een valkuil uit de catalogus',
  expectedCollaboration: 'een samenwerking (kind: collaboration), bijvoorbeeld van parseCollaboration',
  samePlanCollaboration: (collaboration: string): string =>
    `een score van dezelfde samenwerking als het plan ('${collaboration}')`,
};

/** The texts of the plan functions: the shape every language implements. */
export type PlanTextMessages = typeof nl;
