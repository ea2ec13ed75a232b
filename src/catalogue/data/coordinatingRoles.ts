import type { CoordinatingRole } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type CoordinatingRoleId, coordinatingRoleIds } from '../ids/coordinatingRoles.js';

const takenpakket = 'Samenwerking in het takenpakket van onderwijsprofessionals';
const niveaus = 'Verschillende niveaus van samenwerking';

/**
 * Every coordinating role, in the order of {@link coordinatingRoleIds}.
 *
 * @remarks
 * How the primary schools interviewed by the Arbeidsmarktplatform PO divide the contact with partners outside
 * education: the school leader and the teachers, and the roles that some schools create so that one person is the
 * first point of contact for a kind of partner. The source describes what these schools do, not what every school
 * should do.
 *
 * @category Catalogue
 */
export const coordinatingRoles: readonly CoordinatingRole[] = [
  {
    id: 'schoolleider',
    partnerTypes: [],
    levels: ['organisatie', 'individu'],
    label: { nl: 'Schoolleider als netwerkbeheerder', en: 'School leader as network keeper' },
    description: {
      nl: 'De schoolleider bouwt het netwerk van partners op, zoekt zelf naar geschikte partners en beslist met wie de school in zee gaat. Hij of zij onderhoudt die contacten doorlopend, ook informeel, en zorgt dat iedereen in de school weet wie welk contact onderhoudt. Eén schoolleider vraagt het team liever wie een taak wil oppakken dan die iemand op te dragen.',
      en: 'The school leader builds the network of partners, searches for suitable partners and decides whom the school works with. They keep up these contacts continuously, also informally, and make sure everyone in the school knows who looks after which contact. One school leader would rather ask the team who wants to take a task on than hand it to someone.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: takenpakket, lines: 'L902-L936' },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Interne organisatie van de samenwerking met externen',
        lines: 'L69-L71',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Sleutelrol voor schoolleiders', lines: 'L74-L80' },
      { source: 'arbeidsmarktplatform-po', section: niveaus, lines: 'L1327-L1343' },
    ],
  },
  {
    id: 'leraar',
    partnerTypes: [],
    levels: ['individu', 'groep'],
    label: { nl: 'Leraar als signaleerder en regelaar', en: 'Teacher as spotter and arranger' },
    description: {
      nl: 'Naast het lesgeven merkt de leraar op wanneer een leerling hulp van buiten nodig heeft, schakelt die in en houdt het contact, inclusief het bijbehorende papierwerk en overleg met zorgprofessionals en ouders. Verzorgt een externe een les, dan bewaakt de leraar de aansluiting op het eigen programma en bereidt een gevoelig onderwerp voor en na. Veel leraren hebben ook een eigen netwerk, bijvoorbeeld voor gastlessen.',
      en: 'Besides teaching, the teacher notices when a pupil needs help from outside, calls it in and keeps in touch, including the paperwork and meetings with care professionals and parents that go with it. When an outsider gives a lesson, the teacher makes sure it fits the class programme and prepares and follows up a sensitive subject. Many teachers also have a network of their own, for example for guest lessons.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: takenpakket, lines: 'L940-L969' },
      { source: 'arbeidsmarktplatform-po', section: 'Sleutelrol voor schoolleiders', lines: 'L84-L90' },
      { source: 'arbeidsmarktplatform-po', section: niveaus, lines: 'L1327-L1337' },
    ],
    note: {
      nl: 'Eén schoolleider geeft leraren elk jaar een eigen budget om aan samenwerkingspartners te besteden.',
      en: 'One school leader gives teachers a budget of their own each year to spend on partners.',
    },
  },
  {
    id: 'intern-begeleider',
    partnerTypes: ['zorg', 'jeugdhulp'],
    levels: ['individu'],
    label: { nl: 'Intern begeleider (IB’er)', en: 'Internal support coordinator (IB’er)' },
    description: {
      nl: 'Alle onderwijsorganisaties in het onderzoek hebben een IB’er die het contact met zorginstellingen onderhoudt. Loopt een leraar met een leerling vast, dan besluiten leraar en ouders bijvoorbeeld tot een onderzoek, een kindercoach of een weerbaarheidstraining, en de IB’er brengt de hulpvraag bij de juiste partij onder. De IB’er regelt de logistiek; de leraar blijft eindverantwoordelijk en kan bij lastige gesprekken op de IB’er terugvallen.',
      en: 'All education organisations in the study have an IB’er who keeps in touch with care institutions. When a teacher gets stuck with a pupil, teacher and parents decide on, for example, an assessment, a child coach or resilience training, and the IB’er takes the request for help to the right party. The IB’er handles the logistics; the teacher keeps final responsibility and can fall back on the IB’er in difficult conversations.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Contacten onderhouden door aangewezen personeelsleden',
        lines: 'L856-L868',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Begeleiding vanuit de school', lines: 'L1280-L1282' },
    ],
  },
  {
    id: 'cultuurcoordinator',
    partnerTypes: ['cultuur'],
    levels: ['organisatie'],
    label: { nl: 'Cultuurcoördinator', en: 'Culture coordinator' },
    description: {
      nl: 'Een medewerker met een opleiding tot cultuurbegeleider onderhoudt de contacten met culturele partners en het culturele jaarplan, op één school met één dag per twee weken daarvoor, en houdt de leraren op de hoogte. In een andere school is de cultuurcoördinator de spil tussen leraren en al die partners, zorgt dat een klas niet ieder jaar hetzelfde doet en stuurt kennisteams aan; de rol ontstond daar omdat het aantal partners zo groot werd.',
      en: 'A staff member trained as a culture guide looks after the contacts with cultural partners and the annual culture plan, at one school with one day every two weeks for it, and keeps the teachers informed. At another school the culture coordinator is the hub between teachers and all those partners, makes sure a class does not do the same thing every year and leads knowledge teams; the role arose there because the number of partners had grown so large.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Contacten onderhouden door aangewezen personeelsleden',
        lines: 'L872-L877',
      },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Speciale rollen ten behoeve van de samenwerking',
        lines: 'L985-L993',
      },
    ],
    note: {
      nl: 'De bron gebruikt de namen cultuurbegeleider en cultuurcoördinator op twee verschillende scholen; de catalogus neemt ze samen als één rol.',
      en: 'The source uses the names cultuurbegeleider and cultuurcoördinator at two different schools; the catalogue takes them together as one role.',
    },
  },
  {
    id: 'taalcoordinator',
    partnerTypes: ['bibliotheek'],
    levels: ['organisatie'],
    label: { nl: 'Taalcoördinator', en: 'Language coordinator' },
    description: {
      nl: 'De taalcoördinator is verantwoordelijk voor leesvaardigheid en daarmee het eerste aanspreekpunt voor de bibliotheek; via haar komt het contact bij de leraren terecht. Dat houdt de samenwerking voor beide kanten overzichtelijk.',
      en: 'The language coordinator is responsible for reading skills and so the first point of contact for the library; through her the contact reaches the teachers. That keeps the collaboration clear for both sides.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Contacten onderhouden door aangewezen personeelsleden',
        lines: 'L840-L852',
      },
    ],
  },
  {
    id: 'eventmanager',
    partnerTypes: [],
    levels: ['organisatie'],
    label: { nl: 'Eventmanager', en: 'Event manager' },
    description: {
      nl: 'De eventmanager regisseert evenementen zoals de Koningsspelen en het sinterklaasfeest: maakt per evenement een draaiboek, zorgt voor materialen voor de leraren en houdt contact met de externe partijen. Eén kindcentrum legt de rol bewust bij ondersteunend personeel zodat leraren zich op het onderwijs kunnen richten; elders doet een leraar het een halve dag per week.',
      en: 'The event manager directs events such as the King’s Games and the Sinterklaas celebration: writes a plan for each event, provides materials for the teachers and keeps in touch with the outside parties. One kindcentrum deliberately gives the role to support staff so that teachers can concentrate on teaching; elsewhere a teacher does it half a day a week.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Contacten onderhouden door aangewezen personeelsleden',
        lines: 'L881-L891',
      },
    ],
  },
  {
    id: 'coordinator',
    partnerTypes: [],
    levels: ['organisatie', 'individu'],
    label: { nl: 'Coördinator met een eigen onderwerp', en: 'Coordinator for a subject area' },
    description: {
      nl: 'Sommige scholen stellen leraren voor een deel van hun tijd vrij om een onderwerp te trekken. Zij zijn het eerste aanspreekpunt voor collega’s en externen, geven het onderwerp inhoudelijk vorm, organiseren intern overleg, zoals een expertisegroep, en beheren het budget dat erbij hoort. Zo ontlasten ze hun collega’s.',
      en: 'Some schools free teachers for part of their time to lead a subject area. They are the first point of contact for colleagues and outsiders, shape the content of the subject, organise internal consultation such as an expertise group, and manage the budget that goes with it. In this way they take work off their colleagues.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Speciale rollen ten behoeve van de samenwerking',
        lines: 'L973-L983',
      },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Interne organisatie van de samenwerking met externen',
        lines: 'L61-L69',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Sleutelrol voor schoolleiders', lines: 'L88-L90' },
      { source: 'arbeidsmarktplatform-po', section: niveaus, lines: 'L1327-L1343' },
    ],
  },
];
