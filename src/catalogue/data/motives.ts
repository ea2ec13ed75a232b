import type { Motive } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type MotiveId, motiveIds } from '../ids/motives.js';

/**
 * Every motive for collaborating, in the order of {@link motiveIds}.
 *
 * @remarks
 * The first five are the motives of Tabel 2-6 of `vso-vo-samenwerking`, with their mean scale scores (1 = not at
 * all, 5 = to a very high degree) for vso cluster 3, vso cluster 4, all vso and pro school locations with
 * intensive collaboration. The other motives come from the other sources, which print no scores.
 *
 * @category Catalogue
 */
export const motives: readonly Motive[] = [
  {
    id: 'groepen-speciale-ondersteuning',
    label: {
      nl: 'Groepen leerlingen met speciale ondersteuningsbehoeften beter bedienen',
      en: 'Serving groups of pupils with special support needs better',
    },
    description: {
      nl: 'Vso en vo werken nauw samen of integreren om groepen leerlingen die extra ondersteuning nodig hebben een beter passend aanbod te geven. Samen met maatwerktrajecten het sterkste motief in het vso-vo-onderzoek.',
      en: 'Vso and vo collaborate closely or integrate to give groups of pupils who need extra support a better-fitting offer. Together with tailored pathways the strongest motive in the vso–vo study.',
    },
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: 'Motieven voor en beoogde vormen van intensieve samenwerking/integratie',
        lines: 'L1261-L1275',
      },
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-6', lines: 'L1298-L1318' },
    ],
    scores: [
      { group: 'vso-3', mean: 3.7, n: 16, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'vso-4', mean: 4.4, n: 13, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'vso', mean: 4.0, n: 29, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'pro', mean: 4.2, n: 12, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
    ],
  },
  {
    id: 'individuele-maatwerktrajecten',
    label: { nl: 'Individuele maatwerktrajecten verbeteren', en: 'Improving individual tailored pathways' },
    description: {
      nl: 'Samenwerking om voor een enkele leerling een traject op maat te kunnen bieden, bijvoorbeeld door lessen op beide scholen te combineren.',
      en: 'Collaboration so that a single pupil can be offered a tailored pathway, for instance by combining lessons at both schools.',
    },
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: 'Motieven voor en beoogde vormen van intensieve samenwerking/integratie',
        lines: 'L1269-L1277',
      },
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-6', lines: 'L1298-L1318' },
    ],
    scores: [
      { group: 'vso-3', mean: 4.2, n: 16, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'vso-4', mean: 3.9, n: 13, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'vso', mean: 4.1, n: 29, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'pro', mean: 4.0, n: 12, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
    ],
  },
  {
    id: 'gebundeld-specialistisch-aanbod',
    label: {
      nl: 'Beter gebundeld specialistisch aanbod in de regio',
      en: 'A better-bundled specialist offer in the region',
    },
    description: {
      nl: 'Het specialistische zorgaanbod voor leerlingen in een regio of samenwerkingsverband bundelen, zodat het samenhangender wordt. Ook in het eerdere so-sbo-onderzoek een gedeeld motief.',
      en: 'Bundling specialist educational care in the region or partnership so that the offer becomes more coherent. Also a shared motive in the earlier so–sbo study.',
    },
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: 'Motieven voor en beoogde vormen van intensieve samenwerking/integratie',
        lines: 'L1281-L1283',
      },
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-6', lines: 'L1298-L1318' },
      {
        source: 'vso-vo-samenwerking',
        section: 'Motieven voor intensieve samenwerking/integratie',
        lines: 'L4146-L4160',
      },
    ],
    scores: [
      { group: 'vso-3', mean: 3.4, n: 16, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'vso-4', mean: 2.9, n: 13, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'vso', mean: 3.6, n: 29, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'pro', mean: 3.4, n: 12, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
    ],
    note: {
      nl: 'Zoals gedrukt is het vso-totaal (3,6) hoger dan beide clusterscores (3,4 en 2,9); een gemiddelde over beide clusters kan dat niet zijn. De waarden staan hier ongewijzigd.',
      en: 'As printed, the vso total (3.6) is higher than both cluster scores (3.4 and 2.9), which a mean over both clusters cannot be. The values are kept unchanged here.',
    },
  },
  {
    id: 'leerlingen-groeperen',
    label: {
      nl: 'Leerlingen groeperen naar ondersteuningsbehoefte of uitstroomprofiel',
      en: 'Grouping pupils by support need or exit profile',
    },
    description: {
      nl: 'Leerlingen van vso en vo samen indelen op wat ze aan ondersteuning nodig hebben of op het uitstroomprofiel van de vo-school, in plaats van op schoolsoort.',
      en: 'Placing vso and vo pupils together by the support they need or by the exit profile of the vo school, rather than by school type.',
    },
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: 'Motieven voor en beoogde vormen van intensieve samenwerking/integratie',
        lines: 'L1283-L1287',
      },
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-6', lines: 'L1298-L1318' },
    ],
    scores: [
      { group: 'vso-3', mean: 3.2, n: 16, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'vso-4', mean: 3.7, n: 13, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'vso', mean: 3.4, n: 29, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'pro', mean: 3.5, n: 12, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
    ],
  },
  {
    id: 'inclusief-onderwijs',
    label: { nl: 'Meer inclusief onderwijs in het reguliere vo', en: 'More inclusive education in mainstream vo' },
    description: {
      nl: 'Samenwerken zodat meer leerlingen met een ondersteuningsbehoefte les kunnen krijgen in het reguliere voortgezet onderwijs.',
      en: 'Collaborating so that more pupils with a support need can be taught in mainstream secondary education.',
    },
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: 'Motieven voor en beoogde vormen van intensieve samenwerking/integratie',
        lines: 'L1287-L1289',
      },
      { source: 'vso-vo-samenwerking', section: 'Tabel 2-6', lines: 'L1298-L1318' },
    ],
    scores: [
      { group: 'vso-3', mean: 3.3, n: 16, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'vso-4', mean: 3.1, n: 13, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'vso', mean: 3.2, n: 29, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
      { group: 'pro', mean: 3.7, n: 12, scale: { min: 1, max: 5 }, table: 'Tabel 2-6' },
    ],
  },
  {
    id: 'financiele-motieven',
    label: { nl: 'Financiële motieven', en: 'Financial motives' },
    description: {
      nl: 'Samenwerken om financiële redenen, zoals bekostiging of dalende inkomsten door minder leerlingen. In het vso-vo-onderzoek spelen zulke motieven maar in geringe mate mee.',
      en: 'Collaborating for financial reasons, such as funding or falling income from fewer pupils. In the vso–vo study such motives play only a minor part.',
    },
    sources: [
      {
        source: 'vso-vo-samenwerking',
        section: 'Motieven voor en beoogde vormen van intensieve samenwerking/integratie',
        lines: 'L1291-L1293',
      },
      { source: 'vso-vo-samenwerking', section: 'Ten slotte', lines: 'L2334-L2340' },
      { source: 'vso-vo-samenwerking', section: '1. Achtergrond en opzet van het onderzoek', lines: 'L349-L355' },
    ],
    scores: [],
    note: {
      nl: 'Het vso-vo-onderzoek legde dertien motieven voor, maar noemt en scoort alleen de vijf hoogste (Tabel 2-6). Van de acht overige zegt het alleen dat ze weinig meewegen en dat enkele over financiën of bekostiging gaan; hun namen en scores ontbreken, dus die staan hier niet.',
      en: 'The vso–vo study presented thirteen motives but names and scores only the top five (Tabel 2-6). Of the other eight it says only that they count for little and that some concern finance or funding; their names and scores are missing, so they are not listed here.',
    },
  },
  {
    id: 'inclusie-en-destigmatisering',
    label: { nl: 'Inclusieve samenleving en minder stigmatisering', en: 'An inclusive society and less stigma' },
    description: {
      nl: 'Doelen die de vier vso-vo-initiatieven noemen: leerlingen voorbereiden op een plek in de samenleving, een inclusieve samenleving bevorderen en voorkomen dat bepaalde leerlingen een stempel krijgen.',
      en: 'Aims named by the four vso–vo initiatives: preparing pupils for a place in society, promoting an inclusive society and preventing certain pupils from being labelled.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Samenvatting', lines: 'L264-L274' },
      {
        source: 'vso-vo-samenwerking',
        section: '3.5 Vergelijking vier samenwerkingsinitiatieven vso-vo',
        lines: 'L3703-L3733',
      },
      {
        source: 'vso-vo-samenwerking',
        section: '3.5 Vergelijking vier samenwerkingsinitiatieven vso-vo – Ten slotte',
        lines: 'L3985-L3991',
      },
    ],
    scores: [],
    note: {
      nl: 'Verwant aan het surveymotief inclusief onderwijs, maar breder en alleen uit de casestudies. De bron merkt op dat inclusief onderwijs in geen van de cases het eigenlijke doel was.',
      en: 'Related to the survey motive on inclusive education, but broader and only from the case studies. The source notes that inclusive education was not the actual aim in any of the cases.',
    },
  },
  {
    id: 'expertise-behouden',
    label: { nl: 'Expertise behouden en delen', en: 'Keeping and sharing expertise' },
    description: {
      nl: 'De kennis van speciale scholen veiligstellen en waar nodig inzetten in het reguliere onderwijs. In het so-sbo-onderzoek een hoofdmotief voor integratie.',
      en: 'Safeguarding the know-how of special schools and using it in mainstream education where needed. In the so–sbo study a main motive for integration.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: '1. Achtergrond en opzet van het onderzoek', lines: 'L339-L345' },
      {
        source: 'vso-vo-samenwerking',
        section: 'Motieven voor intensieve samenwerking/integratie',
        lines: 'L4130-L4144',
      },
    ],
    scores: [],
  },
  {
    id: 'invoering-passend-onderwijs',
    label: { nl: 'Invoering van passend onderwijs', en: 'The introduction of passend onderwijs' },
    description: {
      nl: 'De wet passend onderwijs van 2014 als aanleiding of versneller: een meerderheid van vso-scholen, samenwerkingsverbanden en pro-scholen zegt dat de invoering nauwe samenwerking op gang bracht of versnelde.',
      en: 'The 2014 passend onderwijs act as trigger or accelerator: a majority of vso schools, partnerships and pro schools say its introduction started or sped up close collaboration.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: '1. Achtergrond en opzet van het onderzoek', lines: 'L353-L363' },
      {
        source: 'vso-vo-samenwerking',
        section: '2.5 Invoering passend onderwijs en samenwerking vso en vo',
        lines: 'L2176-L2196',
      },
      { source: 'arbeidsmarktplatform-po', section: '1. INLEIDING', lines: 'L184-L192' },
    ],
    scores: [],
  },
  {
    id: 'huisvesting',
    label: { nl: 'Huisvesting en ruimtegebrek', en: 'Accommodation and lack of space' },
    description: {
      nl: 'Een tekort aan ruimte of een nieuw gebouw dat aanleiding geeft om onder één dak te gaan en daarna steeds meer samen te doen.',
      en: 'A shortage of space or a new building that leads schools to move under one roof and then do more and more together.',
    },
    sources: [
      { source: 'vso-vo-samenwerking', section: 'Samenvatting', lines: 'L274-L278' },
      {
        source: 'vso-vo-samenwerking',
        section: '3.5 Vergelijking vier samenwerkingsinitiatieven vso-vo',
        lines: 'L3735-L3743',
      },
      { source: 'vso-vo-samenwerking', section: '4.2 Reflectie en discussie', lines: 'L4325-L4327' },
    ],
    scores: [],
  },
  {
    id: 'krimp',
    label: { nl: 'Krimp', en: 'Falling pupil numbers' },
    description: {
      nl: 'Dalende leerlingaantallen die het aanbod in de regio bedreigen. Zonder samenwerking dreigen besturen geld te verliezen of elkaar uit de markt te concurreren; krimp is de vaakst genoemde reden voor samenwerking tussen vo-besturen.',
      en: 'Falling pupil numbers that threaten provision in the region. Without collaboration boards risk losing money or competing each other out of existence; decline is the reason most often given for collaboration between vo boards.',
    },
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: 'Belangrijkste redenen voor samenwerking met collega-besturen',
        lines: 'L439-L442',
      },
      { source: 'overlegraad-po-vo-2019', section: 'Vooraf', lines: 'L22-L26' },
      {
        source: 'vso-vo-samenwerking',
        section: '3.5 Vergelijking vier samenwerkingsinitiatieven vso-vo',
        lines: 'L3735-L3743',
      },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen – Alle hens aan dek', lines: 'L1967-L1975' },
    ],
    scores: [],
    note: {
      nl: 'Regioplan drukt geen percentage af maar noemt het aandeel met woorden: de helft van de samenwerkende besturen.',
      en: 'Regioplan prints no percentage but states the share in words: half of the collaborating boards.',
    },
  },
  {
    id: 'dekkend-aanbod',
    label: { nl: 'Een dekkend aanbod in de regio', en: 'Complete provision across the region' },
    description: {
      nl: 'Samen verantwoordelijkheid nemen voor onderwijs in de regio dat toegankelijk en gevarieerd is en waarin voor elke leerling een passende plek is, naast de zorg voor de eigen instelling.',
      en: 'Taking joint responsibility for education in the region that is accessible and varied and has a suitable place for every pupil, alongside caring for one’s own institution.',
    },
    sources: [
      {
        source: 'overlegraad-po-vo-2019',
        section: '3. Instellingsbelang en het maatschappelijk belang',
        lines: 'L127-L132',
      },
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L70-L72' },
      { source: 'vso-vo-samenwerking', section: '1. Achtergrond en opzet van het onderzoek', lines: 'L357-L363' },
    ],
    scores: [],
  },
  {
    id: 'bundeling-van-krachten',
    label: { nl: 'Bundeling van krachten', en: 'Joining forces' },
    description: {
      nl: 'Samen sterker staan: een rendabel aanbod houden voor richtingen met weinig belangstelling of vakken met een lerarentekort, en als groep scholen krachtiger optreden naar andere partijen.',
      en: 'Standing stronger together: keeping a viable offer for courses with little demand or subjects short of teachers, and acting more forcefully towards other parties as a group of schools.',
    },
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: 'Belangrijkste redenen voor samenwerking met collega-besturen',
        lines: 'L442-L445',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking met andere scholen', lines: 'L474-L483' },
    ],
    scores: [],
    note: {
      nl: 'Regioplan noemt dit de tweede reden, zonder cijfer.',
      en: 'Regioplan calls this the second reason, without a figure.',
    },
  },
  {
    id: 'kwaliteitsverbetering',
    label: { nl: 'Kwaliteitsverbetering', en: 'Improving quality' },
    description: {
      nl: 'De kwaliteit van het onderwijs verhogen door kennis en ervaring te delen en van elkaar te leren, zodat niet iedere school zelf het wiel uitvindt.',
      en: 'Raising the quality of teaching by sharing knowledge and experience and learning from each other, so that not every school reinvents the wheel.',
    },
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: 'Belangrijkste redenen voor samenwerking met collega-besturen',
        lines: 'L445-L447',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking met andere scholen', lines: 'L474-L478' },
    ],
    scores: [],
    note: {
      nl: 'Regioplan noemt dit de derde reden, zonder cijfer.',
      en: 'Regioplan calls this the third reason, without a figure.',
    },
  },
  {
    id: 'maatschappelijke-opgave',
    label: { nl: 'Maatschappelijke opgave', en: 'Wider social task' },
    description: {
      nl: 'De opvatting dat onderwijs een brede taak in de samenleving heeft die een school niet alleen kan vervullen. Scholen in achterstandswijken kiezen daarom partners voor alles wat met opgroeien te maken heeft.',
      en: 'The view that education has a broad task in society that no school can fulfil alone. Schools in deprived areas therefore choose partners for everything to do with growing up.',
    },
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Vooraf', lines: 'L22-L24' },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit maatschappelijke opgave', lines: 'L552-L583' },
      { source: 'regioplan-vo-2015', section: 'Belang van samenwerking', lines: 'L19-L21' },
    ],
    scores: [],
    note: {
      nl: 'Het Arbeidsmarktplatform PO laat zien dat dit motief ook andersom kan werken: een plattelandsschool houdt zich juist terug bij bredere opvoedingsthema’s.',
      en: 'The Arbeidsmarktplatform PO shows this motive can also work the other way: a rural school deliberately holds back on wider upbringing themes.',
    },
  },
  {
    id: 'personeelstekort',
    label: { nl: 'Lerarentekort', en: 'Teacher shortage' },
    description: {
      nl: 'Het tekort aan leraren en ander personeel, dat vraagt om gedeelde inzet van mensen en gezamenlijk opleiden.',
      en: 'The shortage of teachers and other staff, which calls for sharing people and training them together.',
    },
    sources: [
      { source: 'overlegraad-po-vo-2019', section: 'Vooraf', lines: 'L24-L26' },
      {
        source: 'regioplan-vo-2015',
        section: 'Belangrijkste redenen voor samenwerking met collega-besturen',
        lines: 'L443-L445',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerken in tijden van personeelstekort', lines: 'L609-L625' },
    ],
    scores: [],
    note: {
      nl: 'De bronnen verschillen: de Overlegraad ziet het tekort als reden om samen te werken, maar de geïnterviewde basisscholen zetten externe partijen er (nog) nauwelijks voor in en zien het tekort zelfs als rem op samenwerking.',
      en: 'The sources differ: the Overlegraad sees the shortage as a reason to collaborate, but the primary schools interviewed hardly use outside parties for it (yet) and even see the shortage as a brake on collaboration.',
    },
  },
  {
    id: 'wettelijke-verplichting',
    label: { nl: 'Wettelijke verplichting', en: 'Legal obligation' },
    description: {
      nl: 'Samenwerking die de wet voorschrijft, zoals binnen passend onderwijs, of die de zorgbehoefte van leerlingen onvermijdelijk maakt. Het overleg met de gemeenten (OOGO) en de regionale plannen voor het aanbod in het vo (RPO) noemt de Overlegraad als samenwerking die de overheid met wetgeving aanmoedigt.',
      en: 'Collaboration that the law requires, as within passend onderwijs, or that pupils’ care needs make unavoidable. The Overlegraad also names the OOGO consultation and the regional plans in vo as collaboration that government encourages through legislation.',
    },
    sources: [
      { source: 'regioplan-vo-2015', section: 'Mate waarin wordt samengewerkt', lines: 'L204-L206' },
      { source: 'overlegraad-po-vo-2019', section: 'Focus', lines: 'L37-L39' },
      { source: 'arbeidsmarktplatform-po', section: 'Het doel van samenwerking', lines: 'L488-L494' },
    ],
    scores: [],
  },
  {
    id: 'subsidieregelingen',
    label: { nl: 'Subsidieregelingen', en: 'Grant schemes' },
    description: {
      nl: 'Rijksregelingen die samenwerking stimuleren met geld, zoals voor procesbegeleiding bij leerlingendaling, sterk techniekonderwijs en het lerarentekort.',
      en: 'National schemes that encourage collaboration with money, such as for process support with falling rolls, strong technical education and the teacher shortage.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: 'Focus', lines: 'L38-L41' }],
    scores: [],
  },
  {
    id: 'belang-van-de-leerling',
    label: { nl: 'Het belang van de leerling', en: 'The interest of the pupil' },
    description: {
      nl: 'Samenwerken omdat het kind centraal staat: leerlingen de beste zorg en de beste ontwikkelkansen geven en ze voorbereiden op hun plaats in de maatschappij. Alle geïnterviewde schoolleiders noemen dit als eerste reden.',
      en: 'Collaborating because the child comes first: giving pupils the best care and the best chances to develop, and preparing them for their place in society. All school leaders interviewed give this as the first reason.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit onderwijsvisie', lines: 'L504-L512' },
      {
        source: 'vso-vo-samenwerking',
        section: '3.5 Vergelijking vier samenwerkingsinitiatieven vso-vo',
        lines: 'L3703-L3717',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Bijlage 2: Interviewleidraden', lines: 'L1680-L1690' },
    ],
    scores: [],
  },
  {
    id: 'onderwijsvisie',
    label: { nl: 'Onderwijsvisie en profiel', en: 'Educational vision and profile' },
    description: {
      nl: 'Partners kiezen die bijdragen aan de visie of het profiel van de school; een cultuurprofielschool toetst partners aan haar culturele doelen, een natuurprofielschool zoekt natuurorganisaties.',
      en: 'Choosing partners who contribute to the school’s vision or profile; a culture-profile school tests partners against its cultural goals, a nature-profile school seeks nature organisations.',
    },
    sources: [{ source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit onderwijsvisie', lines: 'L502-L530' }],
    scores: [],
  },
  {
    id: 'nabijheid',
    label: { nl: 'Nabijheid', en: 'Proximity' },
    description: {
      nl: 'Samenwerken met partijen in de buurt of in hetzelfde gebouw, om een goede buur te zijn en kansen in de omgeving te benutten. Wat de buurt biedt, kleurt zo mee wat de school biedt.',
      en: 'Working with parties nearby or in the same building, to be a good neighbour and seize local opportunities. What the neighbourhood offers thus shapes what the school offers.',
    },
    sources: [{ source: 'arbeidsmarktplatform-po', section: 'Samenwerking door nabijheid', lines: 'L534-L548' }],
    scores: [],
  },
  {
    id: 'ontlasten-personeel',
    label: { nl: 'Personeel ontlasten', en: 'Relieving staff' },
    description: {
      nl: 'Externe partijen inzetten om de werkdruk te verlagen, bijvoorbeeld voor de overblijf, vaklessen of gastlessen. Meestal is minder werkdruk een bijeffect en niet het doel van samenwerking.',
      en: 'Bringing in outside parties to lower the workload, for example for lunchtime care, specialist lessons or guest lessons. Usually lower workload is a side effect rather than the aim of collaboration.',
    },
    sources: [
      {
        source: 'arbeidsmarktplatform-po',
        section: 'Samenwerking om onderwijspersoneel te ontlasten',
        lines: 'L587-L605',
      },
      { source: 'arbeidsmarktplatform-po', section: 'Bijlage 2: Interviewleidraden', lines: 'L1684-L1690' },
    ],
    scores: [],
  },
  {
    id: 'verrijking-onderwijs',
    label: { nl: 'Verrijking van het onderwijs', en: 'Enriching teaching' },
    description: {
      nl: 'Het onderwijs verrijken met wat partners buiten de school meebrengen: kennis uit de beroepspraktijk, of activiteiten van welzijns-, cultuur- en sportorganisaties die bijdragen aan een brede ontwikkeling van leerlingen. Basisscholen met een cultuur- of natuurprofiel kiezen partners die helpen dat profiel in het onderwijs te verwerken.',
      en: 'Enriching teaching with what partners outside the school bring: knowledge from working life, or activities of welfare, cultural and sports organisations that contribute to pupils’ broad development. Primary schools with a culture or nature profile choose partners that help work that profile into their teaching.',
    },
    sources: [
      { source: 'arbeidsmarktplatform-po', section: 'Samenwerking vanuit onderwijsvisie', lines: 'L516-L530' },
      { source: 'regioplan-vo-2015', section: 'Samenwerkingsthema’s', lines: 'L88-L96' },
    ],
    scores: [],
  },
];
