import type { Portrait } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type PortraitId, portraitIds } from '../ids/portraits.js';

/**
 * Every Berenschot portrait, in the order of {@link portraitIds}.
 *
 * @category Catalogue
 */
export const portraits: readonly Portrait[] = [
  {
    id: 'eindhoven',
    municipality: 'Eindhoven',
    sourceTitle: 'Samen voor gelijke kansen',
    themes: [
      'ikc',
      'vve',
      'welzijn-cultuur-sport',
      'kansengelijkheid',
      'onderwijsachterstanden',
      'passend-onderwijs-jeugdzorg',
    ],
    label: { nl: 'Eindhoven: SPIL-centra voor gelijke kansen', en: 'Eindhoven: SPIL centres for equal opportunities' },
    description: {
      nl: 'Basisscholen en kinderopvang werken in Eindhoven samen in 57 SPIL-centra (Spelen, Integreren en Leren), met zorg, cultuur en welzijn eromheen; de eerste centra kwamen in wijken met veel achterstand. Op bestuursniveau ligt een sterke gezamenlijke ambitie, de uitwerking gebeurt per locatie, waar schooldirecteuren de coördinatie doen en de gemeente hun uren betaalt. Volgens de betrokkenen werkt het door vertrouwen, blijvende aandacht voor de relatie en het lef om te beginnen voordat alles geregeld is.',
      en: 'In Eindhoven, primary schools and childcare work together in 57 SPIL centres (Play, Integrate and Learn), with care, culture and welfare services around them; the first centres opened in disadvantaged neighbourhoods. A strong shared ambition is set at board level, while each site works it out for itself, with school leaders coordinating and the municipality paying for their hours. Those involved credit trust, continuous attention to the relationship and the nerve to start before everything is arranged.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L146-L498' },
    ],
  },
  {
    id: 'haarlemmermeer',
    municipality: 'Haarlemmermeer',
    sourceTitle: 'Elkaar iets gunnen',
    themes: ['ihp', 'onderwijshuisvesting', 'internationalisering', 'lea', 'arbeidsmarkt-vestigingsklimaat'],
    stage: 'aangename-samenwerking',
    label: {
      nl: 'Haarlemmermeer: huisvesting en internationaal onderwijs',
      en: 'Haarlemmermeer: school buildings and international education',
    },
    description: {
      nl: 'De onderwijswethouder trof wantrouwen en versnippering aan: wie het stadhuis wist te vinden, kreeg geld voor gebouwen. Met alle besturen in po, vo en mbo kwam er een integraal huisvestingsplan met een blik tot 2037 en heldere afspraken over wie wat betaalt, en begin 2018 opende een openbaar schoolbestuur, samen met de gemeente, een internationale afdeling in basisschool De Optimist, die de bron ook de eerste publieke internationale school van de gemeente noemt. Gelijke behandeling van alle besturen, gezamenlijke inzet van personeel en de bereidheid elkaar iets te gunnen maakten het verschil.',
      en: 'The education alderman found distrust and fragmentation: whoever knew the way to the town hall got money for buildings. Together with all boards in primary, secondary and vocational education, an integrated housing plan looking ahead to 2037 was drawn up with clear agreements on who pays for what, and in early 2018 a public-authority school board, together with the municipality, opened an international department in De Optimist primary school, which the source also calls the municipality’s first public international school. Equal treatment of all boards, jointly deployed staff and a willingness to let each other have a win made the difference.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L499-L766' },
    ],
    note: {
      nl: 'Het stadium is het laatste van de drie dat de wethouder zelf noemt (van wantrouwen via noodzakelijke naar aangename samenwerking). Een van de bestuurders ziet tegelijk nog verbeterpunten in de bredere samenwerking rond de lokale educatieve agenda.',
      en: 'The stage is the last of the three the alderman names himself (from distrust via necessity to pleasant collaboration). One of the board members still sees room for improvement in the wider collaboration around the local education agenda.',
    },
  },
  {
    id: 'hengelo',
    municipality: 'Hengelo',
    sourceTitle: 'Met sprongen vooruit',
    themes: ['ikc', 'passend-onderwijs', 'vve'],
    label: { nl: 'Hengelo: alle scholen integrale kindcentra', en: 'Hengelo: every school an integrated child centre' },
    description: {
      nl: 'Drie grote besturen in het primair onderwijs zetten samen met de gemeente, de kinderopvang en de peuterspeelzaalorganisatie alle Hengelose scholen om naar integrale kindcentra, met één doorlopend aanbod van 2,5 tot 12 jaar en een expertisecentrum voor het jonge kind. Aanleiding: van de kinderen die instroomden in het speciaal onderwijs had twee derde nooit een gewone basisschool bezocht; nu is dat een derde, gelijk aan het landelijke gemiddelde. Het lukte doordat iedereen aan tafel zat, verder keek dan het eigen bestuur en de oplossing om kwaliteit draaide; de gemeenteraad stemde unaniem in.',
      en: 'Three large primary-school boards, together with the municipality, childcare and the pre-school playgroup organisation, turned every school in Hengelo into an integrated child centre, with one offer for children aged 2.5 to 12 and an expertise centre for young children. The trigger was that two thirds of the intake in special education had never attended a mainstream primary school; that share is now one third, the national average. It worked because everyone was at the table, looked beyond their own board and built the solution around quality; the council approved it unanimously.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Hengelo: Met sprongen vooruit', lines: 'L767-L1081' },
    ],
  },
  {
    id: 'leiden',
    municipality: 'Leiden',
    sourceTitle: 'Werelden bij elkaar',
    themes: [
      'innovatie-talentontwikkeling',
      'welzijn-cultuur-sport',
      'cultuureducatie',
      'lea',
      'professionalisering-leraren',
      'onderwijsovergangen',
      'ihp',
      'internationalisering',
    ],
    stage: 'aangename-samenwerking',
    label: {
      nl: 'Leiden: onderwijstafels en innovatiesubsidie',
      en: 'Leiden: education tables and an innovation fund',
    },
    description: {
      nl: 'Omdat het LEA-overleg plichtmatig aanvoelde, begon de gemeente onderwijstafels waar bestuurders uit de hele keten vrijuit praten, en zij maakt jaarlijks € 300.000 vrij voor vernieuwende projecten van minstens twee samenwerkende instellingen die zelf meebetalen. Uit die projecten ontstond een onderwijsfestival voor en door leraren, met later meet-ups waar leraren van po en vo over de overstap praten; de tafels brachten ook een verwonderpaspoort van musea en scholen voort. Daarnaast financiert de gemeente drie jaar lang een Leidse aanpak voor talentontwikkeling die uit de scholen kwam. De gemeente ziet het verbinden van werelden als haar belangrijkste taak: ze is toegankelijk, faciliteert en laat de inhoud aan de scholen.',
      en: 'Because the LEA meetings felt dutiful, the municipality started education tables where board members from the whole chain talk freely, and it sets aside €300,000 a year for innovative projects by at least two cooperating institutions that co-fund them. Those projects gave rise to an education festival by and for teachers, later followed by meet-ups where primary and secondary teachers discuss the move between schools; the tables also produced a ‘wonder passport’ of museums and schools. The municipality also funds, for three years, a Leiden approach to talent development that came from the schools. It sees bringing worlds together as its main task: it is accessible, facilitates and leaves the content to the schools.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden: Werelden bij elkaar', lines: 'L1082-L1498' },
    ],
    note: {
      nl: 'Het stadium is onze lezing: de bestuurders beschrijven groeiend vertrouwen en het gevoel eerder partners dan concurrenten te zijn, maar gebruiken de term niet. De gemeenteraad was kritisch over het innovatiefonds. Of de onderwijstafels het LEA-overleg vervangen of ernaast bestaan, zegt het portret niet; de wethouder spreekt over het LEA-overleg in de verleden tijd.',
      en: 'The stage is our reading: the board members describe growing trust and seeing each other as partners rather than competitors, but do not use the term. The council was critical of the innovation fund. The portrait does not say whether the education tables replace the LEA meetings or run alongside them; the alderman speaks of the LEA meetings in the past tense.',
    },
  },
  {
    id: 'nijmegen',
    municipality: 'Nijmegen',
    sourceTitle: 'Volwassen partnerschap',
    themes: ['onderwijshuisvesting', 'jeugdhulp', 'nieuwkomers'],
    stage: 'volwassen-partnerschap',
    label: {
      nl: 'Nijmegen: doorgedecentraliseerde huisvesting',
      en: 'Nijmegen: school buildings devolved to the boards',
    },
    description: {
      nl: 'Sinds 2005 werken gemeente en schoolbesturen vanuit een vaste taakverdeling: de gemeente stelt beleidskaders en budget vast, de besturen regelen de uitvoering. De gemeente geeft al het geld voor onderwijshuisvesting door aan de besturen, die samen een rekenmodel voor de verdeling maakten; de overhead daalde van 12% naar 6%. Ook schoolmaatschappelijk werk en onderwijs voor 565 vluchtelingenkinderen pakten ze samen op, mogelijk gemaakt door vertrouwen, veel formeel en informeel contact en het delen van problemen zonder politiek te bedrijven.',
      en: 'Since 2005 the municipality and the school boards have worked with a fixed division of tasks: the municipality sets policy frameworks and budget, the boards handle implementation. The municipality passes all school-building money on to the boards, which jointly built a calculation model for dividing it; overhead fell from 12% to 6%. School social work and education for 565 refugee children were also tackled together, made possible by trust, frequent formal and informal contact and sharing problems without playing politics.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1499-L1716' },
    ],
    note: {
      nl: 'De titel staat in de tekst gesplitst als ‘Volwassen partner schap’, een artefact van de opmaak; wij schrijven ‘Volwassen partnerschap’.',
      en: 'The title appears split as ‘Volwassen partner schap’ in the text, a layout artefact; we write ‘Volwassen partnerschap’.',
    },
  },
  {
    id: 'terneuzen',
    municipality: 'Terneuzen',
    sourceTitle: 'Alle hens aan dek',
    themes: ['krimp', 'bestuurlijke-samenwerking', 'regionaal-aanbod', 'arbeidsmarkt-vestigingsklimaat'],
    stage: 'noodzakelijke-samenwerking',
    label: { nl: 'Terneuzen: krimp en een regionale taskforce', en: 'Terneuzen: decline and a regional task force' },
    description: {
      nl: 'In Zeeuws-Vlaanderen zet krimp het voortgezet onderwijs onder druk, onder meer doordat veel ouders voor kinderopvang in België kiezen; jarenlange concurrentie tussen scholen hield samenwerking tegen. Toen een school dreigde om te vallen, kwamen bevolking, werkgevers, vier besturen, drie gemeenten, provincie en Rijk in beweging en zette een taskforce een bestuurlijke fusie en een verrijkt aanbod in de regio op, met € 3,75 miljoen van gemeenten en provincie en € 8,25 miljoen van het Rijk. Het gedeelde doel om goed onderwijs te behouden en intensief contact versterkten de relatie.',
      en: 'In Zeeuws-Vlaanderen, falling pupil numbers put secondary education under pressure, partly because many parents choose childcare in Belgium; years of competition between schools held collaboration back. When a school was about to collapse, residents, employers, four boards, three municipalities, the province and central government took action, and a task force set up a board merger and a richer offer across the region, with €3.75 million from the municipalities and province and €8.25 million from central government. The shared aim of keeping good education and intensive contact strengthened the relationship.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1717-L2118' },
    ],
    note: {
      nl: 'Het stadium is onze lezing: de samenwerking kwam op gang door acute nood, en de wethouder vraagt zich af of iedereen na de taskforce niet terugvalt in de eigen cocon. Een bestuurder zegt tegelijk dat iedereen nu vanuit het gezamenlijke belang denkt en elkaar vertrouwt.',
      en: 'The stage is our reading: the collaboration got going out of acute need, and the alderman wonders whether everyone will retreat into their own shell once the task force is gone. A board member, on the other hand, says everyone now thinks in terms of the common interest and trusts each other.',
    },
  },
  {
    id: 'veenendaal',
    municipality: 'Veenendaal',
    sourceTitle: 'Visie als fundament',
    themes: ['ihp', 'ikc', 'lea', 'onderwijsovergangen', 'onderwijsachterstanden', 'jeugdhulp'],
    stage: 'aangename-samenwerking',
    label: { nl: 'Veenendaal: huisvestingsplan en kindcentra', en: 'Veenendaal: housing plan and child centres' },
    description: {
      nl: 'Gemeente en schoolbesturen stelden in een jaar een integraal huisvestingsplan op met een horizon van veertig jaar, verbonden met een gezamenlijke visie op integrale kindcentra, waarvan er circa twintig in 2030 moeten bestaan. De scholen bepaalden zelf de criteria voor de volgorde van vernieuwing, wat de discussie objectiever maakte, en alle besturen stonden achter het plan toen de raad erover besliste. Eigen belangen opzij zetten, gezamenlijk eigenaarschap en het delen van perspectieven en scenario’s maakten het mogelijk.',
      en: 'The municipality and the school boards spent a year drawing up an integrated housing plan with a forty-year horizon, tied to a shared vision of integrated child centres, of which about twenty are to exist by 2030. The schools set the criteria for the order of renewal themselves, which made the debate more objective, and all boards backed the plan when the council decided on it. Setting aside one’s own interests, joint ownership and sharing perspectives and scenarios made it possible.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2119-L2497' },
    ],
    note: {
      nl: 'Het stadium is onze lezing: de wethouder spreekt van een groeiend gevoel van eenheid en een schooldirecteur zegt dat partijen elkaar snel vinden, maar de term wordt niet gebruikt.',
      en: 'The stage is our reading: the alderman speaks of a growing sense of unity and a school director says the parties find each other quickly, but the term itself is not used.',
    },
  },
  {
    id: 'venlo',
    municipality: 'Venlo',
    sourceTitle: 'Passend samenwerken',
    themes: [
      'passend-onderwijs',
      'ikc',
      'onderwijshuisvesting',
      'duurzame-huisvesting',
      'arbeidsmarkt-vestigingsklimaat',
    ],
    stage: 'aangename-samenwerking',
    label: { nl: 'Venlo: de Talentencampus', en: 'Venlo: the Talentencampus' },
    description: {
      nl: 'Een gewone basisschool, twee scholen voor speciaal onderwijs en een sbo-school vormden samen met peuterspeelzaalwerk en kinderopvang de Talentencampus: één gebouw onder één directeur, waar kinderen van 2 tot 12 jaar een passend aanbod krijgen. Het kostte vele jaren door regelgeving en door twijfel bij gemeente, ouders en Inspectie; de partners namen die zorgen serieus en lieten haalbaarheid en ontwerp onderzoeken. Later maakten gemeente en besturen samen een huisvestingsplan met levensduurverlengende renovaties; vaste aanspreekpunten, snel contact en het benoemen van wederzijds voordeel hielpen daarbij.',
      en: 'A mainstream primary school, two special schools and a special primary school joined pre-school playgroups and childcare to form the Talentencampus: one building under one director, where children aged 2 to 12 get a suitable place. It took many years because of regulations and doubts at the municipality, among parents and at the Inspectorate; the partners took those concerns seriously and had the feasibility and design studied. Later the municipality and the boards jointly drew up a housing plan based on renovations that extend buildings’ lifespan; fixed contact points, quick contact and naming the mutual benefits helped.',
    },
    sources: [{ source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2498-L2811' }],
    note: {
      nl: 'De tekst spreekt van vier scholen (twee voor speciaal onderwijs, een sbo-school en een gewone basisschool) maar van drie samenwerkende besturen; alleen Fortior wordt bij naam genoemd. Het stadium is onze lezing: volgens de gesprekspartners groeide het vertrouwen en denkt de gemeente nu creatief en proactief mee.',
      en: 'The text speaks of four schools (two special schools, one mainstream primary school and one special primary school) but of three cooperating boards; only Fortior is named. The stage is our reading: according to the interviewees trust grew and the municipality now thinks along creatively and proactively.',
    },
  },
];
