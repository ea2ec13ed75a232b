import { formatListShort } from '../format.js';
import type { LocalisedText } from '../LocalisedText.js';

const list = (items: readonly string[]): string => formatListShort(items, 'nl', (item) => item);
const labels = (items: readonly LocalisedText[]): string => formatListShort(items, 'nl', (item) => item.nl);

/**
 * The findings of `detectPitfalls`, in Dutch: what in the document points to a pitfall, then what to do about it;
 * and the labels of the evidence (an interest, a turnover, an announcement) as a reader finds it.
 */
export const nl = {
  keyPlayersLeftOut: (groups: readonly LocalisedText[]): string =>
    `Niet betrokken en door geen partner vertegenwoordigd: ${labels(groups)}. Betrek hen voordat er belangrijke besluiten vallen, of spreek af welke partner namens hen meepraat en aan hen terugkoppelt.`,
  councilOverlooked: (municipalities: readonly string[], listed: boolean): string =>
    `${listed ? 'De gemeenteraad is niet betrokken' : 'De gemeenteraad staat niet in de lijst van belanghebbenden'}, terwijl ${list(municipalities)} ${municipalities.length > 1 ? 'partners zijn' : 'partner is'}. Betrek raadsleden tijdig: informeer hen al in de verkenning en bij elke mijlpaal, zodat er steun is voor het beleid en voor het geld.`,
  principalsOverlooked: (boards: readonly string[], listed: boolean): string =>
    `${listed ? 'De schooldirecteuren zijn niet betrokken' : 'De schooldirecteuren staan niet in de lijst van belanghebbenden'}, terwijl ${list(boards)} ${boards.length > 1 ? 'partners zijn' : 'partner is'}. Betrek directeuren al bij het uitwerken van de plannen: zij moeten de afspraken op hun school waarmaken.`,
  endlessAssembly: (partners: number, maxForumSize: number): string =>
    `De samenwerking telt ${partners} partners, meer dan ${maxForumSize}, en geen enkele groep belanghebbenden wordt via een partner vertegenwoordigd. Laat groepen vergelijkbare organisaties zich vertegenwoordigen, met een helder mandaat en de plicht om terug te koppelen, zodat het overleg slagvaardig blijft.`,
  noAmbition:
    'Er is geen gezamenlijke ambitie vastgelegd. Beschrijf samen wat er over een paar jaar anders moet zijn, voor wie, en waaraan je dat merkt, en leg een paar uitgangspunten vast.',
  noPrinciples:
    'De ambitie heeft geen uitgangspunten. Leg samen een paar uitgangspunten vast waarop de partners terugvallen als ze het oneens zijn; dat maakt de ambitie concreet genoeg om misverstanden te voorkomen.',
  contributionsMissing: (partners: readonly string[]): string =>
    `In de ambitie staat geen bijdrage van ${list(partners)}. Spreek al in de ambitiefase af wat elke partner inbrengt: geld, personeel, faciliteiten of iets anders.`,
  ownInterestDominates: (interests: number): string =>
    `Geen van de vastgelegde belangen (${interests}) wordt door de andere partners gedeeld. Zoek naar een gezamenlijk belang, bij voorkeur geformuleerd vanuit de kinderen of de regio, en toets voorstellen daaraan.`,
  interestsUnclear: (
    withoutInterest: readonly string[],
    undocumented: readonly LocalisedText[],
    hidden: readonly LocalisedText[],
  ): string => {
    const gaps: string[] = [];
    if (withoutInterest.length > 0) gaps.push(`Geen belang vastgelegd voor ${list(withoutInterest)}.`);
    if (undocumented.length > 0) gaps.push(`Niet op papier gezet: ${labels(undocumented)}.`);
    if (hidden.length > 0) gaps.push(`Niet voor alle partners zichtbaar: ${labels(hidden)}.`);
    return `Niet alle belangen zijn helder. ${gaps.join(' ')} Laat elke partner zijn belangen openlijk benoemen en leg ze vast in een stuk dat alle partners kunnen inzien.`;
  },
  /** An interest as a reader finds it in the document: its number (from 1) and its partner. */
  interestLabel: (index: number, partner: string): string => `belang ${index + 1} (van ${partner})`,
  keyPlayerTurnover: (changes: readonly LocalisedText[], months: number, referenceDate: string): string =>
    `In de ${months} maanden tot en met ${referenceDate} wisselde een sleutelspeler: ${labels(changes)}. Werk de opvolger bewust in, plan een kennismaking en werk opnieuw samen aan het gezamenlijke doel.`,
  /** One turnover as a reader finds it: the role and partner when known, and the date. */
  turnoverLabel: (date: string, role: string | undefined, partner: string | undefined): string =>
    `${role ?? 'een sleutelspeler'}${partner === undefined ? '' : ` bij ${partner}`} op ${date}`,
  startedTooFast: (
    starts: readonly string[],
    agreementDate: string | undefined,
    subject: string | undefined,
  ): string =>
    agreementDate === undefined
      ? `De uitvoering begon op ${list(starts)}, maar er is geen afspraak die de rollen regelt. Leg vast wie wat doet, met welke middelen en volgens welke planning.`
      : `De uitvoering begon op ${list(starts)}, vóór de eerste afspraak over rollen ('${subject}', ${agreementDate}). Leg voortaan vooraf vast wie wat doet, met welke middelen en volgens welke planning, ook als de tijd dringt.`,
  announcedFirst: (announcements: readonly LocalisedText[]): string =>
    `Er ging iets naar buiten voordat de partners waren ingelicht: ${labels(announcements)}. Spreek af dat geen partner naar buiten treedt voordat de anderen het weten, en leg vast wie wie informeert.`,
  /** One announcement as a reader finds it: the date and, when known, the partner that made it. */
  announcementLabel: (date: string, partner: string | undefined): string =>
    `op ${date}${partner === undefined ? '' : ` door ${partner}`}`,
};

/** The findings of `detectPitfalls`: the shape every language implements. */
export type PitfallFindingMessages = typeof nl;
