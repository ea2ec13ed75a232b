import type { Theme } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type ThemeId, themeIds } from '../ids/themes.js';

/**
 * Every samenwerkingsthema (theme), in the order of {@link themeIds}.
 *
 * @category Catalogue
 */
export const themes: readonly Theme[] = [
  {
    id: 'krimp',
    label: { nl: 'Krimp en leerlingendaling', en: 'Falling pupil numbers' },
    description: {
      nl: 'Als een regio minder kinderen telt, krijgen scholen kleine groepen, lege lokalen en richtingen die niet meer uit kunnen. Besturen moeten dan samen kiezen welke scholen en opleidingen blijven, in plaats van om de resterende leerlingen te concurreren; in Zeeuws-Vlaanderen ging het om zo’n 1200 kinderen per jaar minder in po en vo.',
      en: 'When a region has fewer children, schools are left with small groups, empty classrooms and programmes that no longer pay their way. Boards then have to choose together which schools and tracks remain rather than compete for the pupils who are left; in Zeeuws-Vlaanderen primary and secondary schools were losing some 1,200 children a year.',
    },
    related: [
      'regionaal-aanbod',
      'onderwijshuisvesting',
      'bestuurlijke-samenwerking',
      'arbeidsmarkt-vestigingsklimaat',
    ],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Vooraf', lines: 'L24-L26' },
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L64' },
      {
        source: 'regioplan-vo-2015',
        section: 'Belangrijkste redenen voor samenwerking met collega-besturen',
        lines: 'L439-L447',
      },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1733-L1765' },
    ],
    note: {
      nl: 'De bronnen kaderen krimp verschillend: de Overlegraad noemt de daling zelf een thema, Regioplan ziet krimp als de meest genoemde reden om samen het aanbod overeind te houden (het thema over het regionale onderwijsaanbod), en Berenschot verbindt het in Terneuzen met de leefbaarheid van de regio.',
      en: 'The sources frame decline differently: the Overlegraad treats the fall itself as a theme, Regioplan sees it as the reason named most often for keeping the school offer going together (the theme on the regional school offer), and Berenschot links it in Terneuzen to how liveable the region stays.',
    },
  },
  {
    id: 'beroepsonderwijs-techniek',
    label: { nl: 'Beroepsonderwijs en techniekonderwijs', en: 'Vocational and technical education' },
    description: {
      nl: 'Goed beroeps- en techniekonderwijs vraagt dure praktijklokalen, vakdocenten en contact met werkgevers, wat één school vaak niet alleen kan opbrengen. Scholen, mbo-instellingen en bedrijven verdelen daarom richtingen, delen voorzieningen en bouwen doorlopende routes van vmbo naar mbo; het Rijk stimuleerde dit met een subsidieregeling voor sterk techniekonderwijs.',
      en: 'Good vocational and technical education needs costly workshops, specialist teachers and contact with employers, more than one school can often provide alone. Schools, mbo colleges and companies therefore divide tracks, share facilities and build continuous routes from vmbo into mbo; central government encouraged this with a grant scheme for strong technical education.',
    },
    related: [
      'bedrijfsleven',
      'vervolgonderwijs',
      'regionaal-aanbod',
      'arbeidsmarkt-vestigingsklimaat',
      'wetenschap-techniek-natuur',
    ],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L64' },
      { source: 'overlegraad-po-vo-2019', section: 'Focus', lines: 'L37-L42' },
      { source: 'regioplan-vo-2015', section: '4 Instandhouding regionaal onderwijsaanbod', lines: 'L399-L434' },
      { source: 'regioplan-vo-2015', section: 'Mbo-instellingen', lines: 'L722-L741' },
    ],
  },
  {
    id: 'kansengelijkheid',
    label: { nl: 'Kansengelijkheid en brede brugklassen', en: 'Equal opportunities and broad first-year classes' },
    description: {
      nl: 'Samenwerken zodat kinderen gelijke kansen krijgen. De Overlegraad noemt het thema in één adem met brede brugklassen, zonder het uit te werken, en rekent kansengelijkheid tot de ontwikkelingen die een gezamenlijke verantwoordelijkheid voor een dekkend regionaal aanbod dringender maken. In Eindhoven ontstonden de eerste SPIL-centra in achterstandswijken, waar basisschool, kinderopvang en peuterspeelzaal het meest moesten samenwerken om scheiding tussen groepen tegen te gaan en kinderen dezelfde kansen te geven.',
      en: 'Working together so that children get equal chances. The Overlegraad names the theme in one breath with broad first-year classes, without working it out, and counts equal opportunities among the developments that make a shared responsibility for a complete regional offer more pressing. In Eindhoven the first SPIL centres arose in deprived neighbourhoods, where primary school, childcare and playgroup most needed to work together to counter segregation and give children the same chances.',
    },
    related: ['onderwijsovergangen', 'wijk-en-buurt'],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L56' },
      {
        source: 'overlegraad-po-vo-2019',
        section: '3. Instellingsbelang en het maatschappelijk belang',
        lines: 'L127-L132',
      },
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L244-L252' },
    ],
    note: {
      nl: 'De Overlegraad zet kansengelijkheid en brede brugklassen in één opsommingsteken en zegt niet hoe die samenhangen; Berenschot beschrijft het thema vanuit achterstandswijken en de samenwerking van po en kinderopvang. De catalogus hangt het thema onderwijsachterstanden, met daaronder vve en nieuwkomers, onder dit thema.',
      en: 'The Overlegraad puts equal opportunities and broad first-year classes in a single bullet and does not say how they connect; Berenschot describes the theme from deprived neighbourhoods and the collaboration of primary schools and childcare. The catalogue places the theme of educational disadvantage, with early education and newcomers beneath it, under this theme.',
    },
  },
  {
    id: 'passend-onderwijs-jeugdzorg',
    label: { nl: 'Passend onderwijs en jeugdzorg', en: 'Inclusive education and youth care' },
    description: {
      nl: 'Het overkoepelende thema waarin school en jeugdzorg samen zorgen dat elk kind een passende plek heeft, met de hulp die het nodig heeft. Omdat passend onderwijs en de overgang van de jeugdzorg naar gemeenten rond dezelfde tijd kwamen, moeten scholen, samenwerkingsverbanden en gemeenten hun aanpak op elkaar laten aansluiten.',
      en: 'The umbrella theme in which schools and youth care together make sure every child has a suitable place and the help it needs. Because inclusive education and the move of youth care to municipalities arrived at about the same time, schools, partnerships and municipalities have to make their approaches fit together.',
    },
    related: [],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L64' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Hengelo: Met sprongen vooruit', lines: 'L785-L796' },
      {
        source: 'regioplan-vo-2015',
        section: 'De samenwerking met de gemeente en overige instanties over zorgleerlingen en arbeidsparticipatie',
        lines: 'L555-L568',
      },
    ],
    note: {
      nl: 'De Overlegraad noemt passend onderwijs en jeugdzorg als één thema; Regioplan behandelt passend onderwijs als eigen thema met jeugdzorg als deelonderwerp, en Berenschot spreekt vooral van jeugdhulp. Hier is het een overkoepelend thema boven de thema’s passend onderwijs, jeugdhulp en zorg in de school.',
      en: 'The Overlegraad lists inclusive education and youth care as one theme; Regioplan treats inclusive education as a theme of its own with youth care as a sub-topic, and Berenschot mostly speaks of jeugdhulp. Here it is an umbrella over the themes of inclusive education, youth support and care in school.',
    },
  },
  {
    id: 'lerarentekort',
    label: { nl: 'Lerarentekort', en: 'Teacher shortage' },
    description: {
      nl: 'Scholen vinden te weinig leraren; de Overlegraad noemt het tekort groot en acuut. Vo-besturen delen een pool van (gespecialiseerde) leraren of zetten een regionaal platform voor de onderwijsarbeidsmarkt op, en in Eindhoven helpen school en kinderopvang elkaar bij personeelstekort, al maken de regels het uitwisselen van personeel lastig. De geïnterviewde basisschoolleiders van het Arbeidsmarktplatform zetten nog geen externe partners in om tekorten op te vangen, op uitzend- en detacheringsbureaus na.',
      en: 'Schools cannot find enough teachers; the Overlegraad calls the shortage large and acute. Secondary boards share a pool of (specialist) teachers or set up a regional platform for the education labour market, and in Eindhoven school and childcare help each other out when staff are short, although the rules make exchanging staff awkward. The primary school leaders interviewed by the Arbeidsmarktplatform do not yet use outside partners to cover shortages, apart from staffing agencies.',
    },
    related: ['samen-opleiden', 'lerarenopleidingen', 'arbeidsmarkt-vestigingsklimaat', 'bedrijfsvoering'],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L64' },
      { source: 'overlegraad-po-vo-2019', section: 'Vooraf', lines: 'L24-L26' },
      { source: 'regioplan-vo-2015', section: 'Samenwerking op het facilitaire of personele vlak', lines: 'L475-L483' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L295-L313' },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerken in tijden van personeelstekort', lines: 'L609-L615' },
    ],
  },
  {
    id: 'samen-opleiden',
    label: { nl: 'Samen opleiden en professionaliseren', en: 'Joint teacher training and development' },
    description: {
      nl: 'Scholen en lerarenopleidingen leiden nieuwe leraren voor een deel op de werkvloer op en zorgen samen voor de verdere ontwikkeling van zittende leraren. Het thema omvat zowel opleidingsscholen als professionalisering tussen scholen onderling.',
      en: 'Schools and teacher-training institutes prepare new teachers partly in the workplace and jointly look after the further growth of serving teachers. The theme covers partnership training schools as well as professional development between schools.',
    },
    related: ['lerarentekort'],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L64' },
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L82-L86' },
    ],
    note: {
      nl: 'De Overlegraad noemt opleiden en professionaliseren als één thema; Regioplan verdeelt het over twee thema’s (met lerarenopleidingen, en met andere vo-scholen), die hier als smallere thema’s onder dit thema vallen.',
      en: 'The Overlegraad names training and professional development as one theme; Regioplan splits it into two themes (with teacher-training institutes, and with other secondary schools), which sit under this theme here as narrower ones.',
    },
  },
  {
    id: 'onderwijsovergangen',
    label: { nl: 'Onderwijsovergangen', en: 'Transitions between school stages' },
    description: {
      nl: 'De stap van opvang naar basisschool, van po naar vo en van vo naar mbo, hbo of wo verloopt beter als de scholen aan beide kanten samenwerken: een warme overdracht, doorlopende leerlijnen en een kennismaking vooraf. Daarbij spelen ook de regels over welke leerlinggegevens een school mag doorgeven.',
      en: 'The step from childcare to primary school, from primary to secondary and from secondary to mbo, hbo or wo goes better when schools on both sides cooperate: a warm handover, continuous learning lines and getting to know each other beforehand. The rules on which pupil data a school may pass on also come into play.',
    },
    related: ['kansengelijkheid', 'lea', 'ikc'],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L64' },
      { source: 'regioplan-vo-2015', section: 'Gebieden waarop wordt samengewerkt', lines: 'L653-L661' },
      { source: 'regioplan-vo-2015', section: 'Belangrijkste knelpunten', lines: 'L704-L714' },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L402-L416',
      },
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden: Werelden bij elkaar', lines: 'L1140-L1148' },
    ],
  },
  {
    id: 'ikc',
    label: { nl: 'Integrale kindcentra (IKC’s)', en: 'Integrated child centres (IKCs)' },
    description: {
      nl: 'Een integraal kindcentrum verbindt basisonderwijs, kinderopvang, peuterwerk en vaak zorg tot één aanbod voor kinderen van peuterleeftijd tot twaalf jaar, met een gedeelde visie op hun ontwikkeling. Dat kan in één gebouw, maar volgens Veenendaal gaat het vooral om de inhoudelijke verbinding; voorbeelden zijn de SPIL-centra in Eindhoven en de Talentencampus in Venlo.',
      en: 'An integrated child centre joins primary education, childcare, toddler provision and often care into one offer for children from toddler age to twelve, built on a shared view of their development. It can sit in one building, but Veenendaal stresses that the link in content matters most; examples are the SPIL centres in Eindhoven and the Talentencampus in Venlo.',
    },
    related: [
      'vve',
      'onderwijshuisvesting',
      'ihp',
      'jeugdhulp',
      'zorg-in-de-school',
      'wijk-en-buurt',
      'onderwijsovergangen',
    ],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L64' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L168-L205' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2228-L2260' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2500-L2533' },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L402-L416',
      },
    ],
  },
  {
    id: 'ihp',
    label: { nl: 'Integrale huisvestingsplannen (IHP’s)', en: 'Integrated housing plans (IHPs)' },
    description: {
      nl: 'In een integraal huisvestingsplan leggen gemeente en schoolbesturen voor alle schoolgebouwen tegelijk vast wat waar en wanneer wordt vernieuwd, verbouwd of afgestoten, en wie wat betaalt. Haarlemmermeer keek zo vooruit tot 2037, Veenendaal zelfs veertig jaar, met criteria voor de volgorde die de scholen zelf opstelden.',
      en: 'In an integrated housing plan the municipality and school boards settle, for all school buildings at once, what is renewed, rebuilt or given up where and when, and who pays for what. Haarlemmermeer planned ahead to 2037 and Veenendaal forty years, using criteria for the order of renewal that the schools drew up themselves.',
    },
    broader: 'onderwijshuisvesting',
    related: ['ikc'],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L64' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L540-L566' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2135-L2200' },
    ],
    note: {
      nl: 'De catalogus kent het integraal huisvestingsplan ook als samenwerkingsvorm (het plan als afspraak); dit thema gaat over de inhoud.',
      en: 'The catalogue also lists the integrated housing plan as a collaboration form (the plan as an agreement); this theme is about its content.',
    },
  },
  {
    id: 'duurzame-huisvesting',
    label: { nl: 'Duurzaamheid onderwijshuisvesting', en: 'Sustainable school buildings' },
    description: {
      nl: 'Duurzame schoolgebouwen, bij nieuwbouw en bij renovatie. De Overlegraad noemt het thema zonder toelichting. In Venlo wilde de gemeente een cradle-to-cradle-benadering (zuinig met energie, materialen hergebruiken) in het gezamenlijke huisvestingsplan; met de besturen koos zij uiteindelijk voor renovaties die de gebouwen langer laten meegaan, betaald uit geld van beide. Haarlemmermeer vernieuwde zijn schoolgebouwen duurzaam en passend bij de wijk.',
      en: 'Sustainable school buildings, whether newly built or renovated. The Overlegraad names the theme without explanation. In Venlo the municipality wanted a cradle-to-cradle approach (saving energy, reusing materials) in the joint school-building plan; with the boards it eventually chose renovations that extend the buildings’ life, paid for with money from both. Haarlemmermeer renewed its school buildings sustainably and to suit the neighbourhood.',
    },
    broader: 'onderwijshuisvesting',
    related: [],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L63' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L534-L538' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2760-L2792' },
    ],
  },
  {
    id: 'sport-gezonde-leefstijl',
    label: { nl: 'Sport en gezonde leefstijl', en: 'Sport and healthy lifestyle' },
    description: {
      nl: 'Bewegen, sport en gezonde voeding op en rond school, vaak samen met de gemeente (gymleraren, buurtsportcoaches), de GGD en sportverenigingen. Regioplan vond daarnaast samenwerking rond leerlingen die topsport beoefenen, onder meer op LOOT-scholen.',
      en: 'Exercise, sport and healthy eating in and around school, often together with the municipality (PE teachers, neighbourhood sports coaches), the public health service and sports clubs. Regioplan also found collaboration around pupils who compete at top level, including at LOOT schools.',
    },
    broader: 'welzijn-cultuur-sport',
    related: [],
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Samenwerkingsthema’s', lines: 'L52-L64' },
      { source: 'regioplan-vo-2015', section: 'Sportorganisaties', lines: 'L1174-L1207' },
      { source: 'arbeidsmarktplatform-po', section: '1. Inleiding', lines: 'L178-L198' },
    ],
    note: {
      nl: 'De Overlegraad noemt sport en gezonde leefstijl als eigen thema; Regioplan rekent sport tot het bredere thema welzijn, cultuur en sport.',
      en: 'The Overlegraad names sport and healthy lifestyle as a theme of its own; Regioplan counts sport as part of the broader theme of welfare, culture and sport.',
    },
  },
  {
    id: 'regionaal-aanbod',
    label: { nl: 'Instandhouding regionaal onderwijsaanbod', en: 'Keeping a regional school offer' },
    description: {
      nl: 'Vo-besturen werken samen om in hun regio een bereikbaar en gevarieerd aanbod van schoolsoorten, richtingen en profielen overeind te houden. Dat gebeurt via de regionale planning (RPO), door personeel en lokalen te delen, leerlingen uit te wisselen als groepen te klein worden of hele opleidingen samen te voegen.',
      en: 'Secondary-school boards work together to keep a reachable and varied range of school types, tracks and profiles in their region. They do so through regional planning (RPO), by sharing staff and classrooms, exchanging pupils when groups get too small, or merging whole programmes.',
    },
    related: ['krimp', 'bestuurlijke-samenwerking', 'beroepsonderwijs-techniek'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L68-L72' },
      { source: 'regioplan-vo-2015', section: 'Regionale planning van onderwijsvoorzieningen', lines: 'L376-L383' },
      { source: 'regioplan-vo-2015', section: '4 Instandhouding regionaal onderwijsaanbod', lines: 'L399-L409' },
    ],
  },
  {
    id: 'passend-onderwijs',
    label: { nl: 'Passend onderwijs', en: 'Inclusive education (passend onderwijs)' },
    description: {
      nl: 'Besturen zijn wettelijk verplicht om in een regionaal samenwerkingsverband samen te zorgen dat elke leerling een passende onderwijsplek krijgt (zorgplicht en een dekkend netwerk). In het vo werkt vrijwel iedereen hierin samen, onder meer over de plaatsing van leerlingen, arrangementen voor groepen en het overleg met de gemeente (OOGO).',
      en: 'Boards are required by law to make sure, together in a regional partnership, that every pupil gets a suitable place in education (a duty of care and a network of provision with no gaps). In secondary education almost everyone takes part, for instance on placing pupils, arrangements for groups and consultation with the municipality (OOGO).',
    },
    broader: 'passend-onderwijs-jeugdzorg',
    related: ['jeugdhulp', 'arbeidstoeleiding', 'zorg-in-de-school'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L68-L74' },
      { source: 'regioplan-vo-2015', section: '2 Mate waarin wordt samengewerkt; Tabel 2.2', lines: 'L203-L236' },
      {
        source: 'regioplan-vo-2015',
        section: 'De samenwerking met het dagelijks bestuur en de uitvoerende organisatie van het samenwerkingsverband',
        lines: 'L501-L612',
      },
    ],
    note: {
      nl: 'Van al zijn thema’s noemt Regioplan alleen dit een wettelijk verplichte samenwerking; één respondent vond verplichte samenwerking zinloos en beantwoordde de vragen niet, zodat het hoofdstuk op 30 in plaats van 31 gesprekken rust.',
      en: 'Of all its themes, this is the only one Regioplan describes as collaboration the law requires; one respondent considered compulsory collaboration pointless and did not answer, so the chapter rests on 30 rather than 31 interviews.',
    },
  },
  {
    id: 'toeleverend-onderwijs',
    label: { nl: 'Samenwerking met toeleverend onderwijs', en: 'Working with feeder primary schools' },
    description: {
      nl: 'Vo-scholen werken met de basisscholen waar hun leerlingen vandaan komen aan de overdracht van zorgleerlingen, een warme overdracht, de procedure voor de overstap en doorlopende leerlijnen voor taal en rekenen. Sommige bieden daarnaast een plusklas of doe-klas voor (hoog)begaafde of praktisch sterke basisschoolleerlingen.',
      en: 'Secondary schools work with the primary schools their pupils come from on passing on pupils who need support, a warm handover, the transfer procedure and continuous lines for language and arithmetic. Some also run an enrichment class or a hands-on class for gifted or practically talented primary pupils.',
    },
    broader: 'onderwijsovergangen',
    related: ['vervolgonderwijs'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L76-L78' },
      { source: 'regioplan-vo-2015', section: 'Gebieden waarop wordt samengewerkt', lines: 'L648-L687' },
    ],
  },
  {
    id: 'vervolgonderwijs',
    label: { nl: 'Samenwerking met vervolgonderwijs', en: 'Working with further education' },
    description: {
      nl: 'Vo-scholen werken met mbo, hbo en universiteiten aan de aansluiting: overdracht, loopbaanoriëntatie en -begeleiding (LOB), oriëntatielessen en proefstuderen. Met het mbo gaat het daarnaast om doorlopende en verkorte leerroutes naar een startkwalificatie, met universiteiten vaak om verrijking voor excellente leerlingen.',
      en: 'Secondary schools work with mbo colleges, universities of applied sciences and universities on the move up: handover, career orientation and guidance, taster lessons and trial study days. With mbo this also covers continuous and shortened routes to a basic qualification; with universities it is often enrichment for excellent pupils.',
    },
    broader: 'onderwijsovergangen',
    related: ['toeleverend-onderwijs', 'beroepsonderwijs-techniek', 'innovatie-talentontwikkeling'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L80-L80' },
      {
        source: 'regioplan-vo-2015',
        section: 'Mbo-instellingen; Hbo-instellingen/universiteiten (wo)',
        lines: 'L714-L771',
      },
    ],
    note: {
      nl: 'Het Regioplan-thema gaat verder dan de overgang alleen (ook leerroutes en verrijkingsprogramma’s); het valt hier onder onderwijsovergangen omdat de aansluiting de rode draad is.',
      en: 'The Regioplan theme reaches beyond the transition itself (learning routes and enrichment programmes too); it sits under onderwijsovergangen here because the fit between stages is the common thread.',
    },
  },
  {
    id: 'lerarenopleidingen',
    label: { nl: 'Samenwerking met lerarenopleidingen', en: 'Working with teacher-training institutes' },
    description: {
      nl: 'Bijna alle vo-scholen in dit thema leiden samen met hbo- en universitaire lerarenopleidingen leraren op in de school, in een opleidingsschool of een academische opleidingsschool; in het po begeleiden scholen stagiairs samen met de regionale pabo’s. Het gaat vooral om stagiairs en beginnende leraren; academische opleidingsscholen voegen praktijkgericht onderzoek toe.',
      en: 'Nearly all secondary schools in this theme train teachers in school together with higher-education and university teacher-training programmes, in a training school or an academic training school; in primary education schools guide trainees together with the regional pabo colleges. The focus is on trainees and starting teachers; academic training schools add practice-based research.',
    },
    broader: 'samen-opleiden',
    related: ['lerarentekort', 'wetenschap-onderzoek', 'professionalisering-leraren'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L82-L84' },
      { source: 'regioplan-vo-2015', section: 'Samenwerkingen met lerarenopleidingen', lines: 'L794-L863' },
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L450-L450' },
    ],
    note: {
      nl: 'Het Regioplan-thema noemt naast lerarenopleidingen ook collega-besturen, en dezelfde gerichtheid op kwaliteit van de leraar als het thema professionalisering van leraren; de grens tussen beide is in de bron niet scherp.',
      en: 'The Regioplan theme names fellow boards alongside teacher-training institutes, with the same focus on teacher quality as the theme on teachers’ professional development; the source does not draw a sharp line between the two.',
    },
  },
  {
    id: 'professionalisering-leraren',
    label: { nl: 'Professionalisering van leraren', en: 'Professional development of teachers' },
    description: {
      nl: 'Scholen van verschillende besturen leren van elkaar via collegiale visitaties (peer review), intervisie en kennisuitwisseling, en kopen samen opleidingen en cursussen in. Vaak gebeurt dat in een vast verband van meerdere scholen. Soms is professionalisering daar één thema naast personeel en facilitaire zaken, en soms groeide een verband dat voor iets anders was opgezet, zoals een regionaal arbeidsmarktplatform of onderwijs aan havoleerlingen, later uit tot samenwerking die ook de professionalisering van leraren omvat.',
      en: 'Schools of different boards learn from each other through peer visits, peer supervision and knowledge exchange, and buy training and courses together. This often happens in a standing partnership of several schools. Sometimes professional development is one theme there alongside staffing and facilities, and sometimes a partnership set up for another purpose, such as a regional labour-market platform or teaching havo pupils, later grew to include teachers’ professional development.',
    },
    broader: 'samen-opleiden',
    related: ['lerarenopleidingen', 'innovatie-talentontwikkeling'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L86-L86' },
      {
        source: 'regioplan-vo-2015',
        section: 'Samenwerking bij de professionalisering van leraren',
        lines: 'L896-L970',
      },
    ],
  },
  {
    id: 'bedrijfsleven',
    label: { nl: 'Samenwerking met het bedrijfsleven', en: 'Working with business' },
    description: {
      nl: 'Scholen halen de beroepspraktijk binnen met gastlessen en sturen leerlingen naar buiten voor stages en werkplekleren, terwijl bedrijven hen op de hoogte houden van de regionale arbeidsmarkt. Soms dient het ook om vmbo-vakken te vernieuwen, een technasium op te zetten of leerlingen uit het praktijkonderwijs naar werk te leiden.',
      en: 'Schools bring working life in through guest lessons and send pupils out for placements and workplace learning, while companies keep them informed about the regional labour market. It is sometimes also used to renew vmbo subjects, set up a technasium or guide praktijkonderwijs pupils into work.',
    },
    related: ['beroepsonderwijs-techniek', 'arbeidsmarkt-vestigingsklimaat', 'arbeidstoeleiding'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L88-L90' },
      { source: 'regioplan-vo-2015', section: 'Gebieden waarop wordt samengewerkt', lines: 'L983-L1022' },
    ],
  },
  {
    id: 'wetenschap-onderzoek',
    label: {
      nl: 'Samenwerking met wetenschaps- en onderzoeksinstituten',
      en: 'Working with research institutes',
    },
    description: {
      nl: 'Scholen doen met universiteiten, hogescholen of onderzoeksinstituten praktijkgericht onderzoek, bijvoorbeeld naar differentiatie, taal en rekenen of kwaliteitszorg, en laten leerlingen onderzoeksvaardigheden opdoen. Van de negen Regioplan-thema’s komt dit het minst voor, maar nog altijd bij ongeveer de helft van de respondenten.',
      en: 'Schools carry out practice-based research with universities, universities of applied sciences or research institutes, for instance on differentiation, language and arithmetic or quality assurance, and help pupils build research skills. Of Regioplan’s nine themes this one is the least common, yet about half of the respondents still report it.',
    },
    related: ['innovatie-talentontwikkeling', 'lerarenopleidingen', 'wetenschap-techniek-natuur'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L92-L92' },
      { source: 'regioplan-vo-2015', section: '2 Mate waarin wordt samengewerkt; Tabel 2.2', lines: 'L211-L260' },
      { source: 'regioplan-vo-2015', section: 'Aard en omvang van de samenwerking', lines: 'L1060-L1096' },
    ],
    note: {
      nl: 'Op L211 spreekt Regioplan van wetenschaps- en onderwijsinstituten; gezien de tabel en het hoofdstuk zijn onderzoeksinstituten bedoeld.',
      en: 'At L211 Regioplan writes education institutes instead of research institutes; the table and the chapter show that research institutes are meant.',
    },
  },
  {
    id: 'welzijn-cultuur-sport',
    label: { nl: 'Welzijn, cultuur en sport', en: 'Welfare, culture and sport' },
    description: {
      nl: 'Samenwerking met welzijnsorganisaties, cultuurinstellingen en sportclubs voor de brede ontwikkeling van leerlingen, buiten de gewone vakken om. Vooral bij cultuur gaat het meestal om kortlopende projecten en slechts zelden om iets dat vast in het curriculum zit; de financiering hangt vaak aan onzekere subsidies.',
      en: 'Collaboration with welfare organisations, cultural institutions and sports clubs for pupils’ broad development beyond the regular subjects. With culture in particular it is mostly short projects and only rarely something built into the curriculum; funding often depends on uncertain grants.',
    },
    related: ['jeugdhulp', 'wijk-en-buurt'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L94-L96' },
      {
        source: 'regioplan-vo-2015',
        section: 'Welzijnsorganisaties; Cultuurorganisaties; Sportorganisaties',
        lines: 'L1120-L1226',
      },
    ],
  },
  {
    id: 'overig',
    label: { nl: 'Overige samenwerkingen', en: 'Other collaborations' },
    description: {
      nl: 'Restcategorie voor samenwerking die onder geen ander thema past. Regioplan vond hier onder meer verbanden van scholen met dezelfde grondslag of schoolsoort, samenwerking tussen kleine besturen en brede regionale allianties.',
      en: 'Catch-all for collaboration that fits no other theme. Regioplan found here, among others, groups of schools sharing a religious foundation or school type, alliances of small boards and broad regional coalitions.',
    },
    related: [],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Tabel 2.2', lines: 'L267-L271' },
      { source: 'regioplan-vo-2015', section: 'Overige samenwerkingen', lines: 'L1254-L1270' },
    ],
    note: {
      nl: 'Een deel van de Regioplan-categorieën valt in de catalogus onder eigen thema’s (zoals bestuurlijke samenwerking en jeugdhulp); gebruik deze restcategorie alleen als niets anders past.',
      en: 'Some of Regioplan’s categories fall under themes of their own in the catalogue (such as board collaboration and youth support); use this catch-all only when nothing else fits.',
    },
  },
  {
    id: 'vve',
    label: { nl: 'Voor- en vroegschoolse educatie (vve)', en: 'Early childhood education (vve)' },
    description: {
      nl: 'Gerichte educatie voor peuters en kleuters, vooral voor kinderen met een (taal)achterstand, zodat zij beter voorbereid aan de basisschool beginnen. Gemeente, kinderopvang en schoolbesturen moeten hier samen uitkomen, zeker sinds de harmonisatie van peuterspeelzaalwerk en kinderopvang; in Hengelo kwam de peuterorganisatie daardoor onder een schoolbestuur.',
      en: 'Targeted education for toddlers and young children, mainly those with a (language) delay, so that they start primary school better prepared. The municipality, childcare and school boards have to work it out together, especially since playgroups and childcare were brought under one regime; in Hengelo this led to the toddler organisation moving under a school board.',
    },
    broader: 'onderwijsachterstanden',
    related: ['ikc'],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L168-L205' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Hengelo: Met sprongen vooruit', lines: 'L808-L834' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Hengelo: Met sprongen vooruit', lines: 'L988-L1036' },
    ],
  },
  {
    id: 'lea',
    label: { nl: 'Lokale educatieve agenda (LEA)', en: 'Local education agenda (LEA)' },
    description: {
      nl: 'De gezamenlijke agenda van gemeente, schoolbesturen en kinderopvang voor lokale onderwijsvragen, zoals achterstandenbeleid en nieuwkomers, de overgang van po naar vo en de samenwerking rond jeugdhulp. Veenendaal merkte dat een agenda met tientallen subthema’s een afvinklijst werd en koos voor een paar prioriteiten; Leiden vond zijn LEA-overleg plichtmatig en begon vrijere onderwijstafels.',
      en: 'The shared agenda of the municipality, school boards and childcare for local education issues, such as disadvantage policy and newcomers, the move from primary to secondary school and cooperation around youth care. Veenendaal found that an agenda with dozens of sub-themes became a checklist and narrowed it to a few priorities; Leiden found its LEA meetings dutiful and started freer education tables.',
    },
    related: ['onderwijsachterstanden', 'onderwijsovergangen', 'jeugdhulp', 'bestuurlijke-samenwerking'],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2343-L2387' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden: Werelden bij elkaar', lines: 'L1134-L1148' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L518-L520' },
    ],
    note: {
      nl: 'De catalogus kent de lokale educatieve agenda ook als samenwerkingsvorm (het overleg zelf); dit thema gaat over wat er op de agenda staat. Berenschot spelt de naam op verschillende manieren en noemt geen wettelijke basis.',
      en: 'The catalogue also lists the local education agenda as a collaboration form (the consultation itself); this theme is about what is on the agenda. Berenschot spells the name in several ways and gives no legal basis.',
    },
  },
  {
    id: 'nieuwkomers',
    label: { nl: 'Onderwijs aan nieuwkomers', en: 'Education for newcomers' },
    description: {
      nl: 'Onderwijs voor kinderen van vluchtelingen en andere nieuwkomers, die snel een schoolplek nodig hebben, soms nog voor de leerplicht formeel voor hen geldt. Nijmegen zette eind 2015 met gemeente en besturen binnen tien weken onderwijs op voor 565 kinderen in de noodopvang Heumensoord; basisscholen werken hiervoor ook met vluchtelingenwerk.',
      en: 'Education for children of refugees and other newcomers, who need a school place quickly, sometimes before compulsory schooling formally applies to them. In late 2015 Nijmegen’s municipality and boards set up education within ten weeks for 565 children at the Heumensoord emergency shelter; primary schools also work with refugee support organisations on this.',
    },
    broader: 'onderwijsachterstanden',
    related: [],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1528-L1530' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1660-L1684' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2367-L2371' },
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L456-L456' },
    ],
  },
  {
    id: 'onderwijsachterstanden',
    label: { nl: 'Onderwijsachterstanden', en: 'Educational disadvantage' },
    description: {
      nl: 'Beleid voor kinderen die met een achterstand beginnen of een achterstand dreigen op te lopen. In Eindhoven ontstonden de eerste SPIL-centra in achterstandswijken, en organiseren de centra een zomerschool voor kinderen die niet op vakantie kunnen, zodat onder meer hun taalontwikkeling doorloopt. In Veenendaal staat het achterstandenbeleid, met daarbij de nieuwkomers, op de gezamenlijke agenda van gemeente en onderwijs.',
      en: 'Policy for children who start behind or risk falling behind. In Eindhoven the first SPIL centres arose in deprived neighbourhoods, and the centres run a summer school for children who cannot go on holiday, so that their language development, among other things, carries on. In Veenendaal disadvantage policy, including newcomers, is on the shared agenda of the municipality and education.',
    },
    broader: 'kansengelijkheid',
    related: ['lea', 'leesbevordering'],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L244-L252' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L410-L424' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2367-L2371' },
    ],
  },
  {
    id: 'onderwijshuisvesting',
    label: { nl: 'Onderwijshuisvesting', en: 'School buildings' },
    description: {
      nl: 'Bouw, renovatie en onderhoud van schoolgebouwen, waarbij de gemeente (vervangende) nieuwbouw en uitbreiding bekostigt en besturen hun onderhoudsgeld van het Rijk inbrengen. Het omvat integrale huisvestingsplannen, doordecentralisatie (Nijmegen geeft het geld uit het gemeentefonds direct door aan de besturen) en gebouwen met een bredere functie in de wijk.',
      en: 'Building, renovating and maintaining school buildings, with the municipality paying for new and replacement buildings and extensions and the boards contributing their maintenance money from central government. It includes integrated housing plans, devolution (Nijmegen passes the money from the municipal fund straight on to the boards) and buildings with a wider role in the neighbourhood.',
    },
    related: ['ikc', 'krimp'],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L554-L566' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1565-L1612' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2539-L2543' },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L353-L361',
      },
    ],
    note: {
      nl: 'Kapstokthema voor de Berenschot-portretten; de Overlegraad noemt alleen IHP’s en duurzaamheid van huisvesting, die hier als smallere thema’s onder vallen.',
      en: 'Umbrella theme for the Berenschot portraits; the Overlegraad names only IHPs and sustainable buildings, which sit under it here as narrower themes.',
    },
  },
  {
    id: 'internationalisering',
    label: { nl: 'Internationalisering', en: 'Internationalisation' },
    description: {
      nl: 'Internationaal onderwijs en aandacht voor kinderen van expats, vaak vanuit het economisch belang van de gemeente bij een aantrekkelijke plek voor internationale bedrijven en werknemers. Haarlemmermeer opende zo met een openbaar schoolbestuur begin 2018 een internationale afdeling in basisschool De Optimist, door de bron ook de eerste publieke internationale school van de gemeente genoemd; Leiden ziet het als opgave voor de komende jaren.',
      en: 'International education and provision for expat children, often driven by the municipality’s economic interest in being an attractive place for international firms and staff. Haarlemmermeer thus opened, with a public-authority school board, an international department in De Optimist primary school in early 2018, which the source also calls the municipality’s first public international school; Leiden sees it as a task for the coming years.',
    },
    related: ['arbeidsmarkt-vestigingsklimaat', 'innovatie-talentontwikkeling'],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L580-L596' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L646-L654' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden: Werelden bij elkaar', lines: 'L1285-L1291' },
      { source: 'regioplan-vo-2015', section: 'Regionale Samenwerking', lines: 'L1351-L1360' },
    ],
  },
  {
    id: 'innovatie-talentontwikkeling',
    label: { nl: 'Onderwijsinnovatie en talentontwikkeling', en: 'Educational innovation and talent development' },
    description: {
      nl: 'Nieuwe onderwijsideeën uitproberen en de talenten van leerlingen breder ontwikkelen, over de grenzen van scholen en sectoren heen. Leiden trok jaarlijks € 300.000 uit voor vernieuwende projecten waarin minstens twee instellingen samenwerken en zelf meebetalen; Nijmegen bouwde met Ieder Talent Telt een doorlopende lijn van kinderopvang tot universiteit.',
      en: 'Trying out new ideas in education and developing pupils’ talents more broadly, across school and sector boundaries. Leiden set aside €300,000 a year for innovative projects in which at least two institutions cooperate and co-fund; Nijmegen’s Ieder Talent Telt built a continuous line from childcare to university.',
    },
    related: [
      'wetenschap-onderzoek',
      'professionalisering-leraren',
      'internationalisering',
      'wetenschap-techniek-natuur',
      'vervolgonderwijs',
    ],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden: Werelden bij elkaar', lines: 'L1108-L1184' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1634-L1640' },
    ],
  },
  {
    id: 'jeugdhulp',
    label: { nl: 'Jeugdhulp en jeugdzorg', en: 'Youth care' },
    description: {
      nl: 'Hulp aan kinderen en gezinnen bij problemen met opvoeden en opgroeien, sinds de decentralisatie een taak van de gemeente. Scholen werken vooral via het Centrum voor Jeugd en Gezin, wijkteams en schoolmaatschappelijk werk met de jeugdhulp samen; een lastig punt is dat de leraar naar het kind kijkt en de hulpverlener naar het hele gezin.',
      en: 'Help for children and families with problems in parenting and growing up, a municipal task since decentralisation. Schools mainly work with youth care through the youth and family centre (CJG), neighbourhood teams and school social work; a sticking point is that the teacher looks at the child and the care worker at the whole family.',
    },
    broader: 'passend-onderwijs-jeugdzorg',
    related: [
      'passend-onderwijs',
      'ikc',
      'lea',
      'thuiszitters',
      'wijk-en-buurt',
      'zorg-in-de-school',
      'welzijn-cultuur-sport',
    ],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L470-L488' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1620-L1628' },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L375-L389',
      },
      {
        source: 'regioplan-vo-2015',
        section: 'De samenwerking met de gemeente en overige instanties over zorgleerlingen en arbeidsparticipatie',
        lines: 'L555-L568',
      },
    ],
    note: {
      nl: 'Berenschot en het Arbeidsmarktplatform gebruiken jeugdhulp en jeugdzorg door elkaar zonder onderscheid te maken; de catalogus kent één thema.',
      en: 'Berenschot and the Arbeidsmarktplatform use jeugdhulp and jeugdzorg interchangeably without distinguishing them; the catalogue has one theme.',
    },
  },
  {
    id: 'arbeidsmarkt-vestigingsklimaat',
    label: { nl: 'Arbeidsmarkt en vestigingsklimaat', en: 'Labour market and business climate' },
    description: {
      nl: 'Onderwijs als voorwaarde voor een regio waar mensen en bedrijven zich willen vestigen en waar werkgevers personeel vinden. In Terneuzen betaalden Rijk, provincie en gemeenten mee aan het behoud van het vo omdat een school het leef- en vestigingsklimaat mede bepaalt; in Haarlemmermeer hoorde internationaal onderwijs bij dezelfde afweging.',
      en: 'Education as a condition for a region where people and firms want to settle and where employers can find staff. In Terneuzen central government, the province and the municipalities helped fund the survival of secondary schools because a school helps shape how attractive an area is to live and do business in; in Haarlemmermeer international education was part of the same reasoning.',
    },
    related: [
      'bedrijfsleven',
      'beroepsonderwijs-techniek',
      'lerarentekort',
      'internationalisering',
      'krimp',
      'arbeidstoeleiding',
    ],
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1995-L2003' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L2060-L2066' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L580-L588' },
    ],
  },
  {
    id: 'bestuurlijke-samenwerking',
    label: { nl: 'Bestuurlijke samenwerking', en: 'Collaboration between boards' },
    description: {
      nl: 'Samenwerking op het niveau van de schoolbesturen zelf: een gezamenlijke koers, gebundelde bedrijfsvoering en, als verste stap, een bestuurlijke fusie of het overdragen van scholen. In Terneuzen leidde krimp tot de fusie van vier besturen; in Hengelo werd een peuterorganisatie juridisch bij een schoolbestuur ondergebracht.',
      en: 'Collaboration at the level of the school boards themselves: a common course, pooled operations and, as the furthest step, a board merger or the transfer of schools. In Terneuzen falling rolls led four boards to merge; in Hengelo a toddler organisation was legally placed under a school board.',
    },
    related: ['krimp', 'regionaal-aanbod', 'bedrijfsvoering', 'lea'],
    sources: [
      { source: 'regioplan-vo-2015', section: '4 Instandhouding regionaal onderwijsaanbod', lines: 'L385-L409' },
      { source: 'regioplan-vo-2015', section: 'Overige samenwerkingen', lines: 'L1254-L1270' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1849-L1857' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Hengelo: Met sprongen vooruit', lines: 'L898-L916' },
    ],
    note: {
      nl: 'Regioplan gebruikt ‘bestuurlijke samenwerking’ voor vo-besturen die samen het aanbod in stand houden, Berenschot vooral voor fusies en overdrachten. Het thema overlapt met de bestuurlijke samenwerkingsvormen: het thema beschrijft het onderwerp, de vorm hoe het geregeld is.',
      en: 'Regioplan uses ‘bestuurlijke samenwerking’ for secondary boards that jointly keep the offer going, Berenschot mainly for mergers and transfers. The theme overlaps with the governance forms: the theme describes the subject, the form how it is arranged.',
    },
  },
  {
    id: 'bedrijfsvoering',
    label: { nl: 'Bedrijfsvoering en gedeelde diensten', en: 'Shared operations and services' },
    description: {
      nl: 'Besturen delen ondersteunende taken zoals administratie, ICT, personeelszaken en inkoop, delen kennis over aanbestedingen en bezwaarcommissies, of trekken samen op bij cao-onderhandelingen. Het kan ook geld besparen: na overleg van een afvaardiging van het Nijmeegse basisonderwijs met de aanbieder daalden de tarieven voor schoolmaatschappelijk werk met ruim 30%.',
      en: 'Boards share support tasks such as administration, ICT, HR and purchasing, share know-how on tenders and objection committees, or act together in collective-agreement negotiations. It can also save money: after a delegation of Nijmegen primary schools talked with the provider, the rates for school social work fell by more than 30%.',
    },
    broader: 'regionaal-aanbod',
    related: ['bestuurlijke-samenwerking', 'lerarentekort'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerking op het facilitaire of personele vlak', lines: 'L475-L488' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1622-L1630' },
    ],
    note: {
      nl: 'Regioplan behandelt dit als onderdeel van het thema instandhouding van het aanbod; het is hier een eigen thema omdat Berenschot het ook los daarvan beschrijft.',
      en: 'Regioplan treats this as part of the theme of keeping the school offer; it is a theme of its own here because Berenschot also describes it apart from that.',
    },
  },
  {
    id: 'specialistische-onderwijszorg',
    label: { nl: 'Specialistische onderwijszorg (vso en vo)', en: 'Specialist educational support (vso and vo)' },
    description: {
      nl: 'Samenwerking en integratie tussen scholen voor voortgezet speciaal onderwijs en het reguliere vo (praktijkonderwijs, vmbo, havo, vwo), zodat leerlingen die speciale ondersteuning nodig hebben die in of naast het reguliere onderwijs kunnen krijgen. Een kwart van de vso-locaties voert zo’n intensieve vorm uit of bereidt die voor, en de meeste betrokkenen zien passend onderwijs als aanjager.',
      en: 'Collaboration and integration between special secondary schools and mainstream secondary education (praktijkonderwijs, vmbo, havo, vwo), so that pupils who need special support can get it in or next to mainstream education. A quarter of vso locations run or prepare such an intensive form, and most parties see inclusive education as what set it going.',
    },
    broader: 'passend-onderwijs',
    related: ['thuiszitters', 'arbeidstoeleiding', 'zorg-in-de-school'],
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Samenvatting', lines: 'L1-L15' },
      { source: 'vso-vo-samenwerking', section: 'Samenvatting', lines: 'L98-L112' },
    ],
  },
  {
    id: 'thuiszitters',
    label: { nl: 'Thuiszitters', en: 'Pupils out of school (thuiszitters)' },
    description: {
      nl: 'Leerlingen die langere tijd geen onderwijs volgen en weer een plek op school moeten vinden. Vso-scholen helpen samenwerkingsverbanden met arrangementen voor hun terugkeer; 44% van zowel de vso-scholen als de pro-scholen doet daaraan mee.',
      en: 'Pupils who have been out of education for a long time and need to find their way back into school. Special secondary schools help partnerships with arrangements for their return; 44% of vso schools and 44% of praktijkonderwijs schools take part.',
    },
    broader: 'passend-onderwijs',
    related: ['jeugdhulp', 'specialistische-onderwijszorg'],
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: 'Samenwerking vso en vo bij swv-voorzieningen voor groepen leerlingen; Tabel 2-10',
        lines: 'L1652-L1676',
      },
    ],
  },
  {
    id: 'arbeidstoeleiding',
    label: { nl: 'Toeleiding naar werk', en: 'Transition to work' },
    description: {
      nl: 'Begeleiding van leerlingen die na school direct gaan werken, vooral uit praktijkonderwijs en vso, naar een passende baan of werkplek. Scholen doen dit met gemeente, UWV en werkgevers, en vso en pro delen soms een praktijkwerkplaats of stagebeleid; voor de gemeente speelt mee dat zij anders via de bijstand het vangnet is.',
      en: 'Guiding pupils who go straight into work after school, mostly from praktijkonderwijs and vso, to a suitable job or work placement. Schools do this with the municipality, the UWV and employers, and vso and pro schools sometimes share a practice workshop or placement policy; for the municipality, the alternative is acting as the safety net through social assistance.',
    },
    related: ['bedrijfsleven', 'arbeidsmarkt-vestigingsklimaat', 'specialistische-onderwijszorg', 'passend-onderwijs'],
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: 'De samenwerking met de gemeente en overige instanties over zorgleerlingen en arbeidsparticipatie',
        lines: 'L555-L568',
      },
      { source: 'vso-vo-samenwerking', section: 'Uitstroomprofielen', lines: 'L1623-L1651' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2740-L2752' },
    ],
    note: {
      nl: 'Regioplan behandelt dit binnen passend onderwijs (samenwerking met gemeente en UWV over arbeidsparticipatie), de vso–vo-studie als uitstroomprofiel arbeidsmarkt en Berenschot als gemeentelijk belang; hier is het een eigen thema.',
      en: 'Regioplan handles this within inclusive education (work with the municipality and UWV on labour participation), the vso–vo study as the labour-market exit profile and Berenschot as a municipal interest; here it is a theme of its own.',
    },
  },
  {
    id: 'zorg-in-de-school',
    label: { nl: 'Zorg in en om de school', en: 'Care in and around school' },
    description: {
      nl: 'Zorgprofessionals die in of bij de school werken: jeugdzorg met een vaste dag of een kantoor in het gebouw, logopedisten en fysiotherapeuten die er praktijk houden, en onderwijsbegeleidingsdiensten voor hardnekkige leer- of gedragsproblemen. De korte lijnen helpen, maar vragen afspraken over wie wat doet.',
      en: 'Care professionals working in or near the school: youth care with a fixed day or an office in the building, speech therapists and physiotherapists holding sessions there, and educational support services for persistent learning or behaviour problems. The short lines help but call for agreements on who does what.',
    },
    broader: 'passend-onderwijs-jeugdzorg',
    related: ['passend-onderwijs', 'jeugdhulp', 'ikc', 'specialistische-onderwijszorg'],
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L375-L398',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Het gebouw delen met samenwerkingspartners', lines: 'L662-L669' },
      {
        source: 'regioplan-vo-2015',
        section: 'Samenwerkingen met gemeenten en/of jeugdzorginstellingen',
        lines: 'L1324-L1332',
      },
    ],
    note: {
      nl: 'Een groepering van de catalogus: het Arbeidsmarktplatform noemt zorg als domein van samenwerking, maar niet als thema.',
      en: 'A grouping made by the catalogue: the Arbeidsmarktplatform names care as a domain of collaboration but not as a theme.',
    },
  },
  {
    id: 'cultuureducatie',
    label: { nl: 'Cultuureducatie', en: 'Arts and culture education' },
    description: {
      nl: 'Samenwerking met theaters, musea, bibliotheken en andere cultuurinstellingen, van losse projecten en cultuurdagen tot een cultuurprofiel dat bepaalt welke partners een school kiest. In Leiden zetten musea en scholen samen een verwonderpaspoort op; in het vo hangt het soms samen met het vak ckv.',
      en: 'Collaboration with theatres, museums, libraries and other cultural institutions, from one-off projects and culture days to a school culture profile that decides which partners a school picks. In Leiden museums and schools jointly launched a ‘wonder passport’; in secondary schools it is sometimes tied to the arts subject ckv.',
    },
    broader: 'welzijn-cultuur-sport',
    related: ['leesbevordering'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Cultuurorganisaties', lines: 'L1155-L1168' },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit onderwijsvisie', lines: 'L516-L524' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden: Werelden bij elkaar', lines: 'L1207-L1227' },
    ],
  },
  {
    id: 'leesbevordering',
    label: { nl: 'Lezen en de bibliotheek', en: 'Reading and the library' },
    description: {
      nl: 'Samenwerking met de bibliotheek om lezen en leesvaardigheid te stimuleren, via een vestiging in de school, vaste bezoeken of boekleveringen, vaak met een taalcoördinator als aanspreekpunt. Volgens een onderzoek waarnaar de bron verwijst, heeft 87% van de scholen zo’n samenwerking met de bibliotheek in de eigen regio.',
      en: 'Working with the public library to encourage reading and reading skills, through a branch in the school, regular visits or book deliveries, often with a language coordinator as the contact person. According to a study the source cites, 87% of schools have such a partnership with their local library.',
    },
    related: ['cultuureducatie', 'onderwijsachterstanden'],
    sources: [
      { source: 'arbeidsmarktplatform-po', section: '1. Inleiding', lines: 'L178-L196' },
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L452-L454' },
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Contacten onderhouden door aangewezen personeelsleden',
        lines: 'L840-L850',
      },
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L371-L379' },
    ],
    note: {
      nl: 'Het percentage komt uit een vragenlijstonderzoek waarnaar het Arbeidsmarktplatform verwijst, niet uit de eigen interviews.',
      en: 'The percentage comes from a questionnaire study the Arbeidsmarktplatform cites, not from its own interviews.',
    },
  },
  {
    id: 'maatschappelijke-vorming',
    label: { nl: 'Maatschappelijke vorming en voorlichting', en: 'Social education and awareness' },
    description: {
      nl: 'Gastlessen, projecten en maatschappelijke stages waarin leerlingen leren over onderwerpen als veiligheid, seksualiteit, alcohol en drugs, geld en diversiteit, en zich inzetten voor anderen. Welzijns- en maatschappelijke organisaties leveren de inhoud; scholen in achterstandswijken zien dit als deel van hun opdracht.',
      en: 'Guest lessons, projects and community placements in which pupils learn about subjects such as safety, sexuality, alcohol and drugs, money and diversity, and do something for others. Welfare and civil-society organisations provide the content; schools in deprived areas see this as part of their mission.',
    },
    broader: 'welzijn-cultuur-sport',
    related: ['wijk-en-buurt'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Welzijnsorganisaties', lines: 'L1127-L1140' },
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L444-L446' },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit maatschappelijke opgave', lines: 'L552-L568' },
    ],
    note: {
      nl: 'Regioplan spreekt van maatschappelijke betrokkenheid, het Arbeidsmarktplatform van maatschappelijke vorming. Volgens Regioplan is de maatschappelijke stage sinds schooljaar 2014-2015 niet meer verplicht en verdwijnt de financiering ervan.',
      en: 'Regioplan speaks of social involvement, the Arbeidsmarktplatform of social education. According to Regioplan the community placement has no longer been compulsory since school year 2014-2015 and its funding is ending.',
    },
  },
  {
    id: 'wetenschap-techniek-natuur',
    label: { nl: 'Wetenschap, techniek en natuur', en: 'Science, technology and nature' },
    description: {
      nl: 'Kinderen spelenderwijs kennis laten maken met wetenschap, techniek en natuur, met uitstapjes naar een wetenschapsinstelling of met natuurorganisaties als vaste partners van een natuurprofielschool. In het vo sluit het aan op het technasium en op bètanetwerken met bedrijven, hogescholen en universiteiten.',
      en: 'Letting children discover science, technology and nature through play, with trips to a science centre or with nature organisations as regular partners of a nature-profile school. In secondary education it links up with the technasium and with science networks of companies and universities.',
    },
    related: ['beroepsonderwijs-techniek', 'wetenschap-onderzoek', 'innovatie-talentontwikkeling'],
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L434-L436' },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit onderwijsvisie', lines: 'L524-L530' },
      { source: 'regioplan-vo-2015', section: 'Samenwerkingen op een specifiek thema', lines: 'L1335-L1347' },
    ],
  },
  {
    id: 'wijk-en-buurt',
    label: { nl: 'School in de wijk', en: 'School in the neighbourhood' },
    description: {
      nl: 'De school als buur en knooppunt in haar wijk: contact met wijkteams, wijkagent en jongerenwerk om problemen van jongeren vroeg te zien, en samenwerking met buurtbewoners en lokale organisaties. Scholen in achterstandswijken gaan verder en bemoeien zich met alle kanten van het opgroeien, tot een loket voor ouders in het gebouw toe.',
      en: 'The school as a neighbour and hub in its area: contact with neighbourhood teams, the community police officer and youth workers to spot young people’s problems early, and work with residents and local organisations. Schools in deprived areas go further and engage with every side of growing up, even hosting a help desk for parents in the building.',
    },
    related: ['jeugdhulp', 'kansengelijkheid', 'welzijn-cultuur-sport', 'maatschappelijke-vorming', 'ikc'],
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L369-L371',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L420-L438' },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking met andere scholen', lines: 'L468-L483' },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit maatschappelijke opgave', lines: 'L552-L583' },
    ],
  },
];
