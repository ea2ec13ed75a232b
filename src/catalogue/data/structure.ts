import type { IndicatorId } from '../ids/indicators.js';
import type { PitfallId } from '../ids/pitfalls.js';
import type { StrategyFactorId } from '../ids/strategyFactors.js';

/**
 * The structure of the Berenschot strategy without any text: which indicators belong to which factor, the soft
 * order of the factors, and the signal indicator of each pitfall. Scoring needs only this, so importing
 * `scoreBerenschot` does not load the texts of the catalogue. A test checks that it matches the catalogue.
 */

/** A strategy factor's place in the strategy. */
export interface StrategyFactorStructure {
  /** The strategy factor. */
  readonly id: StrategyFactorId;
  /** The factors that should be in place first. */
  readonly prerequisites: readonly StrategyFactorId[];
  /** Its indicators, in order. */
  readonly indicators: readonly IndicatorId[];
}

/** A pitfall's factor and signal indicator. */
export interface PitfallStructure {
  /** The pitfall. */
  readonly id: PitfallId;
  /** The strategy factor it threatens. */
  readonly factor: StrategyFactorId;
  /** The indicator whose low score signals it. */
  readonly signal: IndicatorId;
}

/** The six strategy factors in strategy order, without texts. */
export const strategyStructure: readonly StrategyFactorStructure[] = [
  {
    id: 'belanghebbenden',
    prerequisites: [],
    indicators: [
      'belanghebbenden.tijdig-betrokken',
      'belanghebbenden.vertegenwoordiging',
      'belanghebbenden.gemeenteraad',
      'belanghebbenden.schooldirecteuren',
      'belanghebbenden.slagvaardig',
    ],
  },
  {
    id: 'ambitie',
    prerequisites: ['belanghebbenden'],
    indicators: ['ambitie.concreet', 'ambitie.uitgangspunten', 'ambitie.bijdragen', 'ambitie.urgentie'],
  },
  {
    id: 'belangen',
    prerequisites: ['belanghebbenden'],
    indicators: ['belangen.eigen-benoemd', 'belangen.erkend', 'belangen.gedeeld', 'belangen.gezamenlijk-boven-eigen'],
  },
  {
    id: 'relatie',
    prerequisites: ['ambitie', 'belangen'],
    indicators: [
      'relatie.regelmatig-contact',
      'relatie.bilateraal-informeel',
      'relatie.zichtbaarheid',
      'relatie.klik',
      'relatie.continuiteit',
    ],
  },
  {
    id: 'organisatie',
    prerequisites: ['relatie', 'ambitie'],
    indicators: [
      'organisatie.structuur',
      'organisatie.middelen',
      'organisatie.rollen',
      'organisatie.planmatig',
      'organisatie.samen-vormgegeven',
    ],
  },
  {
    id: 'communicatie',
    prerequisites: [],
    indicators: [
      'communicatie.tijdig',
      'communicatie.afspraken',
      'communicatie.aanspreekpunten',
      'communicatie.respectvol',
    ],
  },
];

/** The pitfalls in catalogue order, without texts. */
export const pitfallStructure: readonly PitfallStructure[] = [
  { id: 'sleutelspelers-niet-betrokken', factor: 'belanghebbenden', signal: 'belanghebbenden.tijdig-betrokken' },
  { id: 'gemeenteraad-over-het-hoofd', factor: 'belanghebbenden', signal: 'belanghebbenden.gemeenteraad' },
  { id: 'schooldirecteuren-over-het-hoofd', factor: 'belanghebbenden', signal: 'belanghebbenden.schooldirecteuren' },
  { id: 'poolse-landdag', factor: 'belanghebbenden', signal: 'belanghebbenden.slagvaardig' },
  { id: 'ambitie-te-algemeen', factor: 'ambitie', signal: 'ambitie.concreet' },
  { id: 'bijdragen-niet-benoemd', factor: 'ambitie', signal: 'ambitie.bijdragen' },
  { id: 'eigen-belang-domineert', factor: 'belangen', signal: 'belangen.gezamenlijk-boven-eigen' },
  { id: 'belangen-onhelder', factor: 'belangen', signal: 'belangen.eigen-benoemd' },
  { id: 'geen-klik', factor: 'relatie', signal: 'relatie.klik' },
  { id: 'wisseling-sleutelspelers', factor: 'relatie', signal: 'relatie.continuiteit' },
  { id: 'te-snel-aan-de-slag', factor: 'organisatie', signal: 'organisatie.planmatig' },
  { id: 'eerst-in-de-krant', factor: 'communicatie', signal: 'communicatie.tijdig' },
];
