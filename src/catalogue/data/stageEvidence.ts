import { deepFreeze } from '../../internal/deepFreeze.js';
import type { BandStages, SourceRef, StageFactorSignal, StageScale } from '../types.js';

/** Haarlemmermeer: from mutual distrust through necessary to pleasant collaboration. */
const haarlemmermeer: SourceRef = {
  source: 'berenschot-gemeente-onderwijs',
  section: 'Haarlemmermeer: Elkaar iets gunnen',
  lines: 'L568-L578',
};
/** Terneuzen: trading positions before, urgency now. */
const terneuzenPositions: SourceRef = {
  source: 'berenschot-gemeente-onderwijs',
  section: 'Terneuzen: Alle hens aan dek',
  lines: 'L2040-L2056',
};
const terneuzenUrgency: SourceRef = {
  source: 'berenschot-gemeente-onderwijs',
  section: 'Terneuzen: Alle hens aan dek',
  lines: 'L1985-L1991',
};
/** Nijmegen: a mature partnership since 2005. */
const nijmegen: SourceRef = {
  source: 'berenschot-gemeente-onderwijs',
  section: 'Nijmegen: Volwassen partnerschap',
  lines: 'L1508-L1518',
};
const nijmegenTrust: SourceRef = {
  source: 'berenschot-gemeente-onderwijs',
  section: 'Nijmegen: Volwassen partnerschap',
  lines: 'L1686-L1694',
};
/** Venlo: trust grew over the years. */
const venlo: SourceRef = {
  source: 'berenschot-gemeente-onderwijs',
  section: 'Venlo: Passend samenwerken',
  lines: 'L2657-L2665',
};
/** The six-factor strategy and its pitfalls. */
const strategy: SourceRef = { source: 'berenschot-gemeente-onderwijs', section: 'Strategie', lines: 'L2895-L3083' };

/** A passage of a Berenschot portrait that names the factor itself (the stage it points to is our reading). */
const portrait = (section: string, lines: string): SourceRef => ({
  source: 'berenschot-gemeente-onderwijs',
  section,
  lines,
});
/** Haarlemmermeer before: distrust, and money for buildings went to whoever knew the way to the town hall. */
const haarlemmermeerBefore = portrait('Haarlemmermeer: Elkaar iets gunnen', 'L504-L514');
/** Terneuzen: the sense of urgency and the trust in each other were missing a few years earlier. */
const terneuzenNoTrust = portrait('Terneuzen: Alle hens aan dek', 'L2034-L2038');

/**
 * The bevorderende and belemmerende factors that describe how the partners relate, with the stage each points to
 * when it is observed (strength 1 or more). Factors that say nothing about the relationship are not listed.
 *
 * @remarks
 * The stages and their order come from the portraits (Haarlemmermeer names three, Terneuzen the exchange of positions,
 * Nijmegen the mature partnership). Only some cited passages hold both the factor and the stage (Terneuzen before and
 * after the urgency, Nijmegen); for the others the signal cites the lines that describe the stage and, where a
 * portrait names the factor, those lines too, and tying the two together is this library's reading.
 *
 * @category Catalogue
 */
