import { formatChange, formatCount, formatNumber } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

const number = (value: number): string => formatNumber(value, 'nl');

/** A direction of a trend, as `trend` reports it. */
type Direction = 'rising' | 'falling' | 'stable';

const DIRECTION: Readonly<Record<Direction, string>> = { rising: 'stijgend', falling: 'dalend', stable: 'stabiel' };

/**
 * The texts of `trend`, in Dutch: the line of one series, the summary, and the kinds of value its arguments take.
 */
export const nl = {
  overallName: 'Totaalscore',
  series: (
    name: LocalisedText,
    first: number | null,
    last: number | null,
    sinceFirst: number | null,
    direction: Direction | null,
    points: number,
  ): string => {
    if (first === null && last === null) return `${name.nl}: geen score bij de eerste en de laatste meting.`;
    if (points === 1) return `${name.nl}: ${last === null ? 'geen score' : number(last)}, het beginpunt van de reeks.`;
    if (sinceFirst === null || direction === null) {
      return `${name.nl}: niet over de hele reeks te vergelijken (eerst ${first === null ? 'geen score' : number(first)}, nu ${last === null ? 'geen score' : number(last)}).`;
    }
    return `${name.nl}: van ${number(first as number)} naar ${number(last as number)} (${formatChange(sinceFirst, 'nl')}), ${DIRECTION[direction]}.`;
  },
  summary: (
    first: string,
    last: string,
    assessments: number,
    overallChange: number | null,
    direction: Direction | null,
    appeared: number,
    resolved: number,
  ): string => {
    const count = formatCount(assessments, 'meting', 'metingen', 'nl');
    if (assessments === 1) return `Eén meting (${first}): het beginpunt van een reeks; nog geen verandering te zien.`;
    const change =
      overallChange === null || direction === null
        ? 'totaalscore niet over de hele reeks te vergelijken'
        : `totaalscore ${DIRECTION[direction]} (${formatChange(overallChange, 'nl')} sinds de eerste meting)`;
    return `Van ${first} tot ${last}, ${count}: ${change}; onderweg ${formatCount(appeared, 'valkuil erbij gekomen', 'valkuilen erbij gekomen', 'nl')} en ${formatCount(resolved, 'opgelost', 'opgelost', 'nl')}.`;
  },
  chartTitle: (collaboration: string): string => `Verloop van de scores van ${collaboration}`,
  chartDescription: (first: string, last: string, assessments: number, lines: string): string =>
    `Lijndiagram van ${formatCount(assessments, 'meting', 'metingen', 'nl')}, van ${first} tot ${last}, op een schaal van 0 tot 100 met de banden als achtergrond. ${lines}`,
  pointTitle: (name: LocalisedText, date: string, score: number | null): string =>
    `${name.nl}, ${date}: ${score === null ? 'geen score' : number(score)}`,
  chartBands: 'een object { voldoende, goed } met 0 ≤ voldoende < goed ≤ 100',
  expectedAssessments: 'een lijst van een of meer metingen (kind: assessment) of scores van scoreBerenschot',
  sameCollaboration: (collaboration: string): string =>
    `een meting van dezelfde samenwerking als de eerste ('${collaboration}'); een trend volgt één samenwerking`,
  distinctDate: (date: string, other: number): string =>
    `een andere datum dan ${date}: meting ${other} heeft die datum al; voeg metingen van dezelfde dag samen tot één meting`,
  minChange: 'een getal van 0 tot en met 100: het kleinste verschil in punten dat als stijging of daling telt',
};

/** The texts of `trend`: the shape every language implements. */
export type TrendTextMessages = typeof nl;
