import type { SupportNeed } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type SupportNeedId, supportNeedIds } from '../ids/supportNeeds.js';

const samenvatting = 'Samenvatting';
const vergelijking = '4.1 Vergelijking bevindingen vso-vo met bevindingen so-sbo';

/**
 * Every support need, in the order of {@link supportNeedIds}.
 *
 * @remarks
 * What the vso–vo study found that collaborating schools would like outside help with: the needs named by the four
 * case initiatives, and the explanation that vso and pro schools gave in the survey. How many schools and
 * partnerships want support per form is the benchmark `vso-vo-ondersteuningsbehoefte`. The links to hindering
 * factors are the catalogue's reading: the obstacle the support would help with.
 *
 * @category Catalogue
 */
export const supportNeeds: readonly SupportNeed[] = [
  {
    id: 'financiele-deskundigheid',
    factors: ['bekostigingssystematiek', 'wet-en-regelgeving'],
    forms: ['intensieve-samenwerking-integratie'],
    label: { nl: 'Financiële deskundigheid', en: 'Financial expertise' },
    description: {
      nl: 'Financiële kennis die de samenwerkende scholen zelf niet in huis hebben. Eduwiek heeft daarvoor deskundigen van buiten ingehuurd en vindt dat soort hulp wenselijk.',
      en: 'Financial knowledge the collaborating schools do not have in house. Eduwiek hired outside experts for it and considers such help desirable.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: samenvatting, lines: 'L282-L288' },
      {
        source: 'vso-vo-samenwerking',
        section: '3.1 Eduwiek: “Samen in nieuwbouw” – Ondersteuningsbehoeften',
        lines: 'L2774-L2782',
      },
    ],
  },
  {
    id: 'bouwkundige-deskundigheid',
    factors: ['huisvestingsvragen'],
    forms: ['intensieve-samenwerking-integratie'],
    label: { nl: 'Deskundigheid over bouw en inrichting', en: 'Expertise on building and fitting out' },
    description: {
      nl: 'Kennis over nieuwbouw en over het inrichten van een gebouw dat meerdere scholen delen. Eduwiek huurde hiervoor bouwkundigen en inrichtingsdeskundigen in.',
      en: 'Knowledge of new construction and of fitting out a building that several schools share. Eduwiek hired construction experts and interior specialists for this.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: samenvatting, lines: 'L282-L288' },
      {
        source: 'vso-vo-samenwerking',
        section: '3.1 Eduwiek: “Samen in nieuwbouw” – Ondersteuningsbehoeften',
        lines: 'L2774-L2782',
      },
    ],
  },
  {
    id: 'pr-ondersteuning',
    factors: [],
    forms: ['intensieve-samenwerking-integratie'],
    label: { nl: 'Hulp bij pr', en: 'Help with publicity' },
    description: {
      nl: 'Steun bij het naar buiten brengen van het initiatief. Punt Speciaal geeft aan dat het die hulp goed zou kunnen gebruiken.',
      en: 'Support in presenting the initiative to the outside world. Punt Speciaal says it could well use such help.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: samenvatting, lines: 'L282-L288' },
      {
        source: 'vso-vo-samenwerking',
        section: '3.2 Punt Speciaal: “Geleidelijke integratie” – Ondersteuningsbehoeften',
        lines: 'L3061-L3063',
      },
    ],
  },
  {
    id: 'effectiviteitsonderzoek',
    factors: [],
    forms: ['intensieve-samenwerking-integratie'],
    label: { nl: 'Onderzoek naar wat het oplevert', en: 'Research into what it yields' },
    description: {
      nl: 'Wetenschappelijk onderzoek naar de vraag of zulke samenwerkingsinitiatieven werkelijk meer opleveren dan de gewone gang van zaken. Punt Speciaal noemt dit als wens.',
      en: 'Scientific research into whether such collaborative initiatives really yield more than the usual way of working. Punt Speciaal names this as a wish.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: samenvatting, lines: 'L282-L288' },
      {
        source: 'vso-vo-samenwerking',
        section: '3.2 Punt Speciaal: “Geleidelijke integratie” – Ondersteuningsbehoeften',
        lines: 'L3063-L3068',
      },
    ],
  },
  {
    id: 'leerlingbegeleiding',
    factors: [],
    forms: ['intensieve-samenwerking-integratie'],
    label: { nl: 'Begeleiding van leerlingen', en: 'Guidance for pupils' },
    description: {
      nl: 'Hulp bij het begeleiden van leerlingen. Het Olympia College noemt dit voor zijn internationale schakelklas en bespreekt het met het samenwerkingsverband.',
      en: 'Help with guiding pupils. Olympia College names this for its international transition class and is discussing it with the partnership.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: samenvatting, lines: 'L282-L288' },
      {
        source: 'vso-vo-samenwerking',
        section: '3.3 Olympia College en VSO Herenwaard: “Van onderdak naar samenwerking” – Ondersteuningsbehoefte',
        lines: 'L3309-L3315',
      },
    ],
    note: {
      nl: 'De onderzoekers merken op dat deze behoefte buiten de vraag van hun onderzoek valt; de samenvatting noemt haar wel.',
      en: 'The researchers note that this need lies outside the question of their study; the summary does list it.',
    },
  },
  {
    id: 'consensus-over-visie',
    factors: ['geen-verbindende-visie', 'tegenstrijdige-belangen'],
    forms: ['intensieve-samenwerking-integratie'],
    label: { nl: 'Besturen op één lijn over de visie', en: 'Getting boards to agree on a vision' },
    description: {
      nl: 'Steun bij het bereiken van overeenstemming tussen schoolbesturen over de visie op de samenwerking, genoemd door vso- en pro-scholen die intensief samenwerken of integreren, of dat voorbereiden.',
      en: 'Support in reaching agreement between school boards on the vision behind the collaboration, named by vso and pro schools that collaborate intensively or integrate, or are preparing to.',
    },
    sources: [{ source: 'vso-vo-samenwerking', section: vergelijking, lines: 'L4223-L4229' }],
  },
  {
    id: 'duidelijkheid-wettelijke-kaders',
    factors: ['wet-en-regelgeving', 'toezicht-inspectie'],
    forms: ['intensieve-samenwerking-integratie'],
    label: { nl: 'Helderheid over wetgeving en toezicht', en: 'Clarity on the law and oversight' },
    description: {
      nl: 'Duidelijkheid over de wettelijke kaders en over hoeveel ruimte de inspectie laat om iets nieuws te ontwikkelen. Net als in het eerdere onderzoek naar so en sbo gaat de gevraagde steun vooral over het hanteren en uitleggen van wet- en regelgeving.',
      en: 'Clarity about the legal framework and about how much room the Inspectorate leaves for developing something new. As in the earlier study of so and sbo, the support asked for is above all about handling and interpreting laws and rules.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: vergelijking, lines: 'L4223-L4231' },
      { source: 'vso-vo-samenwerking', section: vergelijking, lines: 'L4237-L4239' },
    ],
  },
  {
    id: 'pedagogisch-klimaat',
    factors: ['weerstand-medewerkers', 'ontbrekende-docentcompetenties'],
    forms: ['intensieve-samenwerking-integratie'],
    label: { nl: 'Een pedagogisch klimaat voor iedereen', en: 'A teaching climate for every group' },
    description: {
      nl: 'Steun bij het verbeteren van het pedagogisch klimaat in een school waar verschillende doelgroepen samen zijn.',
      en: 'Support in improving the pedagogical climate in a school where different groups of pupils come together.',
    },
    sources: [{ source: 'vso-vo-samenwerking', section: vergelijking, lines: 'L4223-L4235' }],
  },
];
