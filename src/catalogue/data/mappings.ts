import type { LocalisedText, Mapping, SourceRef } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type MappingId, mappingIds } from '../ids/mappings.js';

const kaatsOpheij: SourceRef = {
  source: 'overlegraad-po-vo-2019',
  section: '4. Regionaal samenwerken is een vaardigheid',
  lines: 'L227-L230',
};

const bijlage2: SourceRef = {
  source: 'overlegraad-po-vo-2019',
  section: 'Bijlage 2: Waardoor werkt een samenwerking wel of niet?',
  lines: 'L285-L289',
};

const nsob: SourceRef = {
  source: 'overlegraad-po-vo-2019',
  section: '4. Regionaal samenwerken is een vaardigheid',
  lines: 'L232-L236',
};

const ordering: SourceRef = {
  source: 'berenschot-gemeente-onderwijs',
  section: 'Zes factoren van succesvol samenwerken',
  lines: 'L3084-L3112',
};

const perspectivesNote: LocalisedText = {
  nl: 'De Overlegraad-notitie noemt de vijf perspectieven van Kaats & Opheij niet met zoveel woorden: ze citeert hun zin over verbinden, belangen, een betekenisvolle ambitie en een betekenisgevend proces, en verwijst voor het model naar Bijlage 2, waarvan de afbeelding in de tekst ontbreekt. De vijf namen komen uit het boek zelf; de koppeling is onze lezing.',
  en: 'The Overlegraad note does not spell out the five Kaats & Opheij perspectives: it quotes their sentence on connecting, interests, a meaningful ambition and a meaning-making process, and refers to Bijlage 2 for the model, whose figure is missing from the text. The five names come from the book itself; the link is our reading.',
};

const nsobNote: LocalisedText = {
  nl: 'De notitie omschrijft de NSOB-elementen elk in één zin en legt geen verband met Kaats & Opheij; de koppeling is onze lezing.',
  en: 'The note describes each NSOB element in a single sentence and draws no link with Kaats & Opheij; the link is our reading.',
};

/**
 * Every framework mapping, in the order of {@link mappingIds}.
 *
 * @remarks
 * The first nine link the six Berenschot strategy factors to the five perspectives of Kaats & Opheij; the rest
 * link each Kaats & Opheij perspective to the three NSOB elements. `subset` means `from` covers part of `to`.
 *
 * @category Catalogue
 */
