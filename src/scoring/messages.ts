/**
 * Every text of the scoring functions, in Dutch and English, in one place: the explanation of a factor score, the
 * messages of pitfall findings (what is wrong and what to do), and the option errors.
 *
 * @module
 */
import type { LocalisedText } from '../catalogue/types.js';

/** A text in both languages, built from the parts that differ per language. */
function both(nl: string, en: string): LocalisedText {
  return { nl, en };
}

/** Writes a number for a sentence: at most one decimal, with a decimal comma in Dutch. */
export function formatNumber(value: number, locale: 'nl' | 'en'): string {
  const text = String(Math.round(value * 10) / 10);
  return locale === 'nl' ? text.replace('.', ',') : text;
}

/** Writes a share from 0 to 1 as a percentage for a sentence. */
function percent(share: number, locale: 'nl' | 'en'): string {
  return `${formatNumber(share * 100, locale)}%`;
}

/** Joins names as a reader writes a list: `a, b en c` or `a, b and c`. */
export function joinList(items: readonly string[], locale: 'nl' | 'en'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  return `${items.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${last}`;
}

/** A list of names in both languages. */
function listBoth(items: readonly string[]): LocalisedText {
  return both(joinList(items, 'nl'), joinList(items, 'en'));
}

/** The values an option accepts, as the "Allowed:" part of an option error. */
export const allowedValues = {
  options: { nl: 'een object met opties, of undefined', en: 'an object of options, or undefined' },
  weight: {
    nl: 'een eindig getal van 0 of meer, of undefined voor het standaardgewicht 1',
    en: 'a finite number of 0 or more, or undefined for the default weight 1',
  },
  weights: {
    nl: "een object met id's uit de catalogus als sleutels en gewichten van 0 of meer als waarden",
    en: 'an object with catalogue ids as keys and weights of 0 or more as values',
  },
  fraction: { nl: 'een getal van 0 tot en met 1', en: 'a number from 0 to 1' },
  gap: { nl: 'een eindig getal van 0 of meer', en: 'a finite number of 0 or more' },
  score: { nl: 'een getal van 0 tot en met 100', en: 'a number from 0 to 100' },
  bands: {
    nl: 'een object { voldoende, goed } met 0 ≤ voldoende < goed ≤ 100',
    en: 'an object { voldoende, goed } with 0 ≤ voldoende < goed ≤ 100',
  },
  bandOrder: {
    nl: 'een ondergrens voor voldoende die lager is dan die voor goed, beide van 0 tot en met 100',
    en: 'a lower bound for voldoende that is below the one for goed, both from 0 to 100',
  },
  referenceDate: {
    nl: "een bestaande datum als JJJJ-MM-DD (bijvoorbeeld '2026-03-15') of een geldige Date",
    en: "an existing date as YYYY-MM-DD (for example '2026-03-15') or a valid Date",
  },
  wholeNumberFrom: (min: number): LocalisedText =>
    both(`een geheel getal van ${min} of meer`, `a whole number of ${min} or more`),
  wholeNumber: (min: number, max: number): LocalisedText =>
    both(`een geheel getal van ${min} tot en met ${max}`, `a whole number from ${min} to ${max}`),
} as const;