export const stageFactorSignals: readonly StageFactorSignal[] = /* @__PURE__ */ deepFreeze([
  { factor: 'concurrentiedenken', stage: 'onderling-wantrouwen', sources: [haarlemmermeer, terneuzenPositions] },
  {
    factor: 'persoonlijke-relatie',
    stage: 'onderling-wantrouwen',
    sources: [haarlemmermeer, haarlemmermeerBefore, terneuzenNoTrust],
  },
  {
    factor: 'verdeling-schaarse-middelen',
    stage: 'onderling-wantrouwen',
    sources: [haarlemmermeer, haarlemmermeerBefore],
  },
  { factor: 'plichtmatig-overleg', stage: 'standpunten-uitwisselen', sources: [terneuzenPositions] },
  { factor: 'vrijblijvendheid', stage: 'standpunten-uitwisselen', sources: [terneuzenPositions] },
  { factor: 'zorg-om-eigen-identiteit', stage: 'standpunten-uitwisselen', sources: [terneuzenPositions, strategy] },
  { factor: 'behoudende-besturen', stage: 'standpunten-uitwisselen', sources: [terneuzenPositions] },
  { factor: 'geen-verbindende-visie', stage: 'standpunten-uitwisselen', sources: [terneuzenPositions, strategy] },
  { factor: 'ervaren-urgentie', stage: 'noodzakelijke-samenwerking', sources: [terneuzenUrgency, haarlemmermeer] },
  { factor: 'opgelegde-samenwerking', stage: 'noodzakelijke-samenwerking', sources: [haarlemmermeer] },
  { factor: 'wisseling-sleutelfiguren', stage: 'noodzakelijke-samenwerking', sources: [strategy] },
  { factor: 'gezamenlijk-doel-onderwijs-behouden', stage: 'noodzakelijke-samenwerking', sources: [terneuzenUrgency] },
  {
    factor: 'elkaar-kennen-en-gunnen',
    stage: 'aangename-samenwerking',
    sources: [haarlemmermeer, portrait('Haarlemmermeer: Elkaar iets gunnen', 'L604-L616')],
  },
  {
    factor: 'investeren-in-relatie',
    stage: 'aangename-samenwerking',
    sources: [haarlemmermeer, portrait('Haarlemmermeer: Elkaar iets gunnen', 'L528-L532'), strategy],
  },
  {
    factor: 'informeel-contact',
    stage: 'aangename-samenwerking',
    sources: [haarlemmermeer, portrait('Terneuzen: Alle hens aan dek', 'L2108-L2118'), strategy],
  },
  {
    factor: 'snel-contact',
    stage: 'aangename-samenwerking',
    sources: [haarlemmermeer, portrait('Venlo: Passend samenwerken', 'L2608-L2610')],
  },
  { factor: 'vaste-partners-korte-lijnen', stage: 'aangename-samenwerking', sources: [haarlemmermeer, venlo] },
  {
    factor: 'toegankelijk-gemeentebestuur',
    stage: 'aangename-samenwerking',
    sources: [haarlemmermeer, portrait('Leiden: Werelden bij elkaar', 'L1383-L1399')],
  },
  {
    factor: 'nabijheid-sleutelspelers',
    stage: 'aangename-samenwerking',
    sources: [haarlemmermeer, portrait('Leiden: Werelden bij elkaar', 'L1357-L1381')],
  },
  { factor: 'intensief-contact', stage: 'aangename-samenwerking', sources: [terneuzenPositions] },
  {
    factor: 'vaste-aanspreekpunten',
    stage: 'aangename-samenwerking',
    sources: [haarlemmermeer, portrait('Venlo: Passend samenwerken', 'L2608-L2609'), strategy],
  },
  { factor: 'vertrouwen-en-verantwoordelijkheid', stage: 'volwassen-partnerschap', sources: [nijmegen, nijmegenTrust] },
  { factor: 'veelvuldig-contact', stage: 'volwassen-partnerschap', sources: [nijmegenTrust, venlo] },
  { factor: 'oplossingen-zonder-politiek', stage: 'volwassen-partnerschap', sources: [nijmegenTrust] },
  { factor: 'gelijkwaardigheid', stage: 'volwassen-partnerschap', sources: [nijmegen] },
  {
    factor: 'win-winfactoren-benoemen',
    stage: 'volwassen-partnerschap',
    sources: [nijmegenTrust, portrait('Venlo: Passend samenwerken', 'L2770-L2792'), strategy],
  },
  {
    factor: 'gezamenlijk-eigenaarschap',
    stage: 'volwassen-partnerschap',
    sources: [nijmegen, portrait('Veenendaal: Visie als fundament', 'L2361-L2367')],
  },
  {
    factor: 'regie-uit-handen-geven',
    stage: 'volwassen-partnerschap',
    sources: [nijmegen, portrait('Hengelo: Met sprongen vooruit', 'L830-L856')],
  },
  {
    factor: 'lef-voordat-alles-geregeld',
    stage: 'volwassen-partnerschap',
    sources: [nijmegenTrust, portrait('Eindhoven: Samen voor gelijke kansen', 'L430-L440')],
  },
]);

/**
 * The stage scale of a strategy factor score (0 to 100): one stage per fifth of the range.
 *
 * @category Catalogue
 */
export const stageScoreScale: StageScale = /* @__PURE__ */ deepFreeze({
  label: { nl: 'Score van een strategiefactor (0 tot 100)', en: 'Score of a strategy factor (0 to 100)' },
  steps: [
    { from: 0, stage: 'onderling-wantrouwen' },
    { from: 20, stage: 'standpunten-uitwisselen' },
    { from: 40, stage: 'noodzakelijke-samenwerking' },
    { from: 60, stage: 'aangename-samenwerking' },
    { from: 80, stage: 'volwassen-partnerschap' },
  ],
  sources: [haarlemmermeer, nijmegenTrust],
  note: {
    nl: 'De vijf stadia en hun volgorde komen uit de portretten; dat elk stadium een vijfde van de score beslaat, is de keuze van deze bibliotheek.',
    en: 'The five stages and their order come from the portraits; that each stage takes a fifth of the score is this library’s choice.',
  },
});

/**
 * The stage scale of the duration of a collaboration, in whole months: under 2 years, under 5, under 10, and longer.
 *
 * @category Catalogue
 */
export const stageDurationScale: StageScale = /* @__PURE__ */ deepFreeze({
  label: { nl: 'Looptijd van de samenwerking in maanden', en: 'Duration of the collaboration in months' },
  steps: [
    { from: 0, stage: 'standpunten-uitwisselen' },
    { from: 24, stage: 'noodzakelijke-samenwerking' },
    { from: 60, stage: 'aangename-samenwerking' },
    { from: 120, stage: 'volwassen-partnerschap' },
  ],
  sources: [venlo, nijmegen],
  note: {
    nl: 'Dat vertrouwen met de jaren groeit, staat in de portretten van Venlo en Nijmegen; de grenzen van 2, 5 en 10 jaar zijn de keuze van deze bibliotheek. Een looptijd wijst nooit naar wantrouwen.',
    en: 'That trust grows over the years is in the Venlo and Nijmegen portraits; the limits of 2, 5 and 10 years are this library’s choice. A duration never points to distrust.',
  },
});

/**
 * The stage each band of the overall Berenschot score points to.
 *
 * @category Catalogue
 */
export const stageBandScale: BandStages = /* @__PURE__ */ deepFreeze({
  onvoldoende: 'standpunten-uitwisselen',
  voldoende: 'noodzakelijke-samenwerking',
  goed: 'aangename-samenwerking',
  sources: [haarlemmermeer, strategy],
  note: {
    nl: 'Een zelfevaluatie meet de zes factoren, niet het vertrouwen zelf; daarom wijst zelfs een goede score hoogstens naar een aangename samenwerking. Die grens is de keuze van deze bibliotheek.',
    en: 'A self-assessment measures the six factors, not trust itself; so even a good score points at most to a pleasant collaboration. That limit is this library’s choice.',
  },
});
