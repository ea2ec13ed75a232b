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

const signal = (
  factor: StageFactorSignal['factor'],
  stage: StageFactorSignal['stage'],
  sources: readonly SourceRef[],
) => ({ factor, stage, sources }) as const;

/**
 * The bevorderende and belemmerende factors that describe how the partners relate, with the stage each points to
 * when it is observed (strength 1 or more). Factors that say nothing about the relationship are not listed.
 *
 * @category Catalogue
 */
export const stageFactorSignals: readonly StageFactorSignal[] = /* @__PURE__ */ deepFreeze([
  signal('concurrentiedenken', 'onderling-wantrouwen', [haarlemmermeer, terneuzenPositions]),
  signal('persoonlijke-relatie', 'onderling-wantrouwen', [haarlemmermeer]),
  signal('verdeling-schaarse-middelen', 'onderling-wantrouwen', [haarlemmermeer]),
  signal('plichtmatig-overleg', 'standpunten-uitwisselen', [terneuzenPositions]),
  signal('vrijblijvendheid', 'standpunten-uitwisselen', [terneuzenPositions]),
  signal('zorg-om-eigen-identiteit', 'standpunten-uitwisselen', [terneuzenPositions, strategy]),
  signal('behoudende-besturen', 'standpunten-uitwisselen', [terneuzenPositions]),
  signal('geen-verbindende-visie', 'standpunten-uitwisselen', [terneuzenPositions, strategy]),
  signal('ervaren-urgentie', 'noodzakelijke-samenwerking', [terneuzenUrgency, haarlemmermeer]),
  signal('opgelegde-samenwerking', 'noodzakelijke-samenwerking', [haarlemmermeer]),
  signal('wisseling-sleutelfiguren', 'noodzakelijke-samenwerking', [strategy]),
  signal('gezamenlijk-doel-onderwijs-behouden', 'noodzakelijke-samenwerking', [terneuzenUrgency]),
  signal('elkaar-kennen-en-gunnen', 'aangename-samenwerking', [haarlemmermeer]),
  signal('investeren-in-relatie', 'aangename-samenwerking', [haarlemmermeer, strategy]),
  signal('informeel-contact', 'aangename-samenwerking', [haarlemmermeer, strategy]),
  signal('snel-contact', 'aangename-samenwerking', [haarlemmermeer]),
  signal('vaste-partners-korte-lijnen', 'aangename-samenwerking', [haarlemmermeer, venlo]),
  signal('toegankelijk-gemeentebestuur', 'aangename-samenwerking', [haarlemmermeer]),
  signal('nabijheid-sleutelspelers', 'aangename-samenwerking', [haarlemmermeer]),
  signal('intensief-contact', 'aangename-samenwerking', [terneuzenPositions]),
  signal('vaste-aanspreekpunten', 'aangename-samenwerking', [strategy]),
  signal('vertrouwen-en-verantwoordelijkheid', 'volwassen-partnerschap', [nijmegen, nijmegenTrust]),
  signal('veelvuldig-contact', 'volwassen-partnerschap', [nijmegenTrust, venlo]),
  signal('oplossingen-zonder-politiek', 'volwassen-partnerschap', [nijmegenTrust]),
  signal('gelijkwaardigheid', 'volwassen-partnerschap', [nijmegen]),
  signal('win-winfactoren-benoemen', 'volwassen-partnerschap', [nijmegenTrust, strategy]),
  signal('gezamenlijk-eigenaarschap', 'volwassen-partnerschap', [nijmegen]),
  signal('regie-uit-handen-geven', 'volwassen-partnerschap', [nijmegen]),
  signal('lef-voordat-alles-geregeld', 'volwassen-partnerschap', [nijmegenTrust]),
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