/** The option errors that `messages.invalidOption` does not cover, and the explanation and finding texts. */
export const scoringMessages = {
  unknownOption: (option: string, known: readonly string[], suggestions: readonly string[]): LocalisedText => {
    const hint = suggestions.length > 0 ? suggestions.map((name) => `'${name}'`).join(', ') : '';
    return both(
      `De optie '${option}' bestaat niet.${hint === '' ? '' : ` Bedoelde u ${hint}?`} Bekende opties: ${known.join(', ')}.`,
      `There is no option '${option}'.${hint === '' ? '' : ` Did you mean ${hint}?`} Known options: ${known.join(', ')}.`,
    );
  },

  unknownWeightKey: (
    option: string,
    key: string,
    kind: 'indicator' | 'factor',
    suggestions: readonly string[],
    example: string,
  ): LocalisedText => {
    const hint = suggestions.map((id) => `'${id}'`).join(', ');
    const kindNl = kind === 'indicator' ? 'indicator' : 'strategiefactor';
    const kindEn = kind === 'indicator' ? 'an indicator' : 'a strategy factor';
    return both(
      `De optie '${option}' noemt '${key}', maar dat is geen ${kindNl} uit de catalogus.${hint === '' ? '' : ` Bedoelde u ${hint}?`} Gebruik id's uit de catalogus als sleutels, bijvoorbeeld '${example}'.`,
      `The option '${option}' names '${key}', which is not ${kindEn} of the catalogue.${hint === '' ? '' : ` Did you mean ${hint}?`} Use catalogue ids as keys, for example '${example}'.`,
    );
  },

  zeroFactorWeight: (option: string, factor: string): LocalisedText =>
    both(
      `De gewichten in '${option}' voor de indicatoren van factor '${factor}' tellen op tot 0. Geef minstens één indicator van deze factor een gewicht groter dan 0.`,
      `The weights in '${option}' for the indicators of factor '${factor}' add up to 0. Give at least one indicator of this factor a weight above 0.`,
    ),

  zeroFactorWeights: (option: string): LocalisedText =>
    both(
      `De gewichten in '${option}' tellen op tot 0. Geef minstens één strategiefactor een gewicht groter dan 0.`,
      `The weights in '${option}' add up to 0. Give at least one strategy factor a weight above 0.`,
    ),

  /** The formula of a factor score, for the scale and minimum coverage used. */
  formula: (min: number, max: number, minCoverage: number): LocalisedText =>
    both(
      `indicatorscore = 100 × (gemiddeld antwoord − ${min}) / (${max} − ${min}); factorscore = Σ(gewicht × indicatorscore) / Σ gewicht over de beantwoorde indicatoren, alleen als het beantwoorde gewicht minstens ${percent(minCoverage, 'nl')} van het totale gewicht is`,
      `indicator score = 100 × (mean answer − ${min}) / (${max} − ${min}); factor score = Σ(weight × indicator score) / Σ weight over the answered indicators, only when the answered weight is at least ${percent(minCoverage, 'en')} of the total weight`,
    ),

  /** The outcome of a factor that has a score. */
  scored: (
    score: number,
    counted: number,
    indicators: number,
    weighted: boolean,
    coverage: number,
    minCoverage: number,
  ): LocalisedText =>
    both(
      `Score ${formatNumber(score, 'nl')}: het ${weighted ? 'gewogen ' : ''}gemiddelde van ${counted} van de ${indicators} indicatoren (dekking ${percent(coverage, 'nl')}, minimaal ${percent(minCoverage, 'nl')} nodig).`,
      `Score ${formatNumber(score, 'en')}: the ${weighted ? 'weighted ' : ''}mean of ${counted} of ${indicators} indicators (coverage ${percent(coverage, 'en')}, at least ${percent(minCoverage, 'en')} needed).`,
    ),

  /** The outcome of a factor whose answered indicators carry too little weight. */
  lowCoverage: (answered: number, indicators: number, coverage: number, minCoverage: number): LocalisedText =>
    both(
      `Geen score: ${answered} van de ${indicators} indicatoren beantwoord, een dekking van ${percent(coverage, 'nl')} terwijl minimaal ${percent(minCoverage, 'nl')} nodig is.`,
      `No score: ${answered} of ${indicators} indicators answered, a coverage of ${percent(coverage, 'en')} where at least ${percent(minCoverage, 'en')} is needed.`,
    ),

  /** The outcome of a factor whose answered indicators all have weight 0. */
  zeroAnsweredWeight: (answered: number): LocalisedText =>
    both(
      `Geen score: de ${answered} beantwoorde indicatoren hebben samen gewicht 0.`,
      `No score: the ${answered} answered indicators carry a total weight of 0.`,
    ),

  /** The outcome of a factor of which no indicator was answered. */
  unanswered: (indicators: number): LocalisedText =>
    both(
      `Geen score: geen van de ${indicators} indicatoren is beantwoord.`,
      `No score: none of the ${indicators} indicators was answered.`,
    ),

  // Pitfall findings: what is wrong, then what to do.

  keyPlayersLeftOut: (groups: LocalisedText): LocalisedText =>
    both(
      `Niet betrokken en door geen partner vertegenwoordigd: ${groups.nl}. Betrek hen voordat er belangrijke besluiten vallen, of spreek af welke partner namens hen meepraat en aan hen terugkoppelt.`,
      `Not involved and represented by no partner: ${groups.en}. Involve them before important decisions are taken, or agree which partner speaks for them and reports back to them.`,
    ),

  councilOverlooked: (municipalities: readonly string[], listed: boolean): LocalisedText => {
    const names = listBoth(municipalities);
    const plural = municipalities.length > 1;
    return both(
      `${listed ? 'De gemeenteraad is niet betrokken' : 'De gemeenteraad staat niet in de lijst van belanghebbenden'}, terwijl ${names.nl} ${plural ? 'partners zijn' : 'partner is'}. Betrek raadsleden tijdig: informeer hen al in de verkenning en bij elke mijlpaal, zodat er steun is voor het beleid en voor het geld.`,
      `${listed ? 'The municipal council is not involved' : 'The municipal council is not among the stakeholders'}, while ${names.en} ${plural ? 'are partners' : 'is a partner'}. Involve council members early: inform them from the exploratory phase on and at every milestone, so that the policy and the money have support.`,
    );
  },

  principalsOverlooked: (boards: readonly string[], listed: boolean): LocalisedText => {
    const names = listBoth(boards);
    const plural = boards.length > 1;
    return both(
      `${listed ? 'De schooldirecteuren zijn niet betrokken' : 'De schooldirecteuren staan niet in de lijst van belanghebbenden'}, terwijl ${names.nl} ${plural ? 'partners zijn' : 'partner is'}. Betrek directeuren al bij het uitwerken van de plannen: zij moeten de afspraken op hun school waarmaken.`,
      `${listed ? 'The school principals are not involved' : 'The school principals are not among the stakeholders'}, while ${names.en} ${plural ? 'are partners' : 'is a partner'}. Involve principals while the plans are being worked out: they have to deliver the agreements in their schools.`,
    );
  },

  endlessAssembly: (partners: number, maxForumSize: number): LocalisedText =>
    both(
      `De samenwerking telt ${partners} partners, meer dan ${maxForumSize}, en geen enkele groep belanghebbenden wordt via een partner vertegenwoordigd. Laat groepen vergelijkbare organisaties zich vertegenwoordigen, met een helder mandaat en de plicht om terug te koppelen, zodat het overleg slagvaardig blijft.`,
      `The collaboration has ${partners} partners, more than ${maxForumSize}, and no stakeholder group is represented through a partner. Let groups of similar organisations be represented, with a clear mandate and a duty to report back, so that meetings stay workable.`,
    ),

  noAmbition: (): LocalisedText =>
    both(
      'Er is geen gezamenlijke ambitie vastgelegd. Beschrijf samen wat er over een paar jaar anders moet zijn, voor wie, en waaraan je dat merkt, en leg een paar uitgangspunten vast.',
      'No shared ambition has been recorded. Describe together what must be different in a few years, for whom, and how you will notice it, and record a few principles.',
    ),

  noPrinciples: (): LocalisedText =>
    both(
      'De ambitie heeft geen uitgangspunten. Leg samen een paar uitgangspunten vast waarop de partners terugvallen als ze het oneens zijn; dat maakt de ambitie concreet genoeg om misverstanden te voorkomen.',
      'The ambition has no principles. Record a few principles together that the partners can fall back on when they disagree; that makes the ambition specific enough to prevent misunderstandings.',
    ),

  contributionsMissing: (partners: readonly string[]): LocalisedText => {
    const names = listBoth(partners);
    return both(
      `In de ambitie staat geen bijdrage van ${names.nl}. Spreek al in de ambitiefase af wat elke partner inbrengt: geld, personeel, faciliteiten of iets anders.`,
      `The ambition records no contribution from ${names.en}. Agree already at the ambition stage what each partner brings in: money, staff, facilities or something else.`,
    );
  },

  ownInterestDominates: (interests: number): LocalisedText =>
    both(
      `Geen van de vastgelegde belangen (${interests}) wordt door de andere partners gedeeld. Zoek naar een gezamenlijk belang, bij voorkeur geformuleerd vanuit de kinderen of de regio, en toets voorstellen daaraan.`,
      `None of the recorded interests (${interests}) is shared by the other partners. Look for a common interest, preferably put in terms of the children or the region, and test proposals against it.`,
    ),

  interestsUnclear: (
    withoutInterest: readonly string[],
    undocumented: readonly LocalisedText[],
    hidden: readonly LocalisedText[],
  ): LocalisedText => {
    const nl: string[] = [];
    const en: string[] = [];
    if (withoutInterest.length > 0) {
      nl.push(`Geen belang vastgelegd voor ${joinList(withoutInterest, 'nl')}.`);
      en.push(`No interest is recorded for ${joinList(withoutInterest, 'en')}.`);
    }
    if (undocumented.length > 0) {
      nl.push(
        `Niet op papier gezet: ${joinList(
          undocumented.map((label) => label.nl),
          'nl',
        )}.`,
      );
      en.push(
        `Not written down: ${joinList(
          undocumented.map((label) => label.en),
          'en',
        )}.`,
      );
    }
    if (hidden.length > 0) {
      nl.push(
        `Niet voor alle partners zichtbaar: ${joinList(
          hidden.map((label) => label.nl),
          'nl',
        )}.`,
      );
      en.push(
        `Not visible to all partners: ${joinList(
          hidden.map((label) => label.en),
          'en',
        )}.`,
      );
    }
    return both(
      `Niet alle belangen zijn helder. ${nl.join(' ')} Laat elke partner zijn belangen openlijk benoemen en leg ze vast in een stuk dat alle partners kunnen inzien.`,
      `Not all interests are clear. ${en.join(' ')} Have each partner state its interests openly and record them in a document every partner can see.`,
    );
  },

  /** An interest as a reader finds it in the document: its number (from 1) and its partner. */
  interestLabel: (index: number, partner: string): LocalisedText =>
    both(`belang ${index + 1} (van ${partner})`, `interest ${index + 1} (of ${partner})`),

  keyPlayerTurnover: (changes: LocalisedText, months: number, referenceDate: string): LocalisedText =>
    both(
      `In de ${months} maanden tot en met ${referenceDate} wisselde een sleutelspeler: ${changes.nl}. Werk de opvolger bewust in, plan een kennismaking en werk opnieuw samen aan het gezamenlijke doel.`,
      `In the ${months} months up to ${referenceDate} a key player changed: ${changes.en}. Deliberately bring the successor up to speed, arrange an introduction and work on the common goal together again.`,
    ),

  /** One turnover as a reader finds it: the role and partner when known, and the date. */
  turnoverLabel: (date: string, role: string | undefined, partner: string | undefined): LocalisedText => {
    const nl = `${role ?? 'een sleutelspeler'}${partner === undefined ? '' : ` bij ${partner}`} op ${date}`;
    const en = `${role ?? 'a key player'}${partner === undefined ? '' : ` at ${partner}`} on ${date}`;
    return both(nl, en);
  },

  startedTooFast: (
    starts: readonly string[],
    agreementDate: string | undefined,
    subject: string | undefined,
  ): LocalisedText => {
    const dates = listBoth(starts);
    if (agreementDate === undefined) {
      return both(
        `De uitvoering begon op ${dates.nl}, maar er is geen afspraak die de rollen regelt. Leg vast wie wat doet, met welke middelen en volgens welke planning.`,
        `Execution started on ${dates.en}, but no agreement settles the roles. Record who does what, with which resources and on which schedule.`,
      );
    }
    return both(
      `De uitvoering begon op ${dates.nl}, vóór de eerste afspraak over rollen ('${subject}', ${agreementDate}). Leg voortaan vooraf vast wie wat doet, met welke middelen en volgens welke planning, ook als de tijd dringt.`,
      `Execution started on ${dates.en}, before the first agreement on roles ('${subject}', ${agreementDate}). From now on, agree beforehand who does what, with which resources and on which schedule, even when time is short.`,
    );
  },

  announcedFirst: (announcements: LocalisedText): LocalisedText =>
    both(
      `Er ging iets naar buiten voordat de partners waren ingelicht: ${announcements.nl}. Spreek af dat geen partner naar buiten treedt voordat de anderen het weten, en leg vast wie wie informeert.`,
      `Something went public before the partners had been told: ${announcements.en}. Agree that no partner goes public before the others know, and record who informs whom.`,
    ),

  /** One announcement as a reader finds it: the date and, when known, the partner that made it. */
  announcementLabel: (date: string, partner: string | undefined): LocalisedText =>
    both(
      `op ${date}${partner === undefined ? '' : ` door ${partner}`}`,
      `on ${date}${partner === undefined ? '' : ` by ${partner}`}`,
    ),

  /** Joins several localised labels into one list per language. */
  joinLabels: (labels: readonly LocalisedText[]): LocalisedText =>
    both(
      joinList(
        labels.map((label) => label.nl),
        'nl',
      ),
      joinList(
        labels.map((label) => label.en),
        'en',
      ),
    ),
} as const;
