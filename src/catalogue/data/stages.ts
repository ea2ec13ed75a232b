import type { Stage } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type StageId, stageIds } from '../ids/stages.js';

/**
 * Every collaboration stage, in the order of {@link stageIds}.
 *
 * @category Catalogue
 */
export const stages: readonly Stage[] = [
  {
    id: 'onderling-wantrouwen',
    order: 0,
    label: { nl: 'Onderling wantrouwen', en: 'Mutual distrust' },
    description: {
      nl: 'Gemeente en onderwijs, of de besturen onderling, wantrouwen elkaars bedoelingen. Ieder komt op voor het eigen belang, middelen gaan naar wie het best weet te lobbyen en een gezamenlijke aanpak ontbreekt.',
      en: 'The municipality and education, or the boards among themselves, distrust each other’s intentions. Each stands up for its own interest, resources go to whoever lobbies best and there is no joint approach.',
    },
    signs: [
      {
        nl: 'Investeringen hangen af van welke partij de weg naar het stadhuis weet te vinden.',
        en: 'Investments depend on which party knows its way to the town hall.',
      },
      {
        nl: 'Besturen beconcurreren elkaar om leerlingen of geld in plaats van samen te werken.',
        en: 'Boards compete with each other for pupils or money instead of working together.',
      },
      {
        nl: 'Partijen kennen elkaars belangen niet en vermoeden verborgen bedoelingen.',
        en: 'Parties do not know each other’s interests and suspect hidden motives.',
      },
      {
        nl: 'Pogingen om samen te werken stranden telkens vlak voor er iets is afgesproken.',
        en: 'Attempts to collaborate keep foundering just before anything is agreed.',
      },
    ],
    portraits: ['haarlemmermeer', 'terneuzen'],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L499-L514' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L568-L578' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1767-L1785' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1930-L1941' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L2034-L2038' },
      { source: 'berenschot-gemeente-onderwijs', section: '3. Benoem verschillende belangen', lines: 'L2960-L2968' },
    ],
    note: {
      nl: 'In Haarlemmermeer is dit het vertrekpunt van een schaal die de wethouder zelf in drie stappen beschrijft. Dat ook Terneuzen deze stap illustreert, is onze lezing: daar ontbraken volgens de gesprekspartners rond 2012 of 2013 zowel urgentiebesef als vertrouwen in elkaar.',
      en: 'In Haarlemmermeer this is the starting point of a scale the alderman himself describes in three steps. That Terneuzen illustrates this stage too is our reading: according to the interviewees, around 2012 or 2013 both a sense of urgency and mutual trust were missing there.',
    },
  },
  {
    id: 'standpunten-uitwisselen',
    order: 1,
    label: { nl: 'Standpunten uitwisselen', en: 'Exchanging positions' },
    description: {
      nl: 'Partijen praten met elkaar, maar een echte dialoog is het niet: ieder brengt zijn eigen standpunt in en haalt wat hij nodig heeft. Het contact is zakelijk en beperkt zich tot wat de ene partij van de andere wil, zoals geld.',
      en: 'Parties talk to each other, but it is not a real dialogue: each puts forward its own position and takes what it needs. Contact is businesslike and limited to what one party wants from the other, such as money.',
    },
    signs: [
      {
        nl: 'Het onderwijs zoekt de gemeente vooral op als het geld nodig heeft, bijvoorbeeld voor nieuwbouw.',
        en: 'Education mainly turns to the municipality when it needs money, for instance for new buildings.',
      },
      {
        nl: 'Voor het overige wordt de gemeente buiten de inhoud gehouden.',
        en: 'Beyond that, the municipality is kept away from the substance.',
      },
      {
        nl: 'Elke partij beoordeelt samenwerking op wat die de eigen organisatie oplevert.',
        en: 'Each party judges collaboration by what it yields for its own organisation.',
      },
      {
        nl: 'Overleg vindt plaats, maar brengt weinig in beweging.',
        en: 'Meetings take place, but little changes as a result.',
      },
    ],
    portraits: ['terneuzen'],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1955-L1961' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L2040-L2056' },
    ],
    note: {
      nl: 'Deze stap staat niet in de schaal uit Haarlemmermeer, die van wantrouwen direct naar noodzakelijke samenwerking gaat. Wij voegen hem in op basis van Terneuzen, waar de vroegere verhouding wordt omschreven als standpunten uitwisselen zonder echte dialoog; de plaats tussen die twee stappen is onze keuze.',
      en: 'This stage is not part of the Haarlemmermeer scale, which goes straight from distrust to collaboration out of necessity. We insert it on the basis of Terneuzen, where the earlier relationship is described as trading positions without real dialogue; placing it between those two stages is our choice.',
    },
  },
  {
    id: 'noodzakelijke-samenwerking',
    order: 2,
    label: { nl: 'Noodzakelijke samenwerking', en: 'Collaboration out of necessity' },
    description: {
      nl: 'Partijen werken samen omdat het niet anders kan: een gedeelde dreiging, een deadline of druk van buitenaf brengt hen aan tafel. De samenwerking richt zich op het acute probleem en rust meer op noodzaak dan op vertrouwen.',
      en: 'Parties collaborate because there is no alternative: a shared threat, a deadline or outside pressure brings them to the table. The collaboration focuses on the urgent problem and rests more on necessity than on trust.',
    },
    signs: [
      {
        nl: 'Een acute dreiging, zoals een school die dreigt om te vallen, brengt de partijen bij elkaar.',
        en: 'An urgent threat, such as a school on the verge of collapse, brings the parties together.',
      },
      {
        nl: 'Een partij zet haar formele positie in om samenwerking af te dwingen, bijvoorbeeld via de huisvesting.',
        en: 'A party uses its formal position to force collaboration, for example through school buildings.',
      },
      {
        nl: 'Er is een tijdelijke structuur, zoals een taskforce, met steun of druk van hogere overheden.',
        en: 'There is a temporary structure, such as a task force, with support or pressure from higher government.',
      },
      {
        nl: 'Het is onzeker of partijen blijven samenwerken wanneer de druk wegvalt.',
        en: 'It is uncertain whether the parties will keep working together once the pressure is off.',
      },
    ],
    portraits: ['haarlemmermeer', 'terneuzen'],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L568-L578' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1811-L1829' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1858-L1878' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1985-L1991' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L2082-L2098' },
    ],
    note: {
      nl: 'Haarlemmermeer noemt deze stap alleen bij naam en beschrijft hem niet. De kenmerken zijn ontleend aan Terneuzen; dat dat portret deze stap illustreert, is onze lezing.',
      en: 'Haarlemmermeer only names this stage without describing it. The signs are taken from Terneuzen; that this portrait illustrates the stage is our reading.',
    },
  },
  {
    id: 'aangename-samenwerking',
    order: 3,
    label: { nl: 'Aangename samenwerking', en: 'Pleasant collaboration' },
    description: {
      nl: 'Het vertrouwen is gegroeid en de samenwerking verloopt soepel: partijen vinden elkaar snel, denken uit zichzelf mee en zien elkaar als partners in plaats van concurrenten. De basis is dat ze elkaar en elkaars grenzen begrijpen.',
      en: 'Trust has grown and the collaboration runs smoothly: parties find each other quickly, think along unprompted and see each other as partners rather than competitors. The basis is that they understand each other and each other’s limits.',
    },
    signs: [
      {
        nl: 'De lijnen zijn kort: bij een probleem zitten partijen snel samen aan tafel.',
        en: 'Lines are short: when a problem arises, the parties quickly sit down together.',
      },
      {
        nl: 'De wethouder is zichtbaar en komt ook op scholen.',
        en: 'The alderman is visible and also visits schools.',
      },
      {
        nl: 'De gemeente denkt creatief en uit zichzelf mee over de plannen van het onderwijs.',
        en: 'The municipality thinks along creatively and of its own accord about education’s plans.',
      },
      {
        nl: 'Verschillen in belangen worden open besproken zonder dat de relatie eronder lijdt.',
        en: 'Differences of interest are discussed openly without harming the relationship.',
      },
    ],
    portraits: ['haarlemmermeer', 'leiden', 'veenendaal', 'venlo'],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L568-L578' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden: Werelden bij elkaar', lines: 'L1369-L1399' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2328-L2339' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2657-L2665' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2689-L2700' },
    ],
    note: {
      nl: 'Alleen Haarlemmermeer gebruikt deze term, voor het punt waar de samenwerking nu staat. Dat Leiden, Veenendaal en Venlo deze stap illustreren, is onze lezing van hoe hun gesprekspartners de verhouding beschrijven.',
      en: 'Only Haarlemmermeer uses this term, for the point the collaboration has now reached. That Leiden, Veenendaal and Venlo illustrate this stage is our reading of how their interviewees describe the relationship.',
    },
  },
  {
    id: 'volwassen-partnerschap',
    order: 4,
    label: { nl: 'Volwassen partnerschap', en: 'Mature partnership' },
    description: {
      nl: 'Gemeente en besturen zijn gelijkwaardige partners met een heldere rolverdeling: de gemeente stelt kaders en budget vast, de besturen geven de uitvoering vorm. Problemen worden gedeeld en samen opgelost, zonder politieke spelletjes, en de partners durven samen risico’s te nemen.',
      en: 'The municipality and the boards are equal partners with a clear division of roles: the municipality sets frameworks and budget, the boards shape the implementation. Problems are shared and solved together, without political games, and the partners dare to take risks together.',
    },
    signs: [
      {
        nl: 'Partners delen problemen en zoeken samen naar oplossingen waar alle partijen beter van worden.',
        en: 'Partners share problems and look together for solutions that leave every party better off.',
      },
      {
        nl: 'De gemeente respecteert de rol van de besturen en bemoeit zich niet met het werk in de school.',
        en: 'The municipality respects the boards’ role and does not interfere with the work in schools.',
      },
      {
        nl: 'Partners spreken elkaar meerdere keren per jaar over de inhoud, formeel en informeel.',
        en: 'Partners discuss content several times a year, formally and informally.',
      },
      {
        nl: 'Partijen nemen samen risico’s, ook als de financiering nog niet rond is.',
        en: 'Parties take risks together, even when the funding is not yet settled.',
      },
    ],
    portraits: ['nijmegen'],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1520-L1541' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1676-L1708' },
    ],
    note: {
      nl: 'De term komt uit het Nijmeegse portret, waar een bestuurder de samenwerking zo typeert. Dat dit de hoogste trede van een schaal is, is onze constructie: de bron presenteert geen volledig stadiamodel, alleen de drie stappen uit Haarlemmermeer.',
      en: 'The term comes from the Nijmegen portrait, where a board member characterises the collaboration this way. Making it the top step of a scale is our construction: the source presents no full stage model, only the three steps from Haarlemmermeer.',
    },
  },
];
