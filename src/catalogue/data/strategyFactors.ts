import type { StrategyFactor } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type StrategyFactorId, strategyFactorIds } from '../ids/strategyFactors.js';

/**
 * Every Berenschot strategy factor, in the order of {@link strategyFactorIds}.
 *
 * @category Catalogue
 */
export const strategyFactors: readonly StrategyFactor[] = [
  {
    id: 'belanghebbenden',
    order: 1,
    sourceTitle: 'Betrek alle belanghebbenden',
    phase: 'begin',
    prerequisites: [],
    indicators: [
      'belanghebbenden.tijdig-betrokken',
      'belanghebbenden.vertegenwoordiging',
      'belanghebbenden.gemeenteraad',
      'belanghebbenden.schooldirecteuren',
      'belanghebbenden.slagvaardig',
    ],
    pitfalls: [
      'sleutelspelers-niet-betrokken',
      'gemeenteraad-over-het-hoofd',
      'schooldirecteuren-over-het-hoofd',
      'poolse-landdag',
    ],
    label: { nl: 'Betrek alle belanghebbenden', en: 'Involve all stakeholders' },
    description: {
      nl: 'Elke partij die een rol heeft in de samenwerking krijgt een stem en zit aan tafel voordat er belangrijke besluiten worden genomen; wie buiten blijft, kan het proces later alsnog ophouden. Kunnen niet alle organisaties zelf deelnemen, dan wijzen ze samen een vertegenwoordiger aan die met de eigen achterban overlegt, zodat het overleg werkbaar blijft.',
      en: 'Every party with a role in the collaboration gets a voice and is at the table before important decisions are made; whoever is left out can still hold the process up later. Where not every organisation can take part itself, they jointly appoint a representative who consults its own constituency, so that meetings stay workable.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Strategie', lines: 'L2812-L2840' },
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2845-L2893' },
      {
        source: 'berenschot-gemeente-onderwijs',
        section: 'Zes factoren van succesvol samenwerken',
        lines: 'L3084-L3112',
      },
    ],
    note: {
      nl: 'De inleiding van het hoofdstuk spreekt van zes ‘aspecten’ van een samenwerkingsstrategie, het samenvattende kader van zes ‘factoren’; de catalogus gebruikt ‘factoren’. Volgens dat kader kennen de factoren een zekere volgorde zonder strikt gescheiden te zijn, en begint het proces ‘globaal’ met deze factor. De volgorde is daarom een zachte: een score waarschuwt, maar blokkeert niet.',
      en: 'The chapter introduction speaks of six ‘aspecten’ (aspects) of a collaboration strategy, the summary box of six ‘factoren’ (factors); the catalogue uses ‘factors’. According to that box the factors follow a certain order without being strictly separate, and the process ‘broadly’ starts with this one. The order is therefore soft: scoring warns but never blocks.',
    },
  },
  {
    id: 'ambitie',
    order: 2,
    sourceTitle: 'Formuleer een gezamenlijke ambitie',
    phase: 'fundament',
    prerequisites: ['belanghebbenden'],
    indicators: ['ambitie.concreet', 'ambitie.uitgangspunten', 'ambitie.bijdragen', 'ambitie.urgentie'],
    pitfalls: ['ambitie-te-algemeen', 'bijdragen-niet-benoemd'],
    label: { nl: 'Formuleer een gezamenlijke ambitie', en: 'Formulate a shared ambition' },
    description: {
      nl: 'Partners werken samen om iets te bereiken; een goede verstandhouding alleen is nog geen samenwerking. Ze beschrijven hun doel zo precies dat niemand het anders kan uitleggen, en leggen uitgangspunten vast om op terug te vallen als ze het oneens worden. Zo’n ambitie ontstaat vaak pas wanneer de partijen voelen dat er echt iets moet veranderen.',
      en: 'Partners collaborate to achieve something; getting on well is not yet collaboration. They describe their goal precisely enough that nobody can read it differently, and record principles to fall back on when they disagree. Such an ambition often only takes shape once the parties feel that something really has to change.',
    },
    sources: [
      {
        source: 'berenschot-gemeente-onderwijs',
        section: '2. Formuleer een gezamenlijke ambitie',
        lines: 'L2895-L2935',
      },
      {
        source: 'berenschot-gemeente-onderwijs',
        section: 'Zes factoren van succesvol samenwerken',
        lines: 'L3084-L3112',
      },
    ],
    note: {
      nl: 'Het samenvattende kader noemt het formuleren van de ambitie en het benoemen van de belangen in één zin, direct na het betrekken van de partijen en zonder volgorde tussen die twee. De fasenaam ‘fundament’ is onze benaming voor die gedeelde stap.',
      en: 'The summary box names formulating the ambition and naming the interests in a single sentence, right after involving the parties and with no order between the two. The phase name ‘fundament’ (foundation) is our name for that shared step.',
    },
  },
  {
    id: 'belangen',
    order: 3,
    sourceTitle: 'Benoem verschillende belangen',
    phase: 'fundament',
    prerequisites: ['belanghebbenden'],
    indicators: ['belangen.eigen-benoemd', 'belangen.erkend', 'belangen.gedeeld', 'belangen.gezamenlijk-boven-eigen'],
    pitfalls: ['eigen-belang-domineert', 'belangen-onhelder'],
    label: { nl: 'Benoem verschillende belangen', en: 'Name the different interests' },
    description: {
      nl: 'Elke partner maakt open, en op papier, duidelijk welk eigen belang hij bij de samenwerking heeft, en erkent de belangen van de anderen. Pas dan kunnen de partijen zoeken naar wat ze gemeen hebben en naar oplossingen waar iedereen beter van wordt. Alle gesprekspartners noemden dit een voorwaarde voor succes; het beste moment is de start, zo nodig in een gezamenlijke bijeenkomst.',
      en: 'Each partner states openly, and on paper, what its own interest in the collaboration is, and acknowledges the interests of the others. Only then can the parties look for common ground and for solutions that leave everyone better off. Every interviewee named this as a condition for success; the best moment is the start, in a joint session if need be.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '3. Benoem verschillende belangen', lines: 'L2936-L2968' },
      {
        source: 'berenschot-gemeente-onderwijs',
        section: 'Zes factoren van succesvol samenwerken',
        lines: 'L3084-L3112',
      },
    ],
    note: {
      nl: 'Dat deze factor als derde is genummerd, betekent niet dat hij na de ambitie komt: het samenvattende kader plaatst belangen en ambitie naast elkaar.',
      en: 'Being numbered third does not mean this factor comes after the ambition: the summary box puts interests and ambition side by side.',
    },
  },
  {
    id: 'relatie',
    order: 4,
    sourceTitle: 'Investeer in de relatie',
    phase: 'relatie',
    prerequisites: ['ambitie', 'belangen'],
    indicators: [
      'relatie.regelmatig-contact',
      'relatie.bilateraal-informeel',
      'relatie.zichtbaarheid',
      'relatie.klik',
      'relatie.continuiteit',
    ],
    pitfalls: ['geen-klik', 'wisseling-sleutelspelers'],
    label: { nl: 'Investeer in de relatie', en: 'Invest in the relationship' },
    description: {
      nl: 'Een goede verstandhouding houdt de samenwerking overeind wanneer het tegenzit. Partners onderhouden haar door elkaar geregeld en op vaste momenten te spreken, ook een-op-een en informeel, en door te weten waar de ander mee bezig is. De zichtbaarheid en aanwezigheid van de wethouder tellen daarbij zwaar.',
      en: 'A good working relationship keeps the collaboration standing when things get hard. Partners maintain it by meeting often and at fixed moments, also one-to-one and informally, and by knowing what the others are working on. The visibility and presence of the alderman count for a lot here.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '4. Investeer in de relatie', lines: 'L2970-L3006' },
      {
        source: 'berenschot-gemeente-onderwijs',
        section: 'Zes factoren van succesvol samenwerken',
        lines: 'L3084-L3112',
      },
    ],
    note: {
      nl: 'Het samenvattende kader laat partijen pas met vertrouwen in de relatie investeren als er een gedeelde ambitie ligt en ze elkaars belangen kennen; daarom zijn ambitie en belangen hier voorwaarden. De factortekst zegt echter ook dat een relatie zonder ambitie kan bestaan, en in verschillende portretten bestond de relatie al voordat er een gezamenlijk doel was.',
      en: 'The summary box has parties invest confidently in the relationship once a shared ambition exists and they know each other’s interests; that is why ambition and interests are prerequisites here. The factor text also says, however, that a relationship can exist without an ambition, and in several portraits the relationship predates any common goal.',
    },
  },
  {
    id: 'organisatie',
    order: 5,
    sourceTitle: 'Zorg voor een goede organisatie',
    phase: 'uitvoering',
    prerequisites: ['relatie', 'ambitie'],
    indicators: [
      'organisatie.structuur',
      'organisatie.middelen',
      'organisatie.rollen',
      'organisatie.planmatig',
      'organisatie.samen-vormgegeven',
    ],
    pitfalls: ['te-snel-aan-de-slag'],
    label: { nl: 'Zorg voor een goede organisatie', en: 'Organise the collaboration well' },
    description: {
      nl: 'Organiseren betekent hier: alle afspraken waarmee partners hun activiteiten op elkaar afstemmen, zodat ze gericht en zonder verspilling aan de gezamenlijke ambitie werken. Het gaat om structuur en werkwijze, om middelen (geld, mensen, voorzieningen) en om heldere rollen, taken en verantwoordelijkheden. Een standaardmodel bestaat niet: de partners ontwerpen de organisatie samen en voeren haar ook samen uit.',
      en: 'Organising here means every agreement through which the partners align their activities, so that they work towards the shared ambition with focus and without waste. It covers structure and working methods, resources (money, staff, facilities) and clear roles, tasks and responsibilities. There is no standard model: the partners design the organisation together and run it together.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '5. Zorg voor een goede organisatie', lines: 'L3007-L3045' },
      {
        source: 'berenschot-gemeente-onderwijs',
        section: 'Zes factoren van succesvol samenwerken',
        lines: 'L3084-L3112',
      },
    ],
    note: {
      nl: 'Het samenvattende kader zet de organisatie ‘vervolgens’ na de relatie. Dat ook de ambitie een voorwaarde is, leiden wij af uit de factortekst, die organiseren beschrijft als werken aan de gezamenlijke ambitie.',
      en: 'The summary box places organisation ‘next’, after the relationship. That the ambition is a prerequisite too is our inference from the factor text, which describes organising as working towards the shared ambition.',
    },
  },
  {
    id: 'communicatie',
    order: 6,
    sourceTitle: 'Communiceer tijdig en respectvol',
    phase: 'doorlopend',
    prerequisites: [],
    indicators: [
      'communicatie.tijdig',
      'communicatie.afspraken',
      'communicatie.aanspreekpunten',
      'communicatie.respectvol',
    ],
    pitfalls: ['eerst-in-de-krant'],
    label: { nl: 'Communiceer tijdig en respectvol', en: 'Communicate in good time and with respect' },
    description: {
      nl: 'Partners brengen elkaar tijdig op de hoogte van ontwikkelingen; zonder lopende communicatie valt de samenwerking stil. Dat vraagt afspraken over rapportages, inhoud en frequentie, maar vooral respectvol gedrag: bij twijfel informeer je de ander wel. Een vast aanspreekpunt aan elke kant maakt dat eenvoudig.',
      en: 'Partners keep each other informed of developments in good time; without ongoing communication the collaboration grinds to a halt. That takes agreements on reports, content and frequency, but above all respectful behaviour: when in doubt, you inform the other party. A fixed contact person on each side makes this easy.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '6. Communiceer tijdig en respectvol', lines: 'L3047-L3083' },
      {
        source: 'berenschot-gemeente-onderwijs',
        section: 'Zes factoren van succesvol samenwerken',
        lines: 'L3084-L3112',
      },
    ],
    note: {
      nl: 'Het samenvattende kader noemt communicatie als laatste, maar zegt ook dat zij gedurende het hele proces belangrijk is; daarom heeft deze factor geen voorwaarden en de fase ‘doorlopend’. De bron noemt tijdig informeren ‘misschien’ de vaakst genoemde succesfactor, terwijl het in de kaders met succesfactoren van de portretten alleen bij Venlo letterlijk terugkomt (vaste aanspreekpunten).',
      en: 'The summary box lists communication last but also says it matters throughout the process; that is why this factor has no prerequisites and the phase ‘doorlopend’ (continuous). The source calls timely informing ‘perhaps’ the most often named success factor, yet among the portraits’ success-factor boxes it appears literally only in Venlo’s (fixed contact points).',
    },
  },
];
