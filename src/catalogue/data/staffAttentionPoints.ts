import type { StaffAttentionPoint } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type StaffAttentionPointId, staffAttentionPointIds } from '../ids/staffAttentionPoints.js';

/**
 * Every staff attention point, in the order of {@link staffAttentionPointIds}.
 *
 * @remarks
 * The points of attention that the Arbeidsmarktplatform PO derives from its interviews, per group: school leaders,
 * teachers, those who train teachers and school leaders, and outside partners. The links to factors, competences,
 * training routes and coordinating roles are the catalogue's reading.
 *
 * @category Catalogue
 */
export const staffAttentionPoints: readonly StaffAttentionPoint[] = [
  {
    id: 'partners-selecteren',
    audience: 'schoolleiders',
    factors: ['werkdruk', 'personeel-gedeelde-visie'],
    competences: ['netwerken'],
    trainingRoutes: [],
    coordinatingRoles: ['schoolleider'],
    label: { nl: 'Partners bewust kiezen', en: 'Choosing partners deliberately' },
    description: {
      nl: 'Er zijn veel meer mogelijke partners dan een school aankan. Beperk het aantal tot de partners die bijdragen aan de onderwijsvisie van de school, laat het team meebeslissen over de keuze, en zorg dat er in de school genoeg ruimte is om de samenwerking te dragen.',
      en: 'There are many more possible partners than a school can handle. Limit the number to the partners that contribute to the school’s educational vision, let the team share in the choice, and make sure the school has enough capacity to carry the collaboration.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Schoolleiders',
        lines: 'L1485-L1491',
      },
    ],
  },
  {
    id: 'samenwerking-intern-beleggen',
    audience: 'schoolleiders',
    factors: ['werkdruk'],
    competences: ['delegeren'],
    trainingRoutes: [],
    coordinatingRoles: ['coordinator'],
    label: { nl: 'De samenwerking intern goed beleggen', en: 'Organising the collaboration well inside the school' },
    description: {
      nl: 'Omdat de werkdruk in het basisonderwijs hoog is, verdient de interne organisatie van de samenwerking aandacht. Liggen de contacten met partners bij coördinatoren, dan kan dat leraren en schoolleiders werk besparen.',
      en: 'Because workload in primary education is high, the internal organisation of the collaboration deserves attention. When the contacts with partners lie with coordinators, that can save teachers and school leaders work.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Schoolleiders',
        lines: 'L1493-L1497',
      },
    ],
  },
  {
    id: 'tijd-voor-relaties',
    audience: 'schoolleiders',
    factors: ['investeren-in-relatie', 'externen-doorlopend-betrekken', 'informeel-contact'],
    competences: ['netwerken'],
    trainingRoutes: [],
    coordinatingRoles: ['schoolleider'],
    label: { nl: 'Tijd steken in relaties', en: 'Putting time into relationships' },
    description: {
      nl: 'Kies partners zorgvuldig, ga de relatie bewust aan en onderhoud haar. Laat externen de visie, leerdoelen en werkwijze van de school goed kennen en zoek waar het kan ook informeel contact; dat schept begrip over en weer en maakt het samenwerken makkelijker.',
      en: 'Choose partners carefully, enter into the relationship deliberately and maintain it. Make sure outsiders know the school’s vision, learning goals and ways of working, and seek informal contact where possible; that builds understanding on both sides and makes collaborating easier.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Schoolleiders',
        lines: 'L1499-L1503',
      },
    ],
  },
  {
    id: 'medewerkers-begeleiden',
    audience: 'schoolleiders',
    factors: ['ontbrekende-docentcompetenties'],
    competences: [],
    trainingRoutes: ['inwerken-nieuwe-medewerkers', 'intervisie-en-coaching'],
    coordinatingRoles: ['schoolleider'],
    label: { nl: 'Medewerkers begeleiden in samenwerken', en: 'Guiding staff in collaborating' },
    description: {
      nl: 'Begeleid medewerkers, en zeker nieuwe, in het werken met partners, bijvoorbeeld met coaching of intervisie.',
      en: 'Guide staff, new staff in particular, in working with partners, for example through coaching or peer review.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Schoolleiders',
        lines: 'L1505-L1507',
      },
    ],
  },
  {
    id: 'eigen-begeleiding-schoolleider',
    audience: 'schoolleiders',
    factors: [],
    competences: ['netwerken'],
    trainingRoutes: ['intervisie-en-coaching'],
    coordinatingRoles: ['schoolleider'],
    label: { nl: 'Zelf ook begeleiding zoeken', en: 'Seeking guidance oneself' },
    description: {
      nl: 'Ook de schoolleider heeft training of begeleiding nodig, formeel of informeel, in het opbouwen en onderhouden van samenwerkingsrelaties, bijvoorbeeld in intervisie met andere schoolleiders.',
      en: 'The school leader also needs training or guidance, formal or informal, in building and maintaining working relationships, for example in peer review with other school leaders.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Schoolleiders',
        lines: 'L1509-L1511',
      },
    ],
  },
  {
    id: 'expertise-externen-erkennen',
    audience: 'leraren',
    factors: ['gelijkwaardigheid'],
    competences: ['vertrouwen', 'open-voor-feedback'],
    trainingRoutes: [],
    coordinatingRoles: ['leraar'],
    label: { nl: 'De kennis van externen erkennen', en: 'Recognising outsiders’ expertise' },
    description: {
      nl: 'Professionals uit andere sectoren kijken vanuit hun vak anders naar leerlingen, en die blik vult die van de leraar aan. Sta daarom open voor wat zij inbrengen en erken hun deskundigheid.',
      en: 'Professionals from other sectors look at pupils differently from the standpoint of their own field, and that view complements the teacher’s. Be open to what they bring and recognise their expertise.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Leraren',
        lines: 'L1516-L1520',
      },
    ],
  },
  {
    id: 'overzicht-houden',
    audience: 'leraren',
    factors: ['tijd-en-roosterinpassing'],
    competences: ['plannen-en-organiseren'],
    trainingRoutes: [],
    coordinatingRoles: ['leraar'],
    label: { nl: 'Het overzicht houden', en: 'Keeping the overview' },
    description: {
      nl: 'Werken met externen vraagt logistiek: houd bij met welke externen de klas en afzonderlijke leerlingen te maken hebben en plan het onderwijs daaromheen.',
      en: 'Working with outsiders takes logistics: keep track of which outsiders the class and individual pupils deal with, and plan teaching around them.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Leraren',
        lines: 'L1522-L1526',
      },
    ],
  },
  {
    id: 'ervaring-delen',
    audience: 'leraren',
    factors: ['ontbrekende-docentcompetenties'],
    competences: [],
    trainingRoutes: ['collegiale-uitwisseling'],
    coordinatingRoles: ['leraar'],
    label: { nl: 'Ervaring delen met collega’s', en: 'Sharing experience with colleagues' },
    description: {
      nl: 'Samenwerken met externen gaat niet iedereen vanzelf goed af. Wie er ervaring mee heeft, geeft die kennis door aan collega’s die er behoefte aan hebben.',
      en: 'Working with outsiders does not come naturally to everyone. Those with experience pass their knowledge on to colleagues who need it.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Leraren',
        lines: 'L1528-L1530',
      },
    ],
  },
  {
    id: 'taken-uitbesteden',
    audience: 'leraren',
    factors: ['werkdruk'],
    competences: ['delegeren'],
    trainingRoutes: [],
    coordinatingRoles: ['leraar'],
    label: { nl: 'Kansen om taken uit te besteden', en: 'Opportunities to hand tasks over' },
    description: {
      nl: 'Goed georganiseerde samenwerking kost eerst tijd, maar kan daarna werk uit handen nemen. Let daarom op taken die een externe partij kan overnemen.',
      en: 'Well-organised collaboration first takes time but can then take work off one’s hands. Watch for tasks an outside party could take over.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Leraren',
        lines: 'L1532-L1534',
      },
    ],
  },
  {
    id: 'aandacht-in-opleidingen',
    audience: 'opleiders',
    factors: ['ontbrekende-docentcompetenties'],
    competences: [],
    trainingRoutes: ['lerarenopleiding', 'schoolleidersopleiding'],
    coordinatingRoles: [],
    label: { nl: 'Samenwerking een plek geven in opleidingen', en: 'Giving collaboration a place in training' },
    description: {
      nl: 'Goed georganiseerde samenwerking met externen komt leerlingen en personeel ten goede; de leraren en schoolleiders in het onderzoek ervaren haar als een verrijking van hun werk. Wie leraren en schoolleiders opleidt, besteedt daarom aandacht aan het belang en de organisatie ervan, en aan andere manieren om onderwijs te organiseren.',
      en: 'Well-organised collaboration with outsiders benefits pupils and staff; the teachers and school leaders in the study experience it as an enrichment of their work. Those who train teachers and school leaders therefore pay attention to its importance and its organisation, and to other ways of organising teaching.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Opleiders',
        lines: 'L1539-L1547',
      },
    ],
  },
  {
    id: 'rekening-houden-met-school',
    audience: 'externe-partijen',
    factors: ['cultuurverschillen', 'tijd-en-roosterinpassing'],
    competences: [],
    trainingRoutes: [],
    coordinatingRoles: [],
    label: { nl: 'Rekening houden met hoe een school werkt', en: 'Taking account of how a school works' },
    description: {
      nl: 'Een school werkt anders dan andere organisaties, onder meer in werktijden, financiering en interne organisatie. Externe partners houden daar in de samenwerking rekening mee.',
      en: 'A school works differently from other organisations, among other things in working hours, funding and internal organisation. Outside partners take this into account in the collaboration.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Externe partijen',
        lines: 'L1552-L1554',
      },
    ],
  },
  {
    id: 'vaste-aanspreekpunten-school',
    audience: 'externe-partijen',
    factors: ['vaste-partners-korte-lijnen', 'vaste-aanspreekpunten'],
    competences: [],
    trainingRoutes: [],
    coordinatingRoles: [],
    label: { nl: 'Vaste aanspreekpunten voor de school', en: 'Fixed contact persons for the school' },
    description: {
      nl: 'Samenwerking loopt beter als de lijnen kort zijn en partijen goed van elkaar weten wat er speelt. Externe partners zorgen daarom dat een school altijd weet wie ze moet bellen.',
      en: 'Collaboration goes better when lines are short and parties know well what is going on with each other. Outside partners therefore make sure a school always knows whom to call.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Externe partijen',
        lines: 'L1556-L1558',
      },
    ],
  },
];
