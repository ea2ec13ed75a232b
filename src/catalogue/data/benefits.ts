import type { Benefit } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type BenefitId, benefitIds } from '../ids/benefits.js';

/**
 * Every benefit of collaboration, in the order of {@link benefitIds}.
 *
 * @remarks
 * The benefits (pluspunten and opbrengsten) that the Regioplan inventory reports, first across all themes (for
 * pupils, for the school organisation, and for the partners together), then per theme. A mention's `frequency` is
 * the source's own quantifier for how many of the respondents on that theme named the benefit; how many
 * respondents discussed each theme is in the benchmark `regioplan-besproken-themas`. The links to motives are the
 * catalogue's reading: the motive a partner may start from when this is the benefit it hopes for.
 *
 * @category Catalogue
 */
export const benefits: readonly Benefit[] = [
  {
    id: 'verbondenheid',
    beneficiary: 'samenwerking',
    label: { nl: 'Verbondenheid en gezamenlijkheid', en: 'A sense of connection and togetherness' },
    description: {
      nl: 'Door samen aan iets te werken leren partners wat de ander belangrijk vindt en waarom. Het gevoel er samen voor te staan groeit, met korte lijnen en een gezamenlijke aanpak van problemen. Regioplan noemt dit de belangrijkste opbrengst die niet aan één thema vastzit.',
      en: 'By working on something together, partners learn what matters to the other and why. The feeling of standing together grows, with short lines and a shared approach to problems. Regioplan calls this the most important benefit that is not tied to a single theme.',
    },
    mentions: [
      { theme: 'regionaal-aanbod', frequency: { nl: 'een aantal bestuurders', en: 'a number of board members' } },
      { theme: 'toeleverend-onderwijs', frequency: null },
      { theme: 'vervolgonderwijs', frequency: { nl: 'enkele respondenten', en: 'a few respondents' } },
    ],
    motives: ['bundeling-van-krachten'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Belangrijkste plus- en knelpunten', lines: 'L355-L358' },
      {
        source: 'regioplan-vo-2015',
        section: '4 Instandhouding regionaal onderwijsaanbod – Belangrijkste pluspunten',
        lines: 'L452-L454',
      },
      { source: 'regioplan-vo-2015', section: 'Toeleverend onderwijs – Belangrijkste pluspunten', lines: 'L697-L699' },
      {
        source: 'regioplan-vo-2015',
        section: 'Vervolgonderwijs (mbo) – Belangrijkste pluspunten',
        lines: 'L748-L750',
      },
    ],
  },
  {
    id: 'leren-van-elkaar',
    beneficiary: 'samenwerking',
    label: { nl: 'Van elkaar leren', en: 'Learning from each other' },
    description: {
      nl: 'Partners wisselen werkwijzen, kennis en expertise uit, zodat niet elke school apart hoeft te bedenken wat een ander al weet; dat scheelt tijd en geld. Binnen passend onderwijs gaat het vooral om wat praktijkonderwijs en vso in huis hebben, dat zo ook andere scholen ten goede komt.',
      en: 'Partners exchange ways of working, knowledge and expertise, so that no school has to work out on its own what another already knows, which saves time and money. Within passend onderwijs this is above all the know-how of praktijkonderwijs and vso, which then also serves other schools.',
    },
    mentions: [
      {
        theme: 'passend-onderwijs',
        frequency: { nl: 'een van de vier meest genoemde pluspunten', en: 'one of the four most named benefits' },
      },
      { theme: 'toeleverend-onderwijs', frequency: { nl: 'een aantal keren', en: 'several times' } },
      { theme: 'professionalisering-leraren', frequency: null },
      {
        theme: 'wetenschap-onderzoek',
        frequency: { nl: 'een derde tot de helft', en: 'a third to half' },
      },
      { theme: 'lerarenopleidingen', frequency: null },
    ],
    motives: ['kwaliteitsverbetering', 'expertise-behouden'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Belangrijkste plus- en knelpunten', lines: 'L355-L358' },
      { source: 'regioplan-vo-2015', section: 'Passend onderwijs – Belangrijkste pluspunten', lines: 'L602-L604' },
      { source: 'regioplan-vo-2015', section: 'Passend onderwijs – Belangrijkste pluspunten', lines: 'L622-L628' },
      { source: 'regioplan-vo-2015', section: 'Toeleverend onderwijs – Belangrijkste pluspunten', lines: 'L699-L701' },
      {
        source: 'regioplan-vo-2015',
        section: 'Professionalisering van leraren – Belangrijkste pluspunten',
        lines: 'L971-L974',
      },
      {
        source: 'regioplan-vo-2015',
        section: 'Wetenschaps- en onderzoeksinstituten – Belangrijkste pluspunten',
        lines: 'L1110-L1113',
      },
      { source: 'regioplan-vo-2015', section: 'Lerarenopleidingen – Belangrijkste pluspunten', lines: 'L874-L879' },
    ],
    note: {
      nl: 'Bij onderzoeksinstituten noemt de bron expertise uitwisselen en toegang krijgen tot kennis als twee pluspunten; hier zijn ze samengenomen.',
      en: 'For research institutes the source lists the exchange of expertise and access to knowledge as separate benefits; they are combined here.',
    },
  },
  {
    id: 'kennisontwikkeling',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'Nieuwe kennis en inzichten', en: 'New knowledge and insights' },
    description: {
      nl: 'Samen nadenken over inhoudelijke onderwijsvragen verruimt het blikveld en levert ideeën op die geen van de partners alleen had bedacht. Contacten met bedrijven leveren soms ook nieuwe kennis en vernieuwend onderwijs op.',
      en: 'Thinking together about questions of teaching content widens the view and produces ideas none of the partners would have had alone. Contacts with businesses sometimes also bring new knowledge and innovative teaching.',
    },
    mentions: [
      { theme: 'professionalisering-leraren', frequency: null },
      { theme: 'bedrijfsleven', frequency: { nl: 'in sommige gevallen', en: 'in some cases' } },
    ],
    motives: ['kwaliteitsverbetering'],
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: 'Professionalisering van leraren – Belangrijkste pluspunten',
        lines: 'L974-L976',
      },
      { source: 'regioplan-vo-2015', section: 'Bedrijfsleven – Belangrijkste pluspunten', lines: 'L1034-L1035' },
    ],
  },
  {
    id: 'breed-beroepsgericht-aanbod',
    beneficiary: 'leerlingen',
    label: { nl: 'Een breed beroepsgericht aanbod', en: 'A broad vocational offer' },
    description: {
      nl: 'Samen houden besturen in de regio veel beroepsgerichte vakken overeind, zodat elke leerling een route kan volgen die bij hem of haar past en die doorloopt naar een vervolgopleiding en naar werk in de regio.',
      en: 'Together, boards keep many vocational subjects going in the region, so that every pupil can take a route that suits them and that leads on to further education and to work in the region.',
    },
    mentions: [{ theme: 'regionaal-aanbod', frequency: null }],
    motives: ['dekkend-aanbod', 'belang-van-de-leerling'],
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: '4 Instandhouding regionaal onderwijsaanbod – Belangrijkste pluspunten',
        lines: 'L448-L451',
      },
    ],
  },
  {
    id: 'voorbereiding-arbeidsmarkt',
    beneficiary: 'leerlingen',
    label: { nl: 'Betere voorbereiding op werk', en: 'Better preparation for work' },
    description: {
      nl: 'Leerlingen zien in de praktijk waar hun lesstof voor dient en kunnen daardoor beter onderbouwd een studie of beroep kiezen. Zo verbetert hun kans op de arbeidsmarkt.',
      en: 'Pupils see in practice what their lessons are for and can therefore choose a course or occupation on firmer grounds. This improves their chances on the labour market.',
    },
    mentions: [{ theme: 'bedrijfsleven', frequency: { nl: 'een ruime helft', en: 'a good half' } }],
    motives: ['verrijking-onderwijs', 'belang-van-de-leerling'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Belangrijkste plus- en knelpunten', lines: 'L348-L351' },
      { source: 'regioplan-vo-2015', section: 'Bedrijfsleven – Belangrijkste pluspunten', lines: 'L1026-L1029' },
    ],
  },
  {
    id: 'orientatie-vervolgonderwijs',
    beneficiary: 'leerlingen',
    label: { nl: 'Beter zicht op vervolgonderwijs', en: 'A clearer view of further education' },
    description: {
      nl: 'Leerlingen maken al tijdens het vo kennis met mbo, hbo of universiteit, verdiepen zich in een vak en kiezen daarna bewuster hun vervolgopleiding.',
      en: 'While still in secondary school, pupils get to know mbo, hbo or university, go deeper into a subject and then choose their next course more deliberately.',
    },
    mentions: [
      { theme: 'vervolgonderwijs', frequency: { nl: 'bijna alle respondenten', en: 'almost all respondents' } },
    ],
    motives: ['belang-van-de-leerling', 'verrijking-onderwijs'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Belangrijkste plus- en knelpunten', lines: 'L350-L351' },
      {
        source: 'regioplan-vo-2015',
        section: 'Hbo-instellingen/universiteiten (wo) – Belangrijkste pluspunten',
        lines: 'L775-L778',
      },
      {
        source: 'regioplan-vo-2015',
        section: 'Vervolgonderwijs (mbo) – Belangrijkste pluspunten',
        lines: 'L746-L747',
      },
    ],
    note: {
      nl: '‘Bijna alle respondenten’ geldt voor de samenwerking met hbo en wo; bij het mbo is betere studiekeuze onderdeel van het pluspunt schooluitval voorkomen.',
      en: '‘Almost all respondents’ applies to collaboration with hbo and wo; for mbo, a better choice of study is part of the benefit of preventing dropout.',
    },
  },
  {
    id: 'voorkomen-schooluitval',
    beneficiary: 'leerlingen',
    label: { nl: 'Minder voortijdig schoolverlaten', en: 'Less early school leaving' },
    description: {
      nl: 'Samenwerking met het mbo maakt leerlingen volgens de respondenten gemotiveerder en laat hen hun vervolgopleiding bewuster kiezen; zo vallen er minder voortijdig uit. Ook samenwerking met hbo en wo helpt volgens respondenten uitval te voorkomen.',
      en: 'According to respondents, collaboration with mbo makes pupils more motivated and helps them choose their next course more deliberately, so fewer leave school early. Respondents say collaboration with hbo and wo also helps prevent dropout.',
    },
    mentions: [
      {
        theme: 'vervolgonderwijs',
        frequency: { nl: 'de meeste respondenten (driekwart)', en: 'most respondents (three quarters)' },
      },
    ],
    motives: ['belang-van-de-leerling'],
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: 'Vervolgonderwijs (mbo) – Belangrijkste pluspunten',
        lines: 'L745-L747',
      },
      {
        source: 'regioplan-vo-2015',
        section: 'Hbo-instellingen/universiteiten (wo) – Belangrijkste pluspunten',
        lines: 'L778-L779',
      },
    ],
    note: {
      nl: 'Het aandeel van driekwart hoort bij de samenwerking met het mbo; bij hbo en wo geeft de bron geen aandeel.',
      en: 'The share of three quarters belongs to collaboration with mbo; for hbo and wo the source gives no share.',
    },
  },
  {
    id: 'ontwikkelingsmogelijkheden',
    beneficiary: 'leerlingen',
    label: { nl: 'Meer ruimte voor ontwikkeling', en: 'More room to develop' },
    description: {
      nl: 'Leerlingen komen verder dan de school: ze maken kennis met de samenleving eromheen en ontdekken talenten in sport, kunst of muziek die in de les niet aan bod komen. Excellente leerlingen krijgen bij hbo of universiteit iets wat de school zelf niet kan bieden.',
      en: 'Pupils get beyond the school: they meet the wider society around it and discover talents in sport, art or music that lessons do not reach. Excellent pupils get something at an hbo or university that the school itself cannot offer.',
    },
    mentions: [
      { theme: 'welzijn-cultuur-sport', frequency: null },
      { theme: 'vervolgonderwijs', frequency: null },
    ],
    motives: ['verrijking-onderwijs', 'belang-van-de-leerling'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Belangrijkste plus- en knelpunten', lines: 'L350-L351' },
      {
        source: 'regioplan-vo-2015',
        section: 'Welzijn, cultuur en sport – Belangrijkste pluspunten',
        lines: 'L1211-L1215',
      },
      {
        source: 'regioplan-vo-2015',
        section: 'Hbo-instellingen/universiteiten (wo) – Belangrijkste pluspunten',
        lines: 'L778-L779',
      },
    ],
  },
  {
    id: 'soepele-overstap-po-vo',
    beneficiary: 'leerlingen',
    label: { nl: 'Een soepele overstap van po naar vo', en: 'A smooth move from primary to secondary' },
    description: {
      nl: 'Basisschool en vo richten de doorstroom samen in: leerlingen raken alvast gewend aan het vo en komen zorgvuldig terecht op een school die bij hen past. Volgens respondenten wint daarmee zowel de leerling als de kwaliteit van het onderwijs.',
      en: 'Primary and secondary schools organise the transfer together: pupils get used to secondary school in advance and are carefully placed at a school that suits them. According to respondents both the pupil and the quality of teaching gain from this.',
    },
    mentions: [
      {
        theme: 'toeleverend-onderwijs',
        frequency: { nl: 'ruim de helft van de respondenten', en: 'more than half of the respondents' },
      },
    ],
    motives: ['belang-van-de-leerling'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Toeleverend onderwijs – Belangrijkste pluspunten', lines: 'L691-L697' },
    ],
  },
  {
    id: 'passende-plek',
    beneficiary: 'leerlingen',
    label: { nl: 'Een goede plek voor elke leerling', en: 'A good place for every pupil' },
    description: {
      nl: 'Scholen zoeken samen naar de beste plek in de regio voor een leerling, zodat niemand tussen twee scholen in blijft hangen. Respondenten noemen hier in het bijzonder de samenwerking tussen vo en vso.',
      en: 'Schools look together for the best place in the region for a pupil, so that nobody is left stuck between two schools. Respondents mention collaboration between vo and vso in particular.',
    },
    mentions: [
      {
        theme: 'passend-onderwijs',
        frequency: { nl: 'een van de vier meest genoemde pluspunten', en: 'one of the four most named benefits' },
      },
    ],
    motives: ['dekkend-aanbod', 'invoering-passend-onderwijs', 'belang-van-de-leerling'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Passend onderwijs – Belangrijkste pluspunten', lines: 'L601-L606' },
    ],
  },
  {
    id: 'zorgstructuur',
    beneficiary: 'leerlingen',
    label: { nl: 'Een gezamenlijke zorgstructuur', en: 'A shared care structure' },
    description: {
      nl: 'De partners in passend onderwijs hebben samen een structuur voor leerlingenzorg opgezet, waarin deskundigen uit verschillende vakgebieden samen naar de problemen van een kind kijken.',
      en: 'The partners in passend onderwijs have jointly set up a structure for pupil care in which experts from different fields look at a child’s problems together.',
    },
    mentions: [
      {
        theme: 'passend-onderwijs',
        frequency: { nl: 'een van de vier meest genoemde pluspunten', en: 'one of the four most named benefits' },
      },
    ],
    motives: ['invoering-passend-onderwijs', 'belang-van-de-leerling'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Passend onderwijs – Belangrijkste pluspunten', lines: 'L602-L603' },
      { source: 'regioplan-vo-2015', section: 'Passend onderwijs – Belangrijkste pluspunten', lines: 'L606-L607' },
    ],
  },
  {
    id: 'gezamenlijke-verantwoordelijkheid',
    beneficiary: 'samenwerking',
    label: { nl: 'Gedeelde verantwoordelijkheid', en: 'Shared responsibility' },
    description: {
      nl: 'Een taak die besturen alleen samen kunnen dragen dwingt hen de concurrentie te laten rusten. Dat brengt hen dichter bij elkaar en kan de scheiding tussen groepen leerlingen verkleinen; een gedeelde visie is daarbij het richtsnoer.',
      en: 'A task that boards can only carry together makes them set competition aside. That brings them closer and can reduce the separation between groups of pupils; a shared vision is the guide.',
    },
    mentions: [
      {
        theme: 'passend-onderwijs',
        frequency: { nl: 'een van de vier meest genoemde pluspunten', en: 'one of the four most named benefits' },
      },
    ],
    motives: ['maatschappelijke-opgave', 'invoering-passend-onderwijs'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Passend onderwijs – Belangrijkste pluspunten', lines: 'L602-L603' },
      { source: 'regioplan-vo-2015', section: 'Passend onderwijs – Belangrijkste pluspunten', lines: 'L615-L622' },
    ],
  },
  {
    id: 'professionalisering-personeel',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'Professionalisering van leraren', en: 'Professional development of teachers' },
    description: {
      nl: 'Leraren groeien in hun vak doordat collega’s van andere scholen meekijken en feedback geven, doordat ze kennis van pro en vso opdoen, of doordat ze aan onderzoek meedoen. Bij onderzoek noemen respondenten ook meer eigenaarschap en enthousiasme.',
      en: 'Teachers grow in their profession because colleagues from other schools observe them and give feedback, because they gain knowledge from pro and vso, or because they take part in research. For research, respondents also mention more ownership and enthusiasm.',
    },
    mentions: [
      { theme: 'regionaal-aanbod', frequency: null },
      { theme: 'passend-onderwijs', frequency: { nl: 'meerdere respondenten', en: 'several respondents' } },
      { theme: 'vervolgonderwijs', frequency: { nl: 'een aantal keren', en: 'several times' } },
      { theme: 'lerarenopleidingen', frequency: null },
      {
        theme: 'wetenschap-onderzoek',
        frequency: { nl: 'een derde tot de helft', en: 'a third to half' },
      },
    ],
    motives: ['kwaliteitsverbetering'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Belangrijkste plus- en knelpunten', lines: 'L352-L353' },
      {
        source: 'regioplan-vo-2015',
        section: '4 Instandhouding regionaal onderwijsaanbod – Belangrijkste pluspunten',
        lines: 'L454-L457',
      },
      { source: 'regioplan-vo-2015', section: 'Passend onderwijs – Belangrijkste pluspunten', lines: 'L622-L625' },
      {
        source: 'regioplan-vo-2015',
        section: 'Hbo-instellingen/universiteiten (wo) – Belangrijkste pluspunten',
        lines: 'L779-L780',
      },
      { source: 'regioplan-vo-2015', section: 'Lerarenopleidingen – Belangrijkste pluspunten', lines: 'L870-L870' },
      {
        source: 'regioplan-vo-2015',
        section: 'Wetenschaps- en onderzoeksinstituten – Belangrijkste pluspunten',
        lines: 'L1110-L1113',
      },
    ],
  },
  {
    id: 'onderwijskwaliteit',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'Beter onderwijs', en: 'Better teaching' },
    description: {
      nl: 'Respondenten zien de kwaliteit van het onderwijs of het onderwijsproces erop vooruitgaan, door kennisdeling tussen besturen, een betere overstap van po naar vo, het opleiden van nieuwe leraren in de school en praktijkgericht onderzoek.',
      en: 'Respondents see the quality of teaching or of the teaching process improve, through knowledge sharing between boards, a better move from primary to secondary, training new teachers in the school and practice-based research.',
    },
    mentions: [
      { theme: 'regionaal-aanbod', frequency: null },
      { theme: 'toeleverend-onderwijs', frequency: { nl: 'vaak', en: 'often' } },
      { theme: 'lerarenopleidingen', frequency: null },
      {
        theme: 'wetenschap-onderzoek',
        frequency: { nl: 'een derde tot de helft', en: 'a third to half' },
      },
    ],
    motives: ['kwaliteitsverbetering'],
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: '4 Instandhouding regionaal onderwijsaanbod – Belangrijkste pluspunten',
        lines: 'L454-L457',
      },
      { source: 'regioplan-vo-2015', section: 'Toeleverend onderwijs – Belangrijkste pluspunten', lines: 'L695-L697' },
      { source: 'regioplan-vo-2015', section: 'Lerarenopleidingen – Belangrijkste pluspunten', lines: 'L872-L876' },
      {
        source: 'regioplan-vo-2015',
        section: 'Wetenschaps- en onderzoeksinstituten – Belangrijkste pluspunten',
        lines: 'L1110-L1113',
      },
    ],
  },
  {
    id: 'lerende-organisatie',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'De school als lerende organisatie', en: 'The school as a learning organisation' },
    description: {
      nl: 'De school als geheel ontwikkelt zich: studenten van de lerarenopleiding doen er onderzoek, de school blijft op de hoogte van nieuwe inzichten, en een onderzoekende houding krijgt een plek in het team.',
      en: 'The school as a whole develops: student teachers do research there, the school keeps up with new insights, and an inquiring attitude finds a place in the team.',
    },
    mentions: [
      { theme: 'lerarenopleidingen', frequency: null },
      {
        theme: 'wetenschap-onderzoek',
        frequency: { nl: 'een derde tot de helft', en: 'a third to half' },
      },
    ],
    motives: ['kwaliteitsverbetering'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Lerarenopleidingen – Belangrijkste pluspunten', lines: 'L872-L879' },
      {
        source: 'regioplan-vo-2015',
        section: 'Wetenschaps- en onderzoeksinstituten – Belangrijkste pluspunten',
        lines: 'L1110-L1115',
      },
    ],
    note: {
      nl: 'Het aandeel van een derde tot de helft hoort bij de professionalisering van de schoolorganisatie; de wetenschappelijke houding noemt de bron zonder aandeel.',
      en: 'The share of a third to half belongs to the professional development of the school organisation; the source names the scientific attitude without a share.',
    },
  },
  {
    id: 'behoud-aanbod',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'Behoud van leerlingen en aanbod', en: 'Keeping pupils and provision' },
    description: {
      nl: 'Samenwerking helpt een school haar instroom en haar onderwijsaanbod op peil te houden, zodat het aanbod in de regio ook financieel overeind blijft.',
      en: 'Collaboration helps a school keep up its intake and its range of provision, so that the offer in the region also stays financially viable.',
    },
    mentions: [{ theme: 'regionaal-aanbod', frequency: null }],
    motives: ['krimp', 'dekkend-aanbod', 'bundeling-van-krachten'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Belangrijkste plus- en knelpunten', lines: 'L352-L353' },
      {
        source: 'regioplan-vo-2015',
        section: '4 Instandhouding regionaal onderwijsaanbod – Belangrijkste pluspunten',
        lines: 'L451-L452',
      },
    ],
  },
  {
    id: 'efficientie',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'Efficiëntie', en: 'Efficiency' },
    description: {
      nl: 'Samenwerking maakt de organisatie efficiënter, en wie hergebruikt wat een andere school al heeft uitgezocht, bespaart tijd en geld.',
      en: 'Collaboration makes the organisation more efficient, and reusing what another school has already worked out saves time and money.',
    },
    mentions: [
      { theme: 'regionaal-aanbod', frequency: null },
      { theme: 'professionalisering-leraren', frequency: null },
    ],
    motives: ['financiele-motieven', 'bundeling-van-krachten'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Belangrijkste plus- en knelpunten', lines: 'L352-L353' },
      {
        source: 'regioplan-vo-2015',
        section: '4 Instandhouding regionaal onderwijsaanbod – Belangrijkste pluspunten',
        lines: 'L451-L452',
      },
      {
        source: 'regioplan-vo-2015',
        section: 'Professionalisering van leraren – Belangrijkste pluspunten',
        lines: 'L972-L974',
      },
    ],
  },
  {
    id: 'werving-leraren',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'Makkelijker leraren werven', en: 'Easier recruitment of teachers' },
    description: {
      nl: 'Via de lerarenopleiding komen er steeds nieuwe, jonge leraren met een frisse blik de school binnen, wat werving en selectie vergemakkelijkt en ook de leraren die er al werken goed doet.',
      en: 'Through teacher training a steady flow of new, young teachers with a fresh view comes into the school, which makes recruitment and selection easier and also does the teachers already there good.',
    },
    mentions: [{ theme: 'lerarenopleidingen', frequency: null }],
    motives: ['personeelstekort'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Lerarenopleidingen – Belangrijkste pluspunten', lines: 'L867-L870' },
    ],
  },
  {
    id: 'invloed-lerarenopleiding',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'Invloed op de lerarenopleiding', en: 'Influence on teacher training' },
    description: {
      nl: 'Scholen praten mee over het programma van de lerarenopleiding en vertellen de opleiding wat er in de praktijk speelt; andersom houdt de opleiding de school op de hoogte van onderzoek.',
      en: 'Schools have a say in the teacher-training programme and tell the institute what is happening in practice; in return the institute keeps the school informed of research.',
    },
    mentions: [{ theme: 'lerarenopleidingen', frequency: null }],
    motives: ['kwaliteitsverbetering'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Lerarenopleidingen – Belangrijkste pluspunten', lines: 'L870-L871' },
      { source: 'regioplan-vo-2015', section: 'Lerarenopleidingen – Belangrijkste pluspunten', lines: 'L876-L879' },
    ],
  },
  {
    id: 'deskundigheid-en-voorzieningen',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'Deskundigheid en middelen van buiten', en: 'Outside expertise and resources' },
    description: {
      nl: 'De school kan putten uit kennis en soms ook ruimtes of apparatuur die ze zelf niet heeft: een toneelles in het plaatselijke theater, dure machines bij een bedrijf, of leren op de werkplek zodat er geen praktijklokaal gebouwd hoeft te worden.',
      en: 'The school can draw on knowledge and sometimes on rooms or equipment it does not have itself: a drama lesson in the local theatre, expensive machines at a company, or learning at the workplace so that no practical classroom needs to be built.',
    },
    mentions: [
      { theme: 'welzijn-cultuur-sport', frequency: { nl: 'veel respondenten', en: 'many respondents' } },
      {
        theme: 'bedrijfsleven',
        frequency: { nl: 'een kleiner aantal respondenten', en: 'a smaller number of respondents' },
      },
    ],
    motives: ['verrijking-onderwijs'],
    sources: [
      {
        source: 'regioplan-vo-2015',
        section: 'Welzijn, cultuur en sport – Belangrijkste pluspunten',
        lines: 'L1215-L1218',
      },
      { source: 'regioplan-vo-2015', section: 'Bedrijfsleven – Belangrijkste pluspunten', lines: 'L1030-L1034' },
    ],
  },
  {
    id: 'aansluiting-beroepspraktijk',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'Aansluiting bij de beroepspraktijk', en: 'Keeping in touch with working practice' },
    description: {
      nl: 'Leraren blijven op de hoogte van wat er in het beroep verandert, en in een deel van de gevallen sluit het lesprogramma daardoor beter aan op de praktijk.',
      en: 'Teachers keep up with what is changing in the occupation, and in some cases the curriculum therefore fits working practice better.',
    },
    mentions: [{ theme: 'bedrijfsleven', frequency: null }],
    motives: ['verrijking-onderwijs', 'kwaliteitsverbetering'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Bedrijfsleven – Belangrijkste pluspunten', lines: 'L1029-L1035' },
    ],
  },
  {
    id: 'spreekbuis-naar-gemeente',
    beneficiary: 'samenwerking',
    label: { nl: 'Samen een stem richting de gemeente', en: 'One voice towards the municipality' },
    description: {
      nl: 'Basisscholen en vo-scholen die samenwerken kunnen tegenover de gemeente met één mond spreken.',
      en: 'Primary and secondary schools that collaborate can speak to the municipality with one voice.',
    },
    mentions: [{ theme: 'toeleverend-onderwijs', frequency: { nl: 'een aantal keren', en: 'several times' } }],
    motives: ['bundeling-van-krachten'],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Toeleverend onderwijs – Belangrijkste pluspunten', lines: 'L699-L701' },
    ],
  },
  {
    id: 'pr-positie',
    beneficiary: 'schoolorganisatie',
    label: { nl: 'Een sterkere naam van de school', en: 'A stronger public profile for the school' },
    description: {
      nl: 'Via contacten met bedrijven en ondernemers werkt de school ook aan haar naam en bekendheid.',
      en: 'Through contacts with businesses and entrepreneurs the school also works on its name and visibility.',
    },
    mentions: [{ theme: 'bedrijfsleven', frequency: { nl: 'enkele respondenten', en: 'a few respondents' } }],
    motives: [],
    sources: [
      { source: 'regioplan-vo-2015', section: 'Bedrijfsleven – Belangrijkste pluspunten', lines: 'L1035-L1037' },
    ],
  },
];
