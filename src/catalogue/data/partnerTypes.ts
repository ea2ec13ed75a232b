import type { PartnerType } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type PartnerTypeId, partnerTypeIds } from '../ids/partnerTypes.js';

/**
 * Every partner type, in the order of {@link partnerTypeIds}.
 *
 * @category Catalogue
 */
export const partnerTypes: readonly PartnerType[] = [
  {
    id: 'gemeente',
    education: false,
    label: { nl: 'Gemeente', en: 'Municipality' },
    description: {
      nl: 'Het gemeentebestuur en zijn diensten. Voor scholen de vaste gesprekspartner over huisvesting, leerplicht, jeugdhulp, vakleerkrachten gym en, samen met het UWV, de weg van leerlingen naar werk.',
      en: 'The municipal government and its services. For schools the standing counterpart on buildings, compulsory attendance, youth care, PE teachers and, together with the UWV, the route from school to work.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L351-L365',
      },
      {
        source: 'regioplan-vo-2015',
        section: 'De samenwerking met de gemeente en overige instanties over zorgleerlingen en arbeidsparticipatie',
        lines: 'L555-L569',
      },
      { source: 'berenschot-gemeente-onderwijs', section: 'Strategie', lines: 'L2812-L2840' },
    ],
  },
  {
    id: 'schoolbestuur',
    education: true,
    label: { nl: 'Schoolbestuur', en: 'School board' },
    description: {
      nl: 'De rechtspersoon die als bevoegd gezag een of meer scholen in stand houdt. Besturen werken samen met collega-besturen in de eigen sector en in andere sectoren.',
      en: 'The legal body that runs one or more schools as their competent authority. Boards work with fellow boards in their own sector and in other sectors.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerking met collega-besturen', lines: 'L386-L390' },
      {
        source: 'overlegraad-po-vo-2019',
        section: '3. Instellingsbelang en het maatschappelijk belang',
        lines: 'L113-L119',
      },
      { source: 'vso-vo-samenwerking', section: 'Samenvatting', lines: 'L332-L336' },
    ],
  },
  {
    id: 'school',
    education: true,
    label: { nl: 'School', en: 'Individual school' },
    description: {
      nl: 'Een afzonderlijke school of schoollocatie, van hetzelfde of van een ander bestuur. Scholen zoeken elkaar op om van elkaar te leren en om samen sterker te staan tegenover andere partijen in de wijk of regio.',
      en: 'A single school or school site, under the same board or another. Schools seek each other out to learn from one another and to stand stronger together towards other parties in the neighbourhood or region.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Tabel 2.2', lines: 'L250-L253' },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking met andere scholen', lines: 'L468-L483' },
    ],
  },
  {
    id: 'samenwerkingsverband',
    education: true,
    label: { nl: 'Samenwerkingsverband passend onderwijs', en: 'Passend onderwijs partnership' },
    description: {
      nl: 'Het wettelijke verband van schoolbesturen in een regio dat de extra ondersteuning van leerlingen regelt, met een eigen bestuur en uitvoeringsorganisatie. In het vo heet het samenwerkingsverband-vo (swv-vo).',
      en: 'The statutory partnership of school boards in a region that arranges extra support for pupils, with its own board and executive organisation. In secondary education it is called the swv-vo.',
    },
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: 'De samenwerking met het dagelijks bestuur en de uitvoerende organisatie van het samenwerkingsverband',
        lines: 'L508-L512',
      },
      { source: 'vso-vo-samenwerking', section: '1.2 Opzet van het onderzoek', lines: 'L573-L577' },
      { source: 'overlegraad-po-vo-2019', section: '1. Thema’s en vormen van regionale samenwerking', lines: 'L66' },
      { source: 'regioplan-vo-2015', section: '2 Mate waarin wordt samengewerkt', lines: 'L204-L209' },
    ],
  },
  {
    id: 'kinderopvang',
    education: false,
    label: { nl: 'Kinderopvang', en: 'Childcare' },
    description: {
      nl: 'Organisaties voor dagopvang, peuteropvang en buitenschoolse opvang. Basisscholen werken er bijna altijd mee samen, van de overdracht van kinderen tot een gezamenlijk dagprogramma in een kindcentrum.',
      en: 'Organisations for day care, toddler care and out-of-school care. Primary schools nearly always work with them, from handing over children to a joint daily programme in a child centre.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L402-L416',
      },
      { source: 'arbeidsmarktplatform-po', section: '1. INLEIDING', lines: 'L192-L194' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven – Samen voor gelijke kansen', lines: 'L150-L158' },
    ],
    note: {
      nl: 'Kinderopvang staat ook in de lijst van sectoren, als begin van de leerlijn, maar is geen onderwijs: het Arbeidsmarktplatform PO rekent haar tot de partners buiten het onderwijs. Daarom telt de catalogus haar niet als onderwijspartner.',
      en: 'Childcare also appears in the list of sectors, as the start of the learning path, but it is not education: the Arbeidsmarktplatform PO counts it among partners outside education. The catalogue therefore does not count it as an education partner.',
    },
  },
  {
    id: 'jeugdhulp',
    education: false,
    label: { nl: 'Jeugdhulp en jeugdzorg', en: 'Youth care' },
    description: {
      nl: 'Hulp aan kinderen, jongeren en gezinnen, vaak via het Centrum voor Jeugd en Gezin of een wijkteam en sinds de decentralisatie onder regie van de gemeente. Hoe vaak de school ermee schakelt, hangt af van de leerlingen.',
      en: 'Help for children, young people and families, often through the Centre for Youth and Family or a neighbourhood team and, since decentralisation, directed by the municipality. How often a school works with it depends on its pupils.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L369-L389',
      },
      { source: 'regioplan-vo-2015', section: 'Welzijnsorganisaties', lines: 'L1136-L1141' },
      {
        source: 'vso-vo-samenwerking',
        section: 'Knelpunten bij intensieve samenwerking/integratie vso-vo',
        lines: 'L1453-L1459',
      },
    ],
    note: {
      nl: 'De bronnen gebruiken jeugdzorg en jeugdhulp door elkaar; beide vallen onder dit type.',
      en: 'The sources use jeugdzorg and jeugdhulp interchangeably; both fall under this type.',
    },
  },
  {
    id: 'zorg',
    education: false,
    label: { nl: 'Zorg', en: 'Health care' },
    description: {
      nl: 'Zorgaanbieders buiten de jeugdhulp: logopedisten, fysio- en ergotherapeuten die in de school praktijk houden, behandelcentra, verslavingszorg en andere zorginstellingen die meedenken over leerlingen.',
      en: 'Care providers other than youth care: speech, physical and occupational therapists who hold sessions in the school, treatment centres, addiction care and other institutions that advise on pupils.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L390-L398',
      },
      { source: 'regioplan-vo-2015', section: 'Welzijnsorganisaties', lines: 'L1134-L1136' },
      {
        source: 'regioplan-vo-2015',
        section: 'De samenwerking met de gemeente en overige instanties over zorgleerlingen en arbeidsparticipatie',
        lines: 'L557-L558',
      },
    ],
  },
  {
    id: 'welzijn',
    education: false,
    label: { nl: 'Welzijn', en: 'Social welfare' },
    description: {
      nl: 'Maatschappelijk werk, buurt- en jongerenwerk, vluchtelingenwerk, vrijwilligersorganisaties en de maatschappelijke opvang. Zij verzorgen voorlichting, naschoolse activiteiten en steun thuis.',
      en: 'Social work, community and youth work, refugee support, volunteer organisations and shelters. They provide information sessions, after-school activities and support at home.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Welzijnsorganisaties', lines: 'L1127-L1141' },
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L426-L458' },
    ],
  },
  {
    id: 'cultuur',
    education: false,
    label: { nl: 'Cultuur', en: 'Culture' },
    description: {
      nl: 'Theaters, filmhuizen, podia, cultuurcentra en kunsteducatie-instellingen, soms via een cultuurmakelaar. Het gaat vaak om projecten en cultuurdagen, soms om een vast profiel van de school.',
      en: 'Theatres, film houses, music venues, arts centres and arts-education bodies, sometimes through a culture broker. Mostly projects and culture days, sometimes a standing profile of the school.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Cultuurorganisaties', lines: 'L1155-L1168' },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit onderwijsvisie', lines: 'L516-L524' },
    ],
  },
  {
    id: 'sport',
    education: false,
    label: { nl: 'Sport', en: 'Sports' },
    description: {
      nl: 'Sportverenigingen, clubs, topsportorganisaties en landelijke netwerken voor sport op school. Samenwerking dient sportdagen, talentontwikkeling en gezond bewegen.',
      en: 'Sports clubs, professional clubs, elite-sport bodies and national school-sport networks. Collaboration serves sports days, talent development and healthy exercise.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Sportorganisaties', lines: 'L1174-L1192' },
      { source: 'arbeidsmarktplatform-po', section: '1. INLEIDING', lines: 'L196-L198' },
    ],
  },
  {
    id: 'mbo',
    education: true,
    label: { nl: 'Mbo-instelling', en: 'Vocational college (mbo)' },
    description: {
      nl: 'Een roc of andere mbo-school. Vo-scholen werken ermee aan doorlopende leerroutes, verkorte trajecten en soms een gezamenlijk gebouw.',
      en: 'A regional training centre or other mbo school. Secondary schools work with it on continuous learning routes, shortened tracks and sometimes a shared building.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Mbo-instellingen', lines: 'L722-L725' },
      { source: 'regioplan-vo-2015', section: 'Enkele voorbeelden', lines: 'L414-L418' },
    ],
  },
  {
    id: 'hbo',
    education: true,
    label: { nl: 'Hogeschool', en: 'University of applied sciences' },
    description: {
      nl: 'Een instelling voor hoger beroepsonderwijs. Met vo-scholen gaat het om verdieping van de stof, oriëntatie op vervolgstudies en praktijkonderzoek.',
      en: 'An institution of higher professional education. With secondary schools it works on deeper subject matter, study orientation and practice-based research.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Hbo-instellingen/universiteiten (wo)', lines: 'L762-L770' },
      { source: 'regioplan-vo-2015', section: 'Aard en omvang van de samenwerking', lines: 'L1067-L1080' },
    ],
  },
  {
    id: 'wo',
    education: true,
    label: { nl: 'Universiteit', en: 'University' },
    description: {
      nl: 'Een universiteit. Vo-scholen werken ermee aan verrijking voor excellente leerlingen en aan onderzoeksprojecten waarin docenten meedoen.',
      en: 'A research university. Secondary schools work with it on enrichment for high-achieving pupils and on research projects in which teachers take part.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Hbo-instellingen/universiteiten (wo)', lines: 'L762-L767' },
      { source: 'regioplan-vo-2015', section: 'Aard en omvang van de samenwerking', lines: 'L1067-L1077' },
    ],
  },
  {
    id: 'lerarenopleiding',
    education: true,
    label: { nl: 'Lerarenopleiding', en: 'Teacher-training institute' },
    description: {
      nl: 'Een pabo of een hbo- of universitaire lerarenopleiding. De samenwerking loopt vooral via opleiden in de school en het samen begeleiden van stagiaires.',
      en: 'A primary teacher college or a higher-education or university teacher programme. Collaboration runs mainly through school-based training and jointly supervising student teachers.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Samenwerkingen met lerarenopleidingen', lines: 'L800-L812' },
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L450' },
    ],
  },
  {
    id: 'bedrijfsleven',
    education: false,
    label: { nl: 'Bedrijfsleven', en: 'Business' },
    description: {
      nl: 'Bedrijven, ondernemers en werkgeversorganisaties. Zij geven gastlessen, bieden werkplekken en denken mee over beroepsgerichte vakken, soms via een transferpunt.',
      en: 'Companies, entrepreneurs and employers’ organisations. They give guest lessons, offer workplaces and help shape vocational subjects, sometimes through a brokerage point.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Gebieden waarop wordt samengewerkt', lines: 'L991-L1022' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen – Alle hens aan dek', lines: 'L1895-L1904' },
    ],
  },
  {
    id: 'onderzoeksinstituut',
    education: false,
    label: { nl: 'Onderzoeksinstituut', en: 'Research institute' },
    description: {
      nl: 'Een wetenschappelijk instituut buiten de universiteit zelf, zoals een nationaal onderzoeksinstituut, waarmee scholen onderzoeksprojecten opzetten.',
      en: 'A scientific institute outside the university proper, such as a national research institute, with which schools set up research projects.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Aard en omvang van de samenwerking', lines: 'L1087-L1089' },
      { source: 'vso-vo-samenwerking', section: '4.2 Reflectie en discussie', lines: 'L4489-L4491' },
    ],
    note: {
      nl: 'Regioplan voegt hogescholen, universiteiten en instituten samen onder één thema; hier staan universiteiten onder wo en hogescholen onder hbo.',
      en: 'Regioplan groups universities of applied sciences, universities and institutes under one theme; here universities are filed under wo and universities of applied sciences under hbo.',
    },
  },
  {
    id: 'rijk',
    education: false,
    label: { nl: 'Rijk', en: 'Central government' },
    description: {
      nl: 'Het ministerie van OCW en andere rijksdiensten, waaronder de Inspectie. Het Rijk sluit sectorakkoorden, financiert en stelt regels die samenwerking helpen of hinderen.',
      en: 'The Ministry of Education (OCW) and other national bodies, including the Inspectorate. Central government makes sector agreements, funds and sets rules that help or hinder collaboration.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Sectorakkoord VO', lines: 'L9-L14' },
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-8', lines: 'L1445-L1447' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen – Alle hens aan dek', lines: 'L1838-L1847' },
    ],
  },
  {
    id: 'provincie',
    education: false,
    label: { nl: 'Provincie', en: 'Province' },
    description: {
      nl: 'Het provinciebestuur, dat meebetaalt en meedenkt wanneer een vraagstuk de gemeentegrenzen overschrijdt, zoals het behoud van voortgezet onderwijs in een krimpregio.',
      en: 'The provincial government, which co-funds and joins in when an issue crosses municipal borders, such as keeping secondary education in a shrinking region.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen – Alle hens aan dek', lines: 'L1895-L1904' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen – Alle hens aan dek', lines: 'L1838-L1843' },
    ],
  },
  {
    id: 'overig',
    education: false,
    label: { nl: 'Overig', en: 'Other' },
    description: {
      nl: 'Partijen die onder geen ander type passen, zoals buurtbewoners, zelfstandige vakdocenten, aanbieders van gastlessen en uitjes, of een verzorgingshuis in de buurt.',
      en: 'Parties that fit no other type, such as local residents, self-employed specialist teachers, providers of guest lessons and outings, or a nearby care home.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L420-L446' },
    ],
  },
  {
    id: 'politie',
    education: false,
    label: { nl: 'Politie', en: 'Police' },
    description: {
      nl: 'De wijkagent en preventiemedewerkers, met wie scholen vaak informeel contact houden om problemen rond jongeren vroeg te zien.',
      en: 'The community police officer and prevention staff, with whom schools often keep informal contact to spot problems around young people early.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L424-L426' },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking met andere scholen', lines: 'L476-L483' },
    ],
  },
  {
    id: 'bibliotheek',
    education: false,
    label: { nl: 'Bibliotheek', en: 'Public library' },
    description: {
      nl: 'De openbare bibliotheek, die lezen bevordert: met een vestiging in de school, met bezoeken of door boeken te leveren.',
      en: 'The public library, which promotes reading: with a branch inside the school, through visits or by supplying books.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: '1. INLEIDING', lines: 'L194-L196' },
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L452-L454' },
      { source: 'regioplan-vo-2015', section: 'Cultuurorganisaties', lines: 'L1157-L1159' },
    ],
    note: {
      nl: 'Regioplan noemt de bibliotheek tussen de cultuurorganisaties; het Arbeidsmarktplatform PO noemt haar apart. Hier is ze een eigen type.',
      en: 'Regioplan lists the library among cultural organisations; the Arbeidsmarktplatform PO names it separately. Here it is a type of its own.',
    },
  },
  {
    id: 'onderwijsadviesbureau',
    education: false,
    label: { nl: 'Onderwijsadviesbureau', en: 'Educational advisory service' },
    description: {
      nl: 'Schoolbegeleidingsdiensten en onderzoeks- en adviesbureaus. Ze helpen bij hardnekkige leer- of gedragsproblemen en bij het invoeren van een onderwijsconcept.',
      en: 'School support services and research and consultancy firms. They help with persistent learning or behaviour problems and with introducing a teaching concept.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L394-L398',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L460-L462' },
    ],
    note: {
      nl: 'Deze diensten werken voor het onderwijs, maar zijn geen school of bestuur; het Arbeidsmarktplatform PO rekent ze tot de externe partijen. Daarom telt de catalogus ze niet als onderwijspartner.',
      en: 'These services work for education but are neither schools nor boards; the Arbeidsmarktplatform PO counts them as outside parties. The catalogue therefore does not count them as education partners.',
    },
  },
  {
    id: 'woningcorporatie',
    education: false,
    label: { nl: 'Woningcorporatie', en: 'Housing association' },
    description: {
      nl: 'Een toegelaten instelling voor sociale huur. In de bronnen komt ze voor als partner voor een loket in de school waar ouders met vragen terechtkunnen.',
      en: 'A social-housing association. In the sources it appears as a partner for a help desk inside the school where parents can bring their questions.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit maatschappelijke opgave', lines: 'L581-L583' },
    ],
  },
  {
    id: 'ggd',
    education: false,
    label: { nl: 'GGD', en: 'Municipal public health service (GGD)' },
    description: {
      nl: 'De gemeentelijke gezondheidsdienst, partner bij voorlichting over gezond leven en, in de coronatijd, bij de aanpak van de crisis op school.',
      en: 'The municipal public health service, a partner for health education and, during the pandemic, for handling the crisis at school.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Scala aan aanvullende samenwerkingspartners', lines: 'L464' },
      { source: 'regioplan-vo-2015', section: 'Sportorganisaties', lines: 'L1185' },
    ],
  },
  {
    id: 'uwv',
    education: false,
    label: { nl: 'UWV', en: 'Employee insurance agency (UWV)' },
    description: {
      nl: 'De uitvoeringsinstantie voor werknemersverzekeringen, die met gemeente en school werkt aan de arbeidsparticipatie van leerlingen, vooral uit het praktijkonderwijs.',
      en: 'The national employee insurance agency, which works with municipality and school on getting pupils into work, especially from praktijkonderwijs.',
    },
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: 'De samenwerking met de gemeente en overige instanties over zorgleerlingen en arbeidsparticipatie',
        lines: 'L557-L568',
      },
    ],
  },
  {
    id: 'uitzendbureau',
    education: false,
    label: { nl: 'Uitzend- en detacheringsbureau', en: 'Staffing agency' },
    description: {
      nl: 'Bureaus die tijdelijk personeel leveren. Volgens het Arbeidsmarktplatform PO de enige externe partij die scholen inzetten om tekorten op te vangen.',
      en: 'Agencies that supply temporary staff. According to the Arbeidsmarktplatform PO the only outside party schools use to cover shortages.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerken in tijden van personeelstekort', lines: 'L609-L613' },
    ],
  },
  {
    id: 'natuurorganisatie',
    education: false,
    label: { nl: 'Natuurorganisatie', en: 'Nature organisation' },
    description: {
      nl: 'Natuurbeheerders en natuureducatieorganisaties, bijvoorbeeld als partner van een school met een natuurprofiel.',
      en: 'Nature conservation and nature-education bodies, for instance as partner of a school with a nature profile.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit onderwijsvisie', lines: 'L524-L530' },
      { source: 'arbeidsmarktplatform-po', section: '1. INLEIDING (voetnoot 6)', lines: 'L242-L250' },
    ],
  },
  {
    id: 'aannemer',
    education: false,
    label: { nl: 'Aannemer of projectontwikkelaar', en: 'Builder or property developer' },
    description: {
      nl: 'De bouwpartij bij nieuwbouw of verbouw van een school, met wie school, gemeente en medegebruikers intensief overleggen zolang het project loopt.',
      en: 'The building party for a new or refurbished school, with whom the school, municipality and co-users consult closely while the project runs.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Gemeente, jeugdzorg en kinderopvang zijn belangrijkste samenwerkingspartners',
        lines: 'L357-L365',
      },
    ],
  },
  {
    id: 'vakbond',
    education: false,
    label: { nl: 'Vakbond', en: 'Trade union' },
    description: {
      nl: 'Werknemersorganisaties die meepraten wanneer personeel overgaat naar een ander bestuur of een andere cao, bijvoorbeeld bij het opheffen van een vso-bestuur.',
      en: 'Employee organisations that take part when staff move to another board or another collective agreement, for example when a vso board is wound up.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: '3.4 De Ambelt: “Opheffen en invlechten”', lines: 'L3437-L3445' },
      { source: 'vso-vo-samenwerking', section: 'Voorwaardelijke aspecten', lines: 'L3538-L3542' },
    ],
  },
  {
    id: 'sectororganisatie',
    education: true,
    label: { nl: 'Sector- of profielorganisatie', en: 'Sector council or denominational association' },
    description: {
      nl: 'De PO-Raad, de VO-raad en de profielorganisaties van openbaar en bijzonder onderwijs. Zij behartigen de belangen van besturen, sluiten akkoorden met het Rijk en stimuleren samenwerking.',
      en: 'The PO-Raad, the VO-raad and the associations for public and denominational schools. They represent boards, make agreements with central government and encourage collaboration.',
    },
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Vooraf', lines: 'L8-L15' },
      { source: 'regioplan-vo-2015', section: 'Sectorakkoord VO', lines: 'L9-L24' },
    ],
  },
  {
    id: 'subsidieverstrekker',
    education: false,
    label: { nl: 'Subsidieverstrekker', en: 'Grant provider' },
    description: {
      nl: 'Fondsen en overheden die samenwerking of onderzoek met subsidie steunen, zoals het NRO of een rijksregeling. Onzekerheid over vervolgsubsidie is een bekend knelpunt.',
      en: 'Funds and governments that support collaboration or research with grants, such as the NRO or a national scheme. Uncertainty about follow-up funding is a known obstacle.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Ervaren knelpunten in de samenwerking', lines: 'L785-L797' },
      { source: 'regioplan-vo-2015', section: 'Financiering', lines: 'L1104-L1108' },
      { source: 'overlegraad-po-vo-2019', section: 'Focus', lines: 'L37-L42' },
    ],
  },
];
