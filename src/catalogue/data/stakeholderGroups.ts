import type { StakeholderGroup } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type StakeholderGroupId, stakeholderGroupIds } from '../ids/stakeholderGroups.js';

/**
 * Every stakeholder group, in the order of {@link stakeholderGroupIds}.
 *
 * @category Catalogue
 */
export const stakeholderGroups: readonly StakeholderGroup[] = [
  {
    id: 'gemeenteraad',
    label: { nl: 'Gemeenteraad', en: 'Municipal council' },
    description: {
      nl: 'De raadsleden, die over beleid en geld beslissen. Berenschot noemt hen als sleutelspelers die vaak te laat in beeld komen: zonder hen ontbreekt steun voor nieuw beleid en voor de financiële toezeggingen.',
      en: 'The council members, who decide on policy and money. Berenschot names them as key players who are often brought in too late: without them, support for new policy and for the financial commitment is missing.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2875-L2883' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden – Werelden bij elkaar', lines: 'L1257-L1267' },
    ],
  },
  {
    id: 'schooldirecteuren',
    label: { nl: 'Schooldirecteuren', en: 'School principals' },
    description: {
      nl: 'De directeuren en locatieleiders die afspraken van besturen en gemeente in hun school moeten waarmaken. Wie hen vroeg laat meedenken, krijgt plannen die uitvoerbaar zijn.',
      en: 'The principals and site leaders who have to put agreements between boards and municipality into practice in their school. Involving them early yields plans that can actually be carried out.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2885-L2893' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven – Samen voor gelijke kansen', lines: 'L264-L271' },
    ],
  },
  {
    id: 'leraren',
    label: { nl: 'Leraren', en: 'Teachers' },
    description: {
      nl: 'De leraren en docenten op de werkvloer, die de samenwerking in de klas vormgeven. Een samenwerking die alleen bestuurlijk leeft, moet hen actief meekrijgen.',
      en: 'Teachers on the shop floor, who give the collaboration shape in the classroom. A collaboration that lives only at board level has to win them over actively.',
    },
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Vooraf', lines: 'L9-L13' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden – Werelden bij elkaar', lines: 'L1165-L1176' },
      { source: 'arbeidsmarktplatform-po', section: 'Sleutelrol voor schoolleiders', lines: 'L84-L90' },
    ],
  },
  {
    id: 'ouders',
    label: { nl: 'Ouders', en: 'Parents' },
    description: {
      nl: 'Ouders en verzorgers van leerlingen. Zij kunnen twijfelen aan een nieuwe constructie en moeten tijdig weten wat er verandert en waar ze met vragen en zorgen terechtkunnen.',
      en: 'The parents and carers of pupils. They may doubt a new arrangement and need to know in good time what changes and where they can take their questions and worries.',
    },
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Vooraf', lines: 'L9-L13' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo – Passend samenwerken', lines: 'L2541-L2549' },
      { source: 'vso-vo-samenwerking', section: 'Voorwaardelijke aspecten', lines: 'L3526-L3530' },
    ],
  },
  {
    id: 'leerlingen',
    label: { nl: 'Leerlingen', en: 'Pupils' },
    description: {
      nl: 'De kinderen en jongeren voor wie de samenwerking bedoeld is. Het vso-vo-onderzoek noemt het als beperking dat het vooral de kijk van directeuren weergeeft: wat leerlingen, leraren en ouders van de samenwerking merken, is daarmee nog niet beantwoord.',
      en: 'The children and young people the collaboration is meant for. The vso–vo study names as a limitation that it mainly reflects the view of school leaders: what pupils, teachers and parents experience of the collaboration remains unanswered by it.',
    },
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Vooraf', lines: 'L9-L13' },
      { source: 'vso-vo-samenwerking', section: '4.2 Reflectie en discussie', lines: 'L4368-L4380' },
    ],
  },
  {
    id: 'medezeggenschapsraad',
    label: { nl: 'Medezeggenschapsraad', en: 'Participation council' },
    description: {
      nl: 'De (gemeenschappelijke) medezeggenschapsraad van personeel en ouders, die bij ingrijpende besluiten zoals een overdracht of fusie instemming of advies geeft.',
      en: 'The (joint) participation council of staff and parents, which consents to or advises on far-reaching decisions such as a transfer or merger.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: '3.4 De Ambelt: “Opheffen en invlechten”', lines: 'L3457-L3461' },
      { source: 'regioplan-vo-2015', section: 'Belangrijkste knelpunten', lines: 'L469-L471' },
    ],
  },
  {
    id: 'raad-van-toezicht',
    label: { nl: 'Raad van toezicht', en: 'Supervisory board' },
    description: {
      nl: 'De interne toezichthouders van een schoolbestuur. Een behoudende raad kan samenwerking remmen; een raad die krimp en samenwerking agendeert, kan haar juist op gang brengen.',
      en: 'The internal supervisors of a school board. A cautious board can slow collaboration down; one that puts decline and collaboration on the agenda can set it in motion.',
    },
    sources: [
      {
        source: 'overlegraad-po-vo-2019',
        section: '2. Belemmerende & bevorderende factoren voor regionale samenwerking',
        lines: 'L99-L101',
      },
      { source: 'overlegraad-po-vo-2019', section: 'Belemmerende factoren', lines: 'L192-L194' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen – Alle hens aan dek', lines: 'L1955-L1969' },
    ],
  },
  {
    id: 'wethouder',
    label: { nl: 'Wethouder', en: 'Alderman' },
    description: {
      nl: 'Het lid van het college van burgemeester en wethouders met onderwijs in de portefeuille. Zichtbaarheid en aanwezigheid van de wethouder dragen bij aan een goede relatie; een wisseling na verkiezingen is een risico.',
      en: 'The member of the municipal executive who holds the education portfolio. The alderman’s visibility and presence help the relationship; a change after elections is a risk.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '4. Investeer in de relatie', lines: 'L2978-L2986' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen – Alle hens aan dek', lines: 'L2102-L2106' },
    ],
  },
  {
    id: 'ambtenaren',
    label: { nl: 'Ambtenaren', en: 'Civil servants' },
    description: {
      nl: 'De beleidsmedewerkers van de gemeente en de stafleden van besturen die het werk voorbereiden, bijvoorbeeld in een ambtelijke werkgroep naast de bestuurlijke.',
      en: 'The municipal policy officers and the board staff who prepare the work, for instance in an officials’ working group alongside the governing one.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen – Volwassen partnerschap', lines: 'L1591-L1597' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal – Visie als fundament', lines: 'L2332-L2337' },
    ],
  },
  {
    id: 'pedagogisch-medewerkers',
    label: { nl: 'Pedagogisch medewerkers', en: 'Childcare practitioners' },
    description: {
      nl: 'Het personeel van kinderopvang en peuteropvang. In een kindcentrum voeren zij samen met leerkrachten de gezamenlijke verbeterplannen uit.',
      en: 'The staff of day care and toddler care. In a child centre they carry out the joint improvement plans together with teachers.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven – Samen voor gelijke kansen', lines: 'L325-L337' },
      { source: 'arbeidsmarktplatform-po', section: 'Rolverdeling bij contact met externen', lines: 'L826-L828' },
    ],
  },
  {
    id: 'vakbonden',
    label: { nl: 'Vakbonden', en: 'Trade unions' },
    description: {
      nl: 'De bonden die het personeel vertegenwoordigen wanneer medewerkers van bestuur of cao wisselen, zoals bij het opheffen van een vso-bestuur.',
      en: 'The unions that represent staff when employees change board or collective agreement, as when a vso board is wound up.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: '3.4 De Ambelt: “Opheffen en invlechten”', lines: 'L3437-L3445' },
      { source: 'vso-vo-samenwerking', section: 'Voorwaardelijke aspecten', lines: 'L3538-L3542' },
    ],
  },
  {
    id: 'inwoners',
    label: { nl: 'Inwoners', en: 'Residents' },
    description: {
      nl: 'De bewoners van gemeente of regio. Zij kunnen druk zetten, zoals in Zeeuws-Vlaanderen, waar petities en handtekeningenacties hielpen het voortgezet onderwijs te behouden.',
      en: 'The people living in the municipality or region. They can apply pressure, as in Zeeuws-Vlaanderen, where petitions helped keep secondary education in the area.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen – Alle hens aan dek', lines: 'L1717-L1727' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen – Alle hens aan dek', lines: 'L1895-L1904' },
    ],
  },
];
