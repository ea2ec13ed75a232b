import type { TrainingRoute } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type TrainingRouteId, trainingRouteIds } from '../ids/trainingRoutes.js';

const conclusie = 'Opleiding en begeleiding voor een goede samenwerking';

/**
 * Every training route, in the order of {@link trainingRouteIds}.
 *
 * @remarks
 * The ways in which the Arbeidsmarktplatform PO finds that primary-school staff learn to work with professionals
 * outside education: initial training, guidance inside the school, peer learning and, above all, experience. The
 * source holds that the competences (see `competences`) are mostly learned on the job; a route's `competences`
 * are those its cited lines name or describe.
 *
 * @category Catalogue
 */
export const trainingRoutes: readonly TrainingRoute[] = [
  {
    id: 'lerarenopleiding',
    audience: ['leraren'],
    competences: ['delegeren'],
    label: { nl: 'Aandacht in de lerarenopleiding', en: 'Attention in initial teacher training' },
    description: {
      nl: 'De pabo besteedt aandacht aan werken met externen, en sommige geïnterviewden vinden dat pas afgestudeerden daar beter op voorbereid zijn dan vroeger. Enkele schoolleiders willen meer: studenten leren nog te veel alleen voor de klas te staan, en te weinig om taken aan andere professionals over te laten en hen aan te sturen. Volgens sommige geïnterviewden kan er ook meer ruimte komen voor onderwijs waarin sectoren geïntegreerd werken.',
      en: 'Teacher training for primary schools pays attention to working with outsiders, and some interviewees find that recent graduates are better prepared for it than before. Some school leaders want more: students still learn too much to stand alone in front of the class, and too little to hand tasks to other professionals and direct them. According to some interviewees there could also be more room for teaching in which sectors work in an integrated way.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Begeleiding of opleiding – Ruimte voor meer aandacht in (leraren)opleidingen',
        lines: 'L1227-L1241',
      },
      { source: 'arbeidsmarktplatform-po', section: conclusie, lines: 'L1450-L1454' },
    ],
  },
  {
    id: 'schoolleidersopleiding',
    audience: ['schoolleiders'],
    competences: ['nieuwsgierig-zijn'],
    label: { nl: 'Aandacht in de opleiding van schoolleiders', en: 'Attention in training for school leaders' },
    description: {
      nl: 'Ook schoolleiders en ander personeel zouden in hun opleiding moeten leren wat professionele samenwerking inhoudt: welke houding die vraagt, wat je van de ander moet weten en hoe je het vanuit je eigen rol inricht. Schoolleiders hebben het zelf vooral al doende geleerd; sommigen willen er meer aandacht voor in hun opleiding, anderen betwijfelen of zo’n gevarieerde praktijk in een cursus te oefenen valt.',
      en: 'School leaders and other staff should also learn in their training what professional collaboration involves: what attitude it takes, what you need to know about the other and how to set it up from your own role. School leaders learned it mainly by doing; some want more attention to it in their training, others doubt that such varied practice can be imitated in a course.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Begeleiding of opleiding – Ruimte voor meer aandacht in (leraren)opleidingen',
        lines: 'L1243-L1253',
      },
      { source: 'arbeidsmarktplatform-po', section: conclusie, lines: 'L1466-L1472' },
    ],
  },
  {
    id: 'leren-in-de-praktijk',
    audience: ['leraren', 'schoolleiders', 'coordinatoren'],
    competences: [
      'netwerken',
      'delegeren',
      'vertrouwen',
      'initiatief-tonen',
      'plannen-en-organiseren',
      'rapporteren',
      'nieuwsgierig-zijn',
      'open-voor-feedback',
      'assertiviteit-tonen',
      'overtuigen',
    ],
    label: { nl: 'Leren door te doen', en: 'Learning by doing' },
    description: {
      nl: 'Alle geïnterviewden vinden ervaring in de praktijk de beste manier om samenwerken te leren: na jaren contact met externen gaat het vanzelf. In een opleiding is dat moeilijk te oefenen, omdat het van toevallige casussen afhangt. Een voorwaarde is een open schoolcultuur waarin niemand bang is om fouten te maken.',
      en: 'All interviewees see experience in practice as the best way to learn to collaborate: after years of contact with outsiders it becomes second nature. It is hard to practise in a course, because it depends on which cases happen to come up. A condition is an open school culture in which nobody is afraid of making mistakes.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Begeleiding of opleiding – Praktijkervaring het allerbelangrijkste',
        lines: 'L1255-L1267',
      },
      { source: 'arbeidsmarktplatform-po', section: conclusie, lines: 'L1444-L1450' },
    ],
    note: {
      nl: 'De bron zegt dat praktijkervaring nodig is om alle kerncompetenties te ontwikkelen; daarom is deze route aan alle tien gekoppeld.',
      en: 'The source says practical experience is needed to develop all the core competences; this route is therefore linked to all ten.',
    },
  },
  {
    id: 'functieprofiel-en-gesprekken',
    audience: ['leraren', 'coordinatoren'],
    competences: [],
    label: { nl: 'Samenwerking in functieprofiel en gesprekken', en: 'Collaboration in job profile and reviews' },
    description: {
      nl: 'Sommige schoolleiders nemen het werken met externen op in functieomschrijvingen en bespreken het in functioneringsgesprekken; bij andere scholen gebeurt dat niet.',
      en: 'Some school leaders include working with outsiders in job descriptions and discuss it in performance reviews; other schools do not.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Begeleiding of opleiding – Begeleiding vanuit de school',
        lines: 'L1270-L1276',
      },
    ],
  },
  {
    id: 'inwerken-nieuwe-medewerkers',
    audience: ['leraren'],
    competences: ['netwerken'],
    label: { nl: 'Nieuwe medewerkers inwerken', en: 'Introducing new staff' },
    description: {
      nl: 'Wie nieuw is, maakt in de inwerkperiode kennis met de partners van de school en weet daarna bij wie hij of zij met een vraag terechtkan.',
      en: 'Newcomers meet the school’s partners during their induction period and afterwards know whom to turn to with a question.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Begeleiding of opleiding – Begeleiding vanuit de school',
        lines: 'L1276-L1280',
      },
    ],
  },
  {
    id: 'steun-bij-lastige-gesprekken',
    audience: ['leraren'],
    competences: ['assertiviteit-tonen'],
    label: { nl: 'Steun bij lastige gesprekken', en: 'Support in difficult conversations' },
    description: {
      nl: 'Moet een leraar een moeilijk gesprek voeren, bijvoorbeeld met een zorgpartner, dan helpen de schoolleider of de intern begeleider daarbij.',
      en: 'When a teacher has to hold a difficult conversation, for example with a care partner, the school leader or the internal support coordinator helps.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Begeleiding of opleiding – Begeleiding vanuit de school',
        lines: 'L1280-L1282',
      },
    ],
  },
  {
    id: 'begeleiding-coordinatoren',
    audience: ['coordinatoren'],
    competences: ['plannen-en-organiseren'],
    label: { nl: 'Begeleiding van coördinatoren', en: 'Guidance for coordinators' },
    description: {
      nl: 'Op alle scholen in het onderzoek begeleidt de schoolleider de leraren die een coördinerende rol hebben gekregen, zoals de eventmanager of de cultuurbegeleider, bijvoorbeeld in het omgaan met een eigen budget.',
      en: 'At every school in the study the school leader guides the teachers who have taken on a coordinating role, such as the event manager or the culture guide, for example in handling a budget of their own.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Begeleiding of opleiding – Begeleiding vanuit de school',
        lines: 'L1282-L1286',
      },
      { source: 'arbeidsmarktplatform-po', section: conclusie, lines: 'L1456-L1460' },
    ],
  },
  {
    id: 'intervisie-en-coaching',
    audience: ['schoolleiders'],
    competences: ['open-voor-feedback'],
    label: { nl: 'Intervisie en coaching voor schoolleiders', en: 'Peer review and coaching for school leaders' },
    description: {
      nl: 'Een schoolleider ziet ruimte om schoolleiders zelf beter te begeleiden: de theorie kennen is één ding, haar op het goede moment toepassen, ook als de emoties hoog oplopen, leer je pas gaandeweg. Intervisie met andere schoolleiders of coaching door hen kan daarbij helpen, zeker voor wie jong is of net begint.',
      en: 'One school leader sees room to guide school leaders themselves better: knowing the theory is one thing, applying it at the right moment, also when emotions run high, is only learned along the way. Peer review with other school leaders or coaching by them can help, certainly for those who are young or just starting.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Begeleiding of opleiding – Begeleiding vanuit de school',
        lines: 'L1290-L1298',
      },
      { source: 'arbeidsmarktplatform-po', section: conclusie, lines: 'L1472-L1475' },
    ],
  },
  {
    id: 'collegiale-uitwisseling',
    audience: ['coordinatoren', 'leraren'],
    competences: ['netwerken'],
    label: { nl: 'Leren van collega’s', en: 'Learning from colleagues' },
    description: {
      nl: 'Medewerkers in een coördinerende functie kunnen leren van mensen in een vergelijkbare positie op andere scholen, en leraren die vlot met externen werken kunnen hun ervaring doorgeven aan collega’s die daar behoefte aan hebben.',
      en: 'Staff in a coordinating role can learn from people in a similar position at other schools, and teachers who work easily with outsiders can pass their experience on to colleagues who need it.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: conclusie, lines: 'L1454-L1462' },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Aandachtspunten voor effectieve samenwerking tussen scholen en externe partijen – Leraren',
        lines: 'L1528-L1530',
      },
    ],
  },
  {
    id: 'studiedagen',
    audience: ['leraren'],
    competences: ['assertiviteit-tonen', 'nieuwsgierig-zijn'],
    label: { nl: 'Studiedagen', en: 'Study days' },
    description: {
      nl: 'Werken met externen komt geregeld terug op studiedagen, bijvoorbeeld door situaties in een rollenspel na te spelen. Een schoolleider hield een studiedag samen met de kinderopvang, zodat leraren en pedagogisch medewerkers, met hun verschillende opleiding en aanpak, elkaar beter gingen begrijpen en aanvullen.',
      en: 'Working with outsiders regularly comes up on study days, for instance by acting out situations in a role play. One school leader held a study day together with the childcare provider, so that teachers and childcare staff, with their different training and approach, came to understand and complement each other better.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Begeleiding of opleiding – Aandacht voor samenwerking tijdens studiedagen',
        lines: 'L1300-L1311',
      },
    ],
  },
];
