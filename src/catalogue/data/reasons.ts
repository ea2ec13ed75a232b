import type { Reason } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type ReasonId, reasonIds } from '../ids/reasons.js';

/**
 * Every reason for not collaborating, in the order of {@link reasonIds}.
 *
 * @remarks
 * The Overlegraad PO-VO names the five reasons but does not link them to factors. Each reason's
 * `factors` lists first the belemmerende factors whose presence points to it, then the bevorderende
 * factors whose absence does; the links are the catalogue's reading.
 *
 * @category Catalogue
 */
export const reasons: readonly Reason[] = [
  {
    id: 'geen-urgentie-besef',
    factors: ['vrijblijvendheid', 'ervaren-urgentie', 'benchmarks-kennisdeling'],
    label: { nl: 'Geen besef van urgentie', en: 'No sense of urgency' },
    description: {
      nl: 'Besturen hebben de ontwikkelingen in hun regio en de opgaven die eraan komen nog niet scherp, en zien dus geen noodzaak om samen te werken. Van de gekoppelde factoren wijst vrijblijvendheid op deze reden als ze aanwezig is; ervaren urgentie en benchmarks die de regio zichtbaar maken doen dat juist als ze ontbreken.',
      en: 'Boards are not yet fully aware of what is changing in their region and of the challenges ahead, so they see no need to collaborate. Of the linked factors, a lack of commitment points to this reason when it is present; perceived urgency and benchmarks that make the region visible point to it when they are missing.',
    },
    sources: [
      {
        source: 'overlegraad-po-vo-2019',
        section: '2. Belemmerende & bevorderende factoren voor regionale samenwerking',
        lines: 'L92-L95',
      },
    ],
    note: {
      nl: 'De Overlegraad koppelt deze reden niet aan factoren. Dat benchmarks het zicht op regionale ontwikkelingen vergroten, is onze afleiding.',
      en: 'The Overlegraad does not link this reason to factors. That benchmarks improve the view of regional developments is our inference.',
    },
  },
  {
    id: 'niet-op-netvlies',
    factors: [
      'concurrentiedenken',
      'zorg-om-eigen-identiteit',
      'inspiratie-goede-voorbeelden',
      'samenwerken-leidt-tot-samenwerken',
      'verder-kijken-dan-eigen-belang',
    ],
    label: { nl: 'Samenwerking staat niet op het netvlies', en: 'Collaboration is not on the radar' },
    description: {
      nl: 'De aandacht gaat als vanzelf naar de eigen organisatie: haar profiel, haar identiteit en wat haar onderscheidt. Samenwerking wordt niet afgewezen, ze komt gewoon niet in beeld. Concurrentiedenken en zorg om de eigen identiteit wijzen hierop als ze aanwezig zijn; goede voorbeelden, eerdere samenwerking en verder kijken dan het eigen bestuur als ze ontbreken.',
      en: 'Attention naturally goes to the organisation itself: its profile, its identity and what sets it apart. Collaboration is not rejected, it simply does not come into view. Competition thinking and concern for identity point to this when present; good examples, earlier collaboration and looking beyond one’s own board when missing.',
    },
    sources: [
      {
        source: 'overlegraad-po-vo-2019',
        section: '2. Belemmerende & bevorderende factoren voor regionale samenwerking',
        lines: 'L96-L98',
      },
    ],
    note: {
      nl: 'De Overlegraad koppelt deze reden niet aan factoren; de keuze van factoren is onze lezing van de toelichting bij de reden.',
      en: 'The Overlegraad does not link this reason to factors; the choice of factors is our reading of the explanation given with the reason.',
    },
  },
  {
    id: 'niet-willen',
    factors: [
      'persoonlijke-relatie',
      'zorg-om-eigen-identiteit',
      'behoudende-besturen',
      'concurrentiedenken',
      'cultuurverschillen',
      'bestuurlijke-moed',
      'elkaar-kennen-en-gunnen',
    ],
    label: { nl: 'Niet willen samenwerken', en: 'Unwilling to collaborate' },
    description: {
      nl: 'Samenwerken zou kunnen, maar besturen willen het niet, bijvoorbeeld door een moeizame persoonlijke verhouding, zorg om de eigen identiteit of denominatie, of druk van achterban of toezichthouders. De belemmerende factoren in de lijst wijzen hierop als ze aanwezig zijn; bestuurlijke moed en elkaar kennen en iets gunnen als ze ontbreken.',
      en: 'Collaboration would be possible, but boards do not want it, for example because of a difficult personal relationship, concern for their identity or denomination, or pressure from their constituency or supervisors. The hindering factors in the list point to this when present; board courage and knowing and granting each other something when missing.',
    },
    sources: [
      {
        source: 'overlegraad-po-vo-2019',
        section: '2. Belemmerende & bevorderende factoren voor regionale samenwerking',
        lines: 'L99-L101',
      },
    ],
    note: {
      nl: 'De Overlegraad noemt persoonlijke relatie, identiteit en druk van achterban of toezicht; concurrentiedenken, cultuurverschillen en de bevorderende factoren zijn door ons toegevoegd.',
      en: 'The Overlegraad names personal relationship, identity and pressure from constituency or supervisors; competition thinking, cultural differences and the promoting factors are our additions.',
    },
  },
  {
    id: 'geen-gezamenlijke-ambitie',
    factors: [
      'tegenstrijdige-belangen',
      'geen-verbindende-visie',
      'schaal-en-niveauverschillen',
      'verdeling-schaarse-middelen',
      'gedeelde-visie',
      'nuttig-voor-alle-partijen',
      'sterke-bestuurlijke-ambitie',
      'win-winfactoren-benoemen',
    ],
    label: { nl: 'Geen gezamenlijke ambitie', en: 'No shared ambition' },
    description: {
      nl: 'Partijen praten wel met elkaar, maar komen niet tot een gedeelde ambitie en vinden geen belangen die ze samen kunnen dienen. Tegenstrijdige belangen, het ontbreken van een verbindende visie, grote schaalverschillen en strijd om geld wijzen hierop als ze aanwezig zijn; een gedeelde visie, wederzijds nut en benoemde win-winfactoren als ze ontbreken.',
      en: 'Parties do talk, but they do not reach a shared ambition or find interests they can serve together. Conflicting interests, no connecting vision, large differences in scale and competition for money point to this when present; a shared vision, mutual benefit and named win-win factors when missing.',
    },
    sources: [
      {
        source: 'overlegraad-po-vo-2019',
        section: '2. Belemmerende & bevorderende factoren voor regionale samenwerking',
        lines: 'L102-L102',
      },
      {
        source: 'berenschot-gemeente-onderwijs',
        section: 'Strategie – 3. Benoem verschillende belangen',
        lines: 'L2938-L2954',
      },
    ],
    note: {
      nl: 'De Overlegraad koppelt deze reden niet aan factoren; de koppeling is onze lezing, gesteund door Berenschot, waar gedeelde belangen pas in beeld komen als ieder zijn eigen belangen heeft benoemd.',
      en: 'The Overlegraad does not link this reason to factors; the links are our reading, supported by Berenschot, where shared interests only come into view once each party has named its own.',
    },
  },
  {
    id: 'praktische-redenen',
    factors: [
      'gebrek-geld-en-tijd',
      'leerlingenvervoer',
      'administratiesystemen',
      'wet-en-regelgeving',
      'bekostigingssystematiek',
      'tijd-en-roosterinpassing',
      'administratieve-lasten',
      'privacyregels',
      'regels-personeelsinzet',
      'spreiding-thuisnabijheid',
      'organisatie-van-samenwerking',
    ],
    label: { nl: 'Praktische redenen', en: 'Practical reasons' },
    description: {
      nl: 'De wil is er, maar praktische of formele hindernissen houden de samenwerking tegen: geld, tijd, regels, vervoer of systemen die niet op elkaar aansluiten. De belemmerende factoren in de lijst wijzen hierop als ze aanwezig zijn; een goede organisatie van de samenwerking als die ontbreekt.',
      en: 'The will is there, but the collaboration does not get off the ground because of practical or formal obstacles: money, time, rules, transport or systems that do not connect. The hindering factors in the list point to this when present; a sound organisation of the collaboration when it is missing.',
    },
    sources: [
      {
        source: 'overlegraad-po-vo-2019',
        section: '2. Belemmerende & bevorderende factoren voor regionale samenwerking',
        lines: 'L103-L103',
      },
      {
        source: 'overlegraad-po-vo-2019',
        section: 'Bijlage 1: Suggesties aan de sectorraden en profielorganisaties',
        lines: 'L250-L251',
      },
    ],
    note: {
      nl: 'De Overlegraad geeft geen voorbeelden van praktische redenen; wij ontlenen ze aan de belemmerende factoren van dezelfde notitie en aan de andere bronnen.',
      en: 'The Overlegraad gives no examples of practical reasons; we take them from the hindering factors in the same note and from the other sources.',
    },
  },
];
