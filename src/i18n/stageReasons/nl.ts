import { formatCount, formatList, formatNumber } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';
import { nl as terms } from '../scoringTerms/nl.js';

const number = (value: number): string => formatNumber(value, 'nl');
const list = (items: readonly string[]): string => formatList(items, 'nl');

/**
 * The reasons `inferStage` gives for a stage, in Dutch: one sentence per rule that voted, and the summary of the
 * outcome. Every reason says what in the document points to the stage and why.
 */
export const nl = {
  selfPlacement: (stage: LocalisedText): string =>
    `De partners plaatsen zichzelf in het stadium '${stage.nl}'. Dat oordeel weegt het zwaarst, maar kan worden overstemd als het document stelselmatig iets anders laat zien.`,
  ambitionMissing:
    'Er is geen gezamenlijke ambitie vastgelegd: de partners hebben zich nog niet aan iets gemeenschappelijks verbonden. Dit telt licht, want het document kan ook onvolledig zijn.',
  ambitionGeneral:
    'Er is een ambitie, maar zonder uitgangspunten: de partners hebben elkaar nog weinig vastgelegd om op terug te vallen.',
  ambitionPartial: (contributors: number, partners: number): string =>
    `De ambitie heeft uitgangspunten, maar slechts ${contributors} van de ${partners} partners dragen zichtbaar bij: samenwerking die vooral rust op wie moet.`,
  ambitionComplete: (partners: number): string =>
    `De ambitie heeft uitgangspunten en alle ${partners} partners dragen bij: een gedeelde basis waarop de partners elkaar vertrouwen.`,
  interestsMissing:
    'Er zijn geen belangen vastgelegd: ieder lijkt vooral zijn eigen standpunt te bewaken. Dit telt licht, want het document kan ook onvolledig zijn.',
  interestsHidden: (hidden: number, total: number): string =>
    `${hidden} van de ${total} belangen zijn niet voor alle partners zichtbaar: waar belangen verborgen blijven, groeit argwaan.`,
  interestsUnshared: (total: number): string =>
    `De ${total} belangen liggen open op tafel, maar geen ervan wordt gedeeld: ieder brengt zijn eigen standpunt in.`,
  interestsIncomplete: (shared: number, partnersWithout: number, undocumented: number): string => {
    const gaps: string[] = [];
    if (partnersWithout > 0) {
      gaps.push(formatCount(partnersWithout, 'partner zonder belang', 'partners zonder belang', 'nl'));
    }
    if (undocumented > 0)
      gaps.push(formatCount(undocumented, 'belang niet op papier', 'belangen niet op papier', 'nl'));
    return `Er is een gedeeld belang (${shared}), maar het beeld is onvolledig (${list(gaps)}): de partners vinden elkaar vooral rond wat nu moet.`;
  },
  interestsSomeShared: (shared: number, total: number): string =>
    `Elke partner heeft zijn belangen op papier en zichtbaar voor allen, en ${shared} van de ${total} worden gedeeld: verschillen worden open besproken.`,
  interestsMostlyShared: (shared: number, total: number): string =>
    `Elke partner heeft zijn belangen op papier en zichtbaar voor allen, en ${shared} van de ${total} worden gedeeld: de partners zoeken oplossingen waar iedereen beter van wordt.`,
  agreementsMissing:
    'Er zijn geen afspraken vastgelegd: het overleg heeft nog weinig opgeleverd. Dit telt licht, want het document kan ook onvolledig zijn.',
  agreementsMoneyOnly: (agreements: number): string =>
    `De afspraken (${agreements}) gaan alleen over middelen: het contact draait vooral om wat de ene partij van de andere nodig heeft.`,
  agreementsOther: (agreements: number): string =>
    `Er zijn afspraken (${agreements}), maar geen ervan regelt de rollen of de structuur: de samenwerking is rond een concrete opgave georganiseerd, niet als vaste verhouding.`,
  agreementsRolesOrStructure: (topic: 'rollen' | 'structuur'): string =>
    topic === 'rollen'
      ? 'De rollen zijn afgesproken, de structuur nog niet: de samenwerking verloopt geregeld en soepel.'
      : 'De structuur is afgesproken, de rollen nog niet: de samenwerking verloopt geregeld en soepel.',
  agreementsRolesAndStructure: (agreements: number): string =>
    `De afspraken (${agreements}) regelen zowel de rollen als de structuur: een heldere taakverdeling tussen gelijkwaardige partners.`,
  announcedFirst: (dates: readonly string[], months: number): string =>
    `In de ${months} maanden tot de peildatum ging iets naar buiten voordat de partners het wisten (${list(dates)}): een teken van wantrouwen.`,
  informedFirst: (dates: readonly string[], months: number): string =>
    `In de ${months} maanden tot de peildatum werden de partners ingelicht voordat iets naar buiten ging (${list(dates)}): zij houden elkaar op de hoogte.`,
  recentTurnover: (dates: readonly string[], months: number): string =>
    `In de ${months} maanden tot de peildatum wisselde een sleutelspeler (${list(dates)}): relatie en vertrouwen moeten opnieuw groeien, en tot dan leunt de samenwerking op noodzaak en afspraken.`,
  hastyStart: (dates: readonly string[], firstRoles: string | undefined, months: number): string =>
    firstRoles === undefined
      ? `In de ${months} maanden tot de peildatum begon de uitvoering (${list(dates)}) zonder afspraak over de rollen: handelen onder druk van de omstandigheden.`
      : `In de ${months} maanden tot de peildatum begon de uitvoering (${list(dates)}) vóór de eerste afspraak over de rollen (${firstRoles}): handelen onder druk van de omstandigheden.`,
  duration: (months: number, stage: LocalisedText, ended: boolean): string => {
    const years = Math.floor(months / 12);
    const rest = months % 12;
    const span = years === 0 ? `${rest} maanden` : `${years} jaar en ${rest} maanden`;
    return `De samenwerking ${ended ? 'liep' : 'loopt'} ${span}. Vertrouwen groeit met de jaren; die looptijd past bij '${stage.nl}'.`;
  },
  factors: (labels: readonly LocalisedText[], strongest: number, stage: LocalisedText): string =>
    `Waargenomen: ${list(labels.map((label) => label.nl))} (sterkte tot ${strongest} van 3). Dat past bij '${stage.nl}'.`,
  factorScore: (factor: 'relatie' | 'communicatie', score: number, stage: LocalisedText): string =>
    `De zelfevaluatie geeft ${terms.strategyFactor[factor]} een score van ${number(score)}; per vijfde van de schaal past dat bij '${stage.nl}'.`,
  overallBand: (band: string, score: number, stage: LocalisedText): string =>
    `De zelfevaluatie scoort in totaal ${number(score)} (${band}); dat past bij '${stage.nl}'.`,
  summary: (
    stage: LocalisedText,
    confidence: 'laag' | 'middel' | 'hoog',
    points: number,
    total: number,
    selfPlaced: LocalisedText | undefined,
    agrees: boolean,
  ): string => {
    const self =
      selfPlaced === undefined
        ? ''
        : agrees
          ? ' Dat is ook het stadium waarin de partners zichzelf plaatsen.'
          : ` De partners plaatsen zichzelf in '${selfPlaced.nl}'.`;
    return `Meest waarschijnlijk stadium: '${stage.nl}' (${number(points)} van ${number(total)} punten, zekerheid ${terms.confidence[confidence]}).${self}`;
  },
};

/** The reasons of `inferStage`: the shape every language implements. */
export type StageReasonMessages = typeof nl;