export const mappings: readonly Mapping[] = [
  {
    id: 'belanghebbenden-proces',
    from: { framework: 'berenschot', id: 'belanghebbenden' },
    to: { framework: 'kaats-opheij', id: 'proces' },
    relationship: 'subset',
    label: { nl: 'Belanghebbenden → proces', en: 'Stakeholders → process' },
    description: {
      nl: 'Alle belanghebbenden tijdig betrekken is één onderdeel van een goed ingericht samenwerkingsproces.',
      en: 'Involving every stakeholder in good time is one part of a well-designed collaboration process.',
    },
    rationale: {
      nl: 'Wie er wanneer aan tafel zit, is een keuze in de procesinrichting, maar het proces omvat meer.',
      en: 'Who sits at the table, and when, is a choice in process design, but the process covers more.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2845-L2893' },
      kaatsOpheij,
      bijlage2,
    ],
    note: perspectivesNote,
  },
  {
    id: 'belanghebbenden-belangen',
    from: { framework: 'berenschot', id: 'belanghebbenden' },
    to: { framework: 'kaats-opheij', id: 'belangen' },
    relationship: 'intersect',
    label: { nl: 'Belanghebbenden → belangen', en: 'Stakeholders → interests' },
    description: {
      nl: 'Het betrekken van belanghebbenden en het benoemen van belangen overlappen: wie meedoet, brengt een belang mee.',
      en: 'Involving stakeholders and naming interests overlap: whoever takes part brings an interest along.',
    },
    rationale: {
      nl: 'Wie je betrekt bepaalt welke belangen op tafel komen, maar betrekken gaat ook over tijdigheid en vertegenwoordiging.',
      en: 'Whom you involve decides which interests reach the table, but involving is also about timing and representation.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2845-L2863' },
      kaatsOpheij,
      bijlage2,
    ],
    note: perspectivesNote,
  },
  {
    id: 'ambitie-ambitie',
    from: { framework: 'berenschot', id: 'ambitie' },
    to: { framework: 'kaats-opheij', id: 'ambitie' },
    relationship: 'equal',
    label: { nl: 'Ambitie → ambitie', en: 'Ambition → ambition' },
    description: {
      nl: 'De gezamenlijke ambitie van Berenschot en het ambitieperspectief van Kaats & Opheij gaan over hetzelfde: wat partners samen willen bereiken.',
      en: 'Berenschot’s shared ambition and the Kaats & Opheij ambition perspective are about the same thing: what partners want to achieve together.',
    },
    rationale: {
      nl: 'Beide stellen dat samenwerken draait om een doel dat partners delen en dat betekenis heeft.',
      en: 'Both hold that collaborating turns on a goal the partners share and that carries meaning.',
    },
    sources: [
      {
        source: 'berenschot-gemeente-onderwijs',
        section: '2. Formuleer een gezamenlijke ambitie',
        lines: 'L2895-L2935',
      },
      kaatsOpheij,
      bijlage2,
    ],
    note: perspectivesNote,
  },
  {
    id: 'belangen-belangen',
    from: { framework: 'berenschot', id: 'belangen' },
    to: { framework: 'kaats-opheij', id: 'belangen' },
    relationship: 'equal',
    label: { nl: 'Belangen → belangen', en: 'Interests → interests' },
    description: {
      nl: 'Berenschots factor over het benoemen van belangen en het belangenperspectief van Kaats & Opheij dekken hetzelfde terrein.',
      en: 'Berenschot’s factor on naming interests and the Kaats & Opheij interests perspective cover the same ground.',
    },
    rationale: {
      nl: 'Beide vragen dat elke partij haar eigen belang erkent en recht doet aan dat van de ander.',
      en: 'Both ask every party to acknowledge its own interest and do justice to the other’s.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '3. Benoem verschillende belangen', lines: 'L2936-L2968' },
      kaatsOpheij,
      bijlage2,
    ],
    note: perspectivesNote,
  },
  {
    id: 'relatie-relatie',
    from: { framework: 'berenschot', id: 'relatie' },
    to: { framework: 'kaats-opheij', id: 'relatie' },
    relationship: 'equal',
    label: { nl: 'Relatie → relatie', en: 'Relationship → relationship' },
    description: {
      nl: 'Investeren in de relatie bij Berenschot en het relatieperspectief van Kaats & Opheij gaan beide over hoe mensen en organisaties zich met elkaar verbinden.',
      en: 'Investing in the relationship in Berenschot and the Kaats & Opheij relationship perspective both concern how people and organisations connect.',
    },
    rationale: {
      nl: 'Beide zien vertrouwen en onderlinge band als voorwaarde die onderhoud vraagt.',
      en: 'Both see trust and mutual ties as a precondition that needs upkeep.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '4. Investeer in de relatie', lines: 'L2970-L3006' },
      kaatsOpheij,
      bijlage2,
    ],
    note: perspectivesNote,
  },
  {
    id: 'organisatie-organisatie',
    from: { framework: 'berenschot', id: 'organisatie' },
    to: { framework: 'kaats-opheij', id: 'organisatie' },
    relationship: 'superset',
    label: { nl: 'Organisatie → organisatie', en: 'Organisation → organisation' },
    description: {
      nl: 'Berenschots organisatiefactor omvat het organisatieperspectief van Kaats & Opheij en daarnaast de afspraken over het proces.',
      en: 'Berenschot’s organisation factor includes the Kaats & Opheij organisation perspective and, beyond it, the agreements on the process.',
    },
    rationale: {
      nl: 'Berenschot rekent structuur, processen, middelen en rollen tot organisatie; Kaats & Opheij geven het proces een eigen perspectief.',
      en: 'Berenschot counts structure, processes, resources and roles as organisation; Kaats & Opheij give the process a perspective of its own.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '5. Zorg voor een goede organisatie', lines: 'L3007-L3045' },
      kaatsOpheij,
      bijlage2,
    ],
    note: perspectivesNote,
  },
  {
    id: 'organisatie-proces',
    from: { framework: 'berenschot', id: 'organisatie' },
    to: { framework: 'kaats-opheij', id: 'proces' },
    relationship: 'intersect',
    label: { nl: 'Organisatie → proces', en: 'Organisation → process' },
    description: {
      nl: 'Berenschot rekent ook de afspraken over hoe het proces of project verloopt tot organisatie; dat deel valt samen met het procesperspectief.',
      en: 'Berenschot speaks of agreements on organising the process, project or structure; that part coincides with the process perspective.',
    },
    rationale: {
      nl: 'De procesafspraken overlappen; structuur en middelen vallen buiten het proces, en het betekenisgevende karakter van het proces valt buiten Berenschots organisatie.',
      en: 'The process agreements overlap; structure and resources lie outside the process, and the meaning-making side of the process lies outside Berenschot’s organisation.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '5. Zorg voor een goede organisatie', lines: 'L3009-L3029' },
      ordering,
      kaatsOpheij,
      bijlage2,
    ],
    note: perspectivesNote,
  },
  {
    id: 'communicatie-proces',
    from: { framework: 'berenschot', id: 'communicatie' },
    to: { framework: 'kaats-opheij', id: 'proces' },
    relationship: 'subset',
    label: { nl: 'Communicatie → proces', en: 'Communication → process' },
    description: {
      nl: 'Tijdig en respectvol communiceren loopt door het hele samenwerkingsproces en is daarvan een deel.',
      en: 'Communicating in good time and with respect runs through the whole collaboration process and is part of it.',
    },
    rationale: {
      nl: 'Berenschot plaatst communicatie gedurende het gehele proces; het proces vraagt meer dan alleen elkaar informeren.',
      en: 'Berenschot places communication throughout the process; the process asks for more than keeping each other informed.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '6. Communiceer tijdig en respectvol', lines: 'L3047-L3083' },
      ordering,
      kaatsOpheij,
      bijlage2,
    ],
    note: perspectivesNote,
  },
  {
    id: 'communicatie-relatie',
    from: { framework: 'berenschot', id: 'communicatie' },
    to: { framework: 'kaats-opheij', id: 'relatie' },
    relationship: 'intersect',
    label: { nl: 'Communicatie → relatie', en: 'Communication → relationship' },
    description: {
      nl: 'Respectvol communiceren en elkaar niet via de krant laten verrassen houdt de relatie goed; beide begrippen overlappen.',
      en: 'Communicating respectfully and not letting partners learn news from the press keeps the relationship healthy; the two concepts overlap.',
    },
    rationale: {
      nl: 'Berenschot koppelt communicatie aan respect en gedrag, kernpunten van de relatie; afspraken over rapportages horen daar niet bij.',
      en: 'Berenschot ties communication to respect and behaviour, core points of the relationship; agreements on reports do not belong there.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '6. Communiceer tijdig en respectvol', lines: 'L3049-L3083' },
      kaatsOpheij,
      bijlage2,
    ],
    note: perspectivesNote,
  },
  {
    id: 'ambitie-weefsel',
    from: { framework: 'kaats-opheij', id: 'ambitie' },
    to: { framework: 'nsob', id: 'weefsel' },
    relationship: 'subset',
    label: { nl: 'Ambitie → weefsel', en: 'Ambition → fabric' },
    description: {
      nl: 'Een gedeelde ambitie is een deel van het weefsel: de gezamenlijke manier van denken, doen en voelen tussen partijen.',
      en: 'A shared ambition is part of the fabric: the common way of thinking, acting and feeling between parties.',
    },
    rationale: {
      nl: 'Een gedeeld doel is één uiting van gedeeld denken; het weefsel omvat ook gewoonten en gevoel.',
      en: 'A shared goal is one expression of shared thinking; the fabric also covers habits and feelings.',
    },
    sources: [kaatsOpheij, nsob],
    note: nsobNote,
  },
  {
    id: 'belangen-weefsel',
    from: { framework: 'kaats-opheij', id: 'belangen' },
    to: { framework: 'nsob', id: 'weefsel' },
    relationship: 'intersect',
    label: { nl: 'Belangen → weefsel', en: 'Interests → fabric' },
    description: {
      nl: 'Elkaars belangen kennen en erkennen draagt bij aan een gedeelde kijk, maar belangen blijven ook van de afzonderlijke partijen.',
      en: 'Knowing and acknowledging each other’s interests adds to a shared outlook, but interests also remain with the separate parties.',
    },
    rationale: {
      nl: 'Gedeelde belangen horen bij het weefsel; eigen belangen van een instelling juist niet.',
      en: 'Shared interests belong to the fabric; an institution’s own interests do not.',
    },
    sources: [kaatsOpheij, nsob],
    note: nsobNote,
  },
  {
    id: 'relatie-individu',
    from: { framework: 'kaats-opheij', id: 'relatie' },
    to: { framework: 'nsob', id: 'individu' },
    relationship: 'intersect',
    label: { nl: 'Relatie → individu', en: 'Relationship → individual' },
    description: {
      nl: 'Relaties worden gedragen door personen, en personen spelen volgens de NSOB een cruciale rol; het individu omvat ook houding en vaardigheden buiten de relatie.',
      en: 'Relationships are carried by people, and according to the NSOB people play a crucial role; the individual also covers attitude and skills beyond the relationship.',
    },
    rationale: {
      nl: 'De persoonlijke klik tussen sleutelspelers valt onder beide begrippen.',
      en: 'The personal click between key players falls under both concepts.',
    },
    sources: [kaatsOpheij, nsob],
    note: nsobNote,
  },
  {
    id: 'relatie-weefsel',
    from: { framework: 'kaats-opheij', id: 'relatie' },
    to: { framework: 'nsob', id: 'weefsel' },
    relationship: 'intersect',
    label: { nl: 'Relatie → weefsel', en: 'Relationship → fabric' },
    description: {
      nl: 'Vertrouwen tussen organisaties is zowel relatie als weefsel; het weefsel gaat verder dan de relatie tussen de direct betrokkenen.',
      en: 'Trust between organisations is both relationship and fabric; the fabric reaches beyond the relationship between those directly involved.',
    },
    rationale: {
      nl: 'Een gedeeld gevoel tussen partijen groeit uit de relatie, maar leeft ook los van personen voort.',
      en: 'A shared feeling between parties grows out of the relationship but also lives on apart from persons.',
    },
    sources: [kaatsOpheij, nsob],
    note: nsobNote,
  },
  {
    id: 'organisatie-structuur',
    from: { framework: 'kaats-opheij', id: 'organisatie' },
    to: { framework: 'nsob', id: 'structuur' },
    relationship: 'equal',
    label: { nl: 'Organisatie → structuur', en: 'Organisation → structure' },
    description: {
      nl: 'Het organisatieperspectief en het NSOB-element structuur benoemen allebei het formele kader waarin partijen samenwerken.',
      en: 'The organisation perspective and the NSOB element structure both name the formal frame within which parties work together.',
    },
    rationale: {
      nl: 'Beide gaan over de inrichting van de samenwerking, los van personen en gedeelde opvattingen.',
      en: 'Both concern how the collaboration is set up, apart from persons and shared views.',
    },
    sources: [kaatsOpheij, nsob],
    note: nsobNote,
  },
  {
    id: 'proces-structuur',
    from: { framework: 'kaats-opheij', id: 'proces' },
    to: { framework: 'nsob', id: 'structuur' },
    relationship: 'intersect',
    label: { nl: 'Proces → structuur', en: 'Process → structure' },
    description: {
      nl: 'Vaste overlegmomenten en procedures horen bij het proces en bij de structuur; de betekenisgevende kant van het proces niet.',
      en: 'Fixed meetings and procedures belong to the process and to the structure; the meaning-making side of the process does not.',
    },
    rationale: {
      nl: 'De procesafspraken zijn deel van de structuur; wat het proces aan betekenis oplevert, valt erbuiten.',
      en: 'The process agreements are part of the structure; the meaning the process produces lies outside it.',
    },
    sources: [kaatsOpheij, nsob],
    note: nsobNote,
  },
  {
    id: 'proces-weefsel',
    from: { framework: 'kaats-opheij', id: 'proces' },
    to: { framework: 'nsob', id: 'weefsel' },
    relationship: 'intersect',
    label: { nl: 'Proces → weefsel', en: 'Process → fabric' },
    description: {
      nl: 'Een proces dat betekenis geeft, laat partijen gaandeweg op dezelfde manier denken, handelen en voelen; daarin raken proces en weefsel elkaar.',
      en: 'A meaning-making process gives rise to a shared way of thinking, acting and feeling; there process and fabric meet.',
    },
    rationale: {
      nl: 'Het weefsel is grotendeels een opbrengst van het proces, maar hangt ook af van geschiedenis en cultuur.',
      en: 'The fabric is largely a product of the process, but also depends on history and culture.',
    },
    sources: [kaatsOpheij, nsob],
    note: nsobNote,
  },
];
