import { formatDate, formatList, formatNumber, listValues } from '../format.js';
import type { PlanTextMessages } from './nl.js';

const number = (value: number): string => formatNumber(value, 'en');
const day = (date: string): string => formatDate(date, 'en');

/** The texts of `proposePlan`, `reviewPlan` and the plan update helpers, in English. */
export const en: PlanTextMessages = {
  pitfallAction: (pitfall) => `Tackle the pitfall: ${pitfall.en}`,
  indicatorAction: (indicator, factor) => `Improve: ${indicator.en} (${factor.en.toLowerCase()})`,
  indicatorNote: (statement, score, factor) =>
    `From the assessment: the statement '${statement.en.replace(/[.!?]$/, '')}' scores ${number(score)} out of 100, the lowest within ${factor.en.toLowerCase()}.`,
  actionDone: (title) => `${title} – done.`,
  actionDropped: (title) => `${title} – dropped.`,
  actionOnTime: (title, due, days) =>
    days === 0 ? `${title} – due today (${day(due)}).` : `${title} – on time, ${days} days left until ${day(due)}.`,
  actionOverdue: (title, due, days) => `${title} – overdue, ${days} ${days === 1 ? 'day' : 'days'} past ${day(due)}.`,
  actionWithoutDue: (title) => `${title} – not done yet, without a due date.`,
  targetReached: (name, target, score) => `${name.en}: target ${number(target)} reached (${number(score)}).`,
  targetMissed: (name, target, score) =>
    `${name.en}: target ${number(target)} not reached yet (${number(score)}, ${number(target - score)} to go).`,
  targetUnknown: (name, target) =>
    `${name.en}: target ${number(target)}, but the assessment gives no score for this factor.`,
  summary: (on, counts, overdue, reached, missed, targets) => {
    const actions =
      counts.total === 0
        ? 'the plan has no actions'
        : `${counts.done} of the ${counts.total} actions done, ${counts.onTime} on time, ${counts.overdue} overdue${overdue.length > 0 ? ` (${listValues(overdue, 5, 'en')})` : ''}, ${counts.withoutDue} without a due date and ${counts.dropped} dropped`;
    const goals =
      targets === 0
        ? 'no targets'
        : `${reached.length} of the ${targets} targets reached${
            reached.length > 0
              ? ` (${formatList(
                  reached.map((name) => name.en.toLowerCase()),
                  'en',
                )})`
              : ''
          }${
            missed.length > 0
              ? `; not yet: ${formatList(
                  missed.map((line) =>
                    line.score === null
                      ? `${line.name.en.toLowerCase()} (no score, target ${number(line.target)})`
                      : `${line.name.en.toLowerCase()} (${number(line.score)} of ${number(line.target)})`,
                  ),
                  'en',
                )}`
              : ''
          }`;
    return `On ${day(on)}: ${actions}; ${goals}.`;
  },
  unknownAction: (action, suggestions, known) =>
    `The plan has no action '${String(action)}'.${suggestions.length > 0 ? ` Did you mean ${suggestions.map((id) => `'${id}'`).join(' or ')}?` : ''} Actions in the plan: ${known.length > 0 ? listValues(known, 12, 'en') : 'none'}.`,
  expectedScore: 'a score from scoreBerenschot (with collaboration, date, overall and factors)',
  expectedPlan: "a plan (kind: 'plan'), for example from proposePlan or parsePlan",
  expectedStart: "an existing date as YYYY-MM-DD (for example '2026-09-01') or a valid Date; required",
  expectedOn: "the date of the review, as YYYY-MM-DD (for example '2027-06-01') or a valid Date; required",
  expectedTargets:
    'an object with strategy factors as keys and target scores from 0 to 100, for example { relatie: 75 }',
  expectedPitfalls: 'the list detectPitfalls returns: objects with a pitfall from the catalogue',
  expectedCollaboration: 'a collaboration (kind: collaboration), for example from parseCollaboration',
  samePlanCollaboration: (collaboration) => `a score of the same collaboration as the plan ('${collaboration}')`,
};
