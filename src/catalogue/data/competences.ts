import type { Competence } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type CompetenceId, competenceIds } from '../ids/competences.js';

/**
 * Every collaboration competence, in the order of {@link competenceIds}.
 *
 * @remarks
 * The ten core competences the Arbeidsmarktplatform PO lists for teachers and school leaders who work with
 * professionals outside education. The source says some people have them by nature and others need guidance
 * or training, and that most staff learn them on the job.
 *
 * @category Catalogue
 */
export const competences: readonly Competence[] = [
  {
    id: 'netwerken',
    label: { nl: 'Netwerken', en: 'Networking' },
    description: {
      nl: 'Een netwerk van partijen opbouwen en bijhouden, en weten bij wie je met welke vraag aanklopt. Voor schoolleiders vraagt dit overzicht over het hele werkveld en het vermogen daar kansen voor leerlingen en personeel in te zien.',
      en: 'Building and keeping up a network of parties, and knowing whom to approach with which question. For school leaders this takes an overview of the whole field and the ability to turn it into opportunities for pupils and staff.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Kerncompetenties voor samenwerking', lines: 'L1409-L1417' },
      { source: 'arbeidsmarktplatform-po', section: 'Een netwerk opbouwen en onderhouden', lines: 'L1135-L1159' },
    ],
  },
  {
    id: 'delegeren',
    label: { nl: 'Delegeren', en: 'Delegating' },
    description: {
      nl: 'Taken overlaten aan een externe deskundige, in plaats van elk probleem zelf aan te pakken, en de rol van signaleren en coördineren op je nemen. De meeste geïnterviewden noemen dit als eerste.',
      en: 'Handing work over to an outside expert instead of solving everything yourself, and taking on the role of spotting and coordinating. Most interviewees name this one first.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Kerncompetenties voor samenwerking', lines: 'L1409-L1419' },
      { source: 'arbeidsmarktplatform-po', section: 'Delegeren en coördineren', lines: 'L1112-L1134' },
      { source: 'arbeidsmarktplatform-po', section: 'Benodigde competenties', lines: 'L118-L126' },
    ],
    note: {
      nl: 'De samenvatting noemt deze competentie ‘delegeren en afstemmen’, de lijst in de conclusies alleen ‘delegeren’.',
      en: 'The summary calls this competence ‘delegating and aligning’ (delegeren en afstemmen); the list in the conclusions says only ‘delegating’.',
    },
  },
  {
    id: 'vertrouwen',
    label: { nl: 'Vertrouwen', en: 'Trusting' },
    description: {
      nl: 'Durven rekenen op de deskundigheid van een ketenpartner, ook als een situatie je raakt, en bij de eigen kerntaak blijven.',
      en: 'Daring to rely on the expertise of a partner in the chain, even when a situation affects you, and sticking to your own core task.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Kerncompetenties voor samenwerking', lines: 'L1409-L1421' },
      { source: 'arbeidsmarktplatform-po', section: 'Delegeren en coördineren', lines: 'L1118-L1128' },
    ],
  },
  {
    id: 'initiatief-tonen',
    label: { nl: 'Initiatief tonen', en: 'Taking initiative' },
    description: {
      nl: 'Zelf op partijen afstappen en kansen benutten, met een eigen visie waarin je collega’s en externen meeneemt. Bij leraren zien schoolleiders hier nog ruimte voor groei.',
      en: 'Approaching parties yourself and seizing opportunities, with a vision of your own that you bring colleagues and outsiders along with. School leaders see room for growth here among teachers.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Kerncompetenties voor samenwerking', lines: 'L1409-L1423' },
      { source: 'arbeidsmarktplatform-po', section: 'Een netwerk opbouwen en onderhouden', lines: 'L1141-L1159' },
    ],
  },
  {
    id: 'plannen-en-organiseren',
    label: { nl: 'Plannen en organiseren', en: 'Planning and organising' },
    description: {
      nl: 'Het overzicht houden over meerdere externe partijen en hun bijdrage in het onderwijs inpassen. Deeltijdwerk en veel lesuren maken dat lastiger.',
      en: 'Keeping track of several outside parties and fitting their contribution into teaching. Part-time work and many teaching hours make this harder.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Kerncompetenties voor samenwerking', lines: 'L1409-L1425' },
      { source: 'arbeidsmarktplatform-po', section: 'Goed kunnen organiseren', lines: 'L1197-L1203' },
    ],
  },
  {
    id: 'rapporteren',
    label: { nl: 'Rapporteren', en: 'Reporting' },
    description: {
      nl: 'Verslag leggen aan partners en dossiers bijhouden, zodat anderen weten wat er gebeurt. De bron noemt de rapportagelast ook als knelpunt.',
      en: 'Reporting to partners and keeping case files, so that others know what is going on. The source also names the reporting burden as an obstacle.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Kerncompetenties voor samenwerking', lines: 'L1409-L1427' },
      { source: 'arbeidsmarktplatform-po', section: 'Structuur in de samenwerking', lines: 'L51-L55' },
    ],
    note: {
      nl: 'De bron noemt deze competentie alleen in de opsomming en licht haar niet toe; de omschrijving is onze lezing.',
      en: 'The source only lists this competence without explaining it; the description is our reading.',
    },
  },
  {
    id: 'nieuwsgierig-zijn',
    label: { nl: 'Nieuwsgierig zijn', en: 'Being curious' },
    description: {
      nl: 'Belangstelling hebben voor wat er in andere vakgebieden speelt en de juiste vragen willen stellen, zodat je een goede gesprekspartner bent voor externe professionals.',
      en: 'Taking an interest in what goes on in other fields and wanting to ask the right questions, so that you are a good counterpart for outside professionals.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Kerncompetenties voor samenwerking', lines: 'L1409-L1429' },
      { source: 'arbeidsmarktplatform-po', section: 'Kennis van zaken', lines: 'L1207-L1219' },
    ],
    note: {
      nl: 'De bron licht deze competentie niet apart toe; de koppeling met de passage over kennis van zaken is onze lezing.',
      en: 'The source does not explain this competence separately; linking it to the passage on subject knowledge is our reading.',
    },
  },
  {
    id: 'open-voor-feedback',
    label: { nl: 'Open staan voor feedback', en: 'Being open to feedback' },
    description: {
      nl: 'Je kwetsbaar durven opstellen en de blik van een externe op een kind zien als ervaring om over in gesprek te gaan, niet als kritiek.',
      en: 'Being willing to show vulnerability and treating an outsider’s view of a child as experience to discuss, not as criticism.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Kerncompetenties voor samenwerking', lines: 'L1409-L1431' },
      { source: 'arbeidsmarktplatform-po', section: 'Delegeren en coördineren', lines: 'L1128-L1134' },
    ],
  },
  {
    id: 'assertiviteit-tonen',
    label: { nl: 'Assertiviteit tonen', en: 'Being assertive' },
    description: {
      nl: 'Open staan voor het perspectief van de ander en toch duidelijk zeggen wat je nodig hebt. Daarbij hoort de kunst om externen in de processen van de school te betrekken in plaats van in hun eigen processen mee te gaan.',
      en: 'Staying open to the other’s perspective while saying clearly what you need. Part of it is drawing outsiders into the school’s processes rather than being pulled into theirs.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Kerncompetenties voor samenwerking', lines: 'L1409-L1433' },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Communicatie, professionele openheid en assertiviteit',
        lines: 'L1163-L1177',
      },
    ],
  },
  {
    id: 'overtuigen',
    label: { nl: 'Overtuigen', en: 'Persuading' },
    description: {
      nl: 'Anderen winnen voor een idee of aanpak, zowel collega’s als externe partijen, en de toon aanpassen aan partijen die een formelere benadering verwachten.',
      en: 'Winning others over to an idea or approach, colleagues and outside parties alike, and adapting one’s style to parties that expect a more formal approach.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Kerncompetenties voor samenwerking', lines: 'L1409-L1435' },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Communicatie, professionele openheid en assertiviteit',
        lines: 'L1179-L1183',
      },
    ],
    note: {
      nl: 'De bron licht deze competentie niet apart toe; de koppeling met stijlflexibiliteit is onze lezing.',
      en: 'The source does not explain this competence separately; linking it to flexibility of style is our reading.',
    },
  },
];
