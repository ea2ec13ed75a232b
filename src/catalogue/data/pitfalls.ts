import type { Pitfall } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type PitfallId, pitfallIds } from '../ids/pitfalls.js';

/**
 * Every pitfall (valkuil), in the order of {@link pitfallIds}.
 *
 * @category Catalogue
 */
export const pitfalls: readonly Pitfall[] = [
  {
    id: 'sleutelspelers-niet-betrokken',
    factor: 'belanghebbenden',
    signal: 'belanghebbenden.tijdig-betrokken',
    label: { nl: 'Sleutelspelers niet betrokken', en: 'Key players left out' },
    description: {
      nl: 'Om vaart te maken zetten een of enkele partijen de eerste stappen op eigen houtje. Wie buiten bleef, voelt zich niet gehoord, en dat kost later alsnog tijd: het proces loopt vertraging op.',
      en: 'To gain speed, one or a few parties take the first steps on their own. Those who were left out do not feel heard, and that costs time later after all: the process is delayed.',
    },
    advice: {
      nl: 'Breng aan het begin alle partijen met een rol in kaart en spreek per partij af hoe en wanneer zij meepraat. Toets elk belangrijk besluit vooraf aan dat overzicht. Is een partij toch te laat aangehaakt, geef haar dan alsnog de ruimte om bezwaren en voorstellen in te brengen voordat het plan verdergaat: in Hengelo ontstond pas draagvlak toen alle partijen hun voors en tegens hadden kunnen uitspreken.',
      en: 'At the start, list every party with a role and agree with each how and when it has its say. Check every important decision against that list beforehand. If a party joined too late after all, still give it room to raise objections and proposals before the plan moves on: in Hengelo, support only grew once every party had been able to voice its arguments for and against.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2865-L2877' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Hengelo: Met sprongen vooruit', lines: 'L830-L856' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Hengelo: Met sprongen vooruit', lines: 'L1069-L1079' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L604-L616' },
    ],
  },
  {
    id: 'gemeenteraad-over-het-hoofd',
    factor: 'belanghebbenden',
    signal: 'belanghebbenden.gemeenteraad',
    label: { nl: 'Gemeenteraad over het hoofd gezien', en: 'Council overlooked' },
    description: {
      nl: 'Berenschots gesprekspartners noemen raadsleden als een van de twee groepen sleutelspelers die nogal eens vergeten worden. Wie hen niet betrekt en niet op de hoogte houdt, mist later het draagvlak voor nieuw beleid en de bereidheid om er geld voor uit te trekken.',
      en: 'Berenschot’s interviewees name council members as one of the two groups of key players that tend to be forgotten. Whoever fails to involve them and keep them informed later lacks support for new policy and the willingness to commit money to it.',
    },
    advice: {
      nl: 'Informeer de raad al in de verkenningsfase, bijvoorbeeld met een informatiebijeenkomst of raadsinformatiebrief, en houd hem bij elke mijlpaal op de hoogte. Leg uit welke inhoudelijke keuzes een plan bevat en wat het kost, zeker als het meer is dan een technisch stuk. Laat de schoolbesturen zichtbaar achter het plan staan, en neem na verkiezingen een nieuwe raad opnieuw mee.',
      en: 'Inform the council as early as the exploratory phase, for example with a briefing session or an information letter, and keep it up to date at every milestone. Explain which substantive choices a plan contains and what it costs, especially when it is more than a technical document. Let the school boards visibly back the plan, and after elections bring the new council on board again.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2875-L2883' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden: Werelden bij elkaar', lines: 'L1253-L1275' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2212-L2226' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden: Werelden bij elkaar', lines: 'L1281-L1286' },
    ],
    note: {
      nl: 'Geen van de portretten beschrijft een raad die te laat werd ingelicht. Wel laten ze zien dat de steun van de raad niet vanzelf komt: in Leiden wilden raadsfracties het geld van het innovatiefonds liever gericht besteden en er eisen aan stellen, in Veenendaal was een huisvestingsplan voor veertig jaar voor de raad moeilijk te overzien en kwam de goedkeuring er doordat alle besturen achter het plan stonden, en in Leiden moet een nieuwe raad het huisvestingsplan na de verkiezingen nog vaststellen. Die voorbeelden staan daarom bij het advies, niet bij de beschrijving.',
      en: 'None of the portraits describes a council that was informed too late. They do show that the council’s support does not come by itself: in Leiden council groups preferred to target the innovation fund’s money and attach conditions to it, in Veenendaal a forty-year housing plan was hard for the council to oversee and was approved because all boards backed it, and in Leiden a new council still has to adopt the housing plan after the elections. Those examples therefore belong with the advice, not the description.',
    },
  },
  {
    id: 'schooldirecteuren-over-het-hoofd',
    factor: 'belanghebbenden',
    signal: 'belanghebbenden.schooldirecteuren',
    label: { nl: 'Schooldirecteuren over het hoofd gezien', en: 'School leaders overlooked' },
    description: {
      nl: 'Bestuurders maken afspraken met elkaar en met de gemeente, maar de directeuren die ze op hun locatie moeten waarmaken, waren er niet bij. Zij zien andere kansen en risico’s, en de afspraken blijken op de werkvloer lastig uit te voeren, zoals bij de vorming van kindcentra in Veenendaal.',
      en: 'Board members make agreements with each other and the municipality, but the school leaders who must deliver them on site were not involved. They see other opportunities and risks, and the agreements prove hard to carry out in the schools, as happened with forming child centres in Veenendaal.',
    },
    advice: {
      nl: 'Betrek directeuren al bij het uitwerken van plannen, bijvoorbeeld in een directeurenoverleg waar ook de gemeente aanschuift en punten kan agenderen. Geef hen tijd en ruimte voor maatwerk per locatie; in Eindhoven betaalt de gemeente de uren die directeuren als coördinator besteden. Zet zo nodig een aanjager in die de samenwerking op locatie op gang helpt, zoals de gemeente Veenendaal subsidieerde.',
      en: 'Involve school leaders as soon as plans are worked out, for example in a school leaders’ meeting that the municipality also attends and can add items to. Give them time and room for solutions tailored to each site; in Eindhoven the municipality pays for the hours school leaders spend as coordinators. Where needed, bring in a facilitator who gets the collaboration going on site, as the municipality of Veenendaal funded.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2885-L2893' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2262-L2276' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2389-L2401' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L265-L283' },
    ],
  },
  {
    id: 'poolse-landdag',
    factor: 'belanghebbenden',
    signal: 'belanghebbenden.slagvaardig',
    label: { nl: 'Poolse landdag', en: 'Poolse landdag (endless assembly)' },
    description: {
      nl: 'Een Poolse landdag is een vergadering waar iedereen aanschuift en meepraat, maar die veel tijd vraagt en zelden tot een besluit komt; de uitdrukking verwijst naar de vroegere Poolse rijksdag, waar één tegenstem alles kon blokkeren. Het gevaar ontstaat als het streven om alle belanghebbenden te betrekken doorschiet en elke organisatie een eigen stoel aan tafel wil.',
      en: 'A Poolse landdag (literally ‘Polish diet’) is the Dutch name for a meeting where everyone joins in and talks but that takes a lot of time and rarely reaches a decision; the phrase recalls the old Polish parliament, where a single objection could block everything. The danger arises when the effort to involve every stakeholder overshoots and each organisation wants its own seat at the table.',
    },
    advice: {
      nl: 'Spreek af dat groepen vergelijkbare organisaties zich laten vertegenwoordigen, met een helder mandaat en de plicht om terug te koppelen; in Hengelo spraken drie kinderopvangorganisaties in de stuurgroep namens de andere dertien. Houd het overleg waarin besloten wordt klein, en organiseer daarnaast bredere bijeenkomsten om te informeren en ideeën op te halen. Laat een kleine commissie van vertegenwoordigers de agenda voorbereiden, zoals in Veenendaal.',
      en: 'Agree that groups of similar organisations are represented, with a clear mandate and a duty to report back; in Hengelo three childcare organisations spoke for the other thirteen in the steering group. Keep the meeting where decisions are made small, and hold wider gatherings alongside it to inform people and collect ideas. Let a small committee of representatives prepare the agenda, as in Veenendaal.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2851-L2863' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Hengelo: Met sprongen vooruit', lines: 'L898-L912' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2379-L2387' },
    ],
    note: {
      nl: 'De bron gebruikt de term zonder uitleg; de verwijzing naar de Poolse rijksdag is onze toelichting. Het Hengelose en Veenendaalse voorbeeld laten de remedie (vertegenwoordiging) zien, niet de valkuil zelf: geen van de portretten beschrijft een Poolse landdag.',
      en: 'The source uses the term without explaining it; the reference to the Polish parliament is our gloss. The Hengelo and Veenendaal examples show the remedy (representation), not the pitfall itself: none of the portraits describes such an assembly.',
    },
  },
  {
    id: 'ambitie-te-algemeen',
    factor: 'ambitie',
    signal: 'ambitie.concreet',
    label: { nl: 'Ambitie te algemeen', en: 'Ambition too general' },
    description: {
      nl: 'De ambitie blijft zo algemeen dat iedereen er meteen mee kan instemmen. Pas in de uitwerking blijkt dat partners er iets anders onder verstaan; dat leidt tot discussie, frustratie of stilstand.',
      en: 'The ambition stays so general that everyone can agree with it at once. Only when it is worked out does it appear that partners mean different things by it; that leads to argument, frustration or standstill.',
    },
    advice: {
      nl: 'Maak de ambitie toetsbaar: beschrijf wat er over een paar jaar anders moet zijn, voor welke kinderen of scholen, en waaraan je dat merkt. Hengelo nam als gezamenlijke opdracht dat het aandeel kinderen in het speciaal onderwijs omlaag moest, en kon later vaststellen dat dit gelukt was. Leg ook een paar uitgangspunten vast om op terug te vallen, en beperk de agenda tot enkele prioriteiten.',
      en: 'Make the ambition testable: describe what must be different in a few years, for which children or schools, and how you will notice it. Hengelo took as its joint task to reduce the share of children in special education, and could later establish that it had succeeded. Also record a few principles to fall back on, and limit the agenda to a handful of priorities.',
    },
    sources: [
      {
        source: 'berenschot-gemeente-onderwijs',
        section: '2. Formuleer een gezamenlijke ambitie',
        lines: 'L2919-L2927',
      },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2238-L2252' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2351-L2369' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Hengelo: Met sprongen vooruit', lines: 'L1045-L1055' },
    ],
    note: {
      nl: 'In Veenendaal raakten de partners van een kindcentrum waar de inhoudelijke verbinding ontbrak in aanhoudende discussie over ruimtes. De bron wijt dat aan een ontbrekende gezamenlijke visie, niet aan een te algemene ambitie, en daarom staat het voorbeeld niet in de beschrijving; Veenendaal maakte een gezamenlijke visie daarna tot voorwaarde voor een kindcentrum. Het Veenendaalse voorbeeld bij het advies gaat over een agenda met te veel thema’s.',
      en: 'In Veenendaal the partners in a child centre that lacked a shared educational basis kept arguing about rooms. The source attributes this to a missing shared vision, not to an ambition that was too general, so the example is not in the description; Veenendaal then made a shared vision a condition for any child centre. The Veenendaal example behind the advice is about an agenda with too many themes.',
    },
  },
  {
    id: 'bijdragen-niet-benoemd',
    factor: 'ambitie',
    signal: 'ambitie.bijdragen',
    label: { nl: 'Bijdragen niet benoemd', en: 'Contributions not named' },
    description: {
      nl: 'De partners spreken een ambitie af zonder te zeggen wie wat inbrengt. Wanneer er later om geld, mensen of ruimte wordt gevraagd, komt dat als een verrassing en ontstaat er alsnog discussie over wie betaalt.',
      en: 'The partners agree on an ambition without saying who brings in what. When money, staff or space is asked for later, it comes as a surprise and an argument about who pays starts after all.',
    },
    advice: {
      nl: 'Leg al in de ambitiefase globaal vast wat elke partij bijdraagt, per soort: geld, personeel, faciliteiten of iets anders. Maak vooraf duidelijk hoe de geldstromen lopen en waarvoor je de gemeente nodig hebt. In Haarlemmermeer staat in het huisvestingsplan wie wat betaalt: de gemeente legt geld bij bovenop het budget uit het Gemeentefonds, de besturen investeren uit hun onderhoudsgeld.',
      en: 'Already in the ambition phase, set out in broad terms what each party contributes, by kind: money, staff, facilities or something else. Make clear beforehand how the money flows run and what you need the municipality for. In Haarlemmermeer the housing plan states who pays for what: the municipality adds money on top of the budget from the Gemeentefonds, and the boards invest from their maintenance funds.',
    },
    sources: [
      {
        source: 'berenschot-gemeente-onderwijs',
        section: '2. Formuleer een gezamenlijke ambitie',
        lines: 'L2927-L2935',
      },
      { source: 'berenschot-gemeente-onderwijs', section: 'Haarlemmermeer: Elkaar iets gunnen', lines: 'L556-L566' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2539-L2545' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2725-L2741' },
    ],
  },
  {
    id: 'eigen-belang-domineert',
    factor: 'belangen',
    signal: 'belangen.gezamenlijk-boven-eigen',
    label: { nl: 'Eigen belang domineert', en: 'Own interest dominates' },
    description: {
      nl: 'Een of meer partners laten hun eigen belang zwaarder tellen dan het gezamenlijke doel, bijvoorbeeld in de strijd om schaarse middelen of leerlingen. Samenwerken wordt dan de vraag wat het de eigen organisatie oplevert, en er komt weinig in beweging, zoals jarenlang in het voortgezet onderwijs in Zeeuws-Vlaanderen.',
      en: 'One or more partners let their own interest count for more than the common goal, for instance in the contest for scarce money or pupils. Collaborating then becomes a question of what it yields for one’s own organisation, and little moves, as in secondary education in Zeeuws-Vlaanderen for years.',
    },
    advice: {
      nl: 'Houd het gezamenlijke doel zichtbaar, bij voorkeur geformuleerd vanuit de kinderen of de regio, en toets voorstellen daaraan. Zoek naar oplossingen waarin elk belang iets oplevert, en benoem het als een partner het gezamenlijke belang ondergeschikt maakt. Een open en objectieve verdeling van middelen haalt de strijd uit de verdeling, zoals het rekenmodel in Nijmegen of de criteria die de scholen in Veenendaal zelf opstelden.',
      en: 'Keep the common goal in view, preferably framed around the children or the region, and test proposals against it. Look for solutions in which every interest gains something, and say so when a partner puts the common interest second. An open, objective way of allocating resources takes the fight out of the division, like the calculation model in Nijmegen or the criteria the schools in Veenendaal drew up themselves.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '3. Benoem verschillende belangen', lines: 'L2956-L2958' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1955-L1983' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1555-L1565' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1587-L1607' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2180-L2210' },
    ],
  },
  {
    id: 'belangen-onhelder',
    factor: 'belangen',
    signal: 'belangen.eigen-benoemd',
    label: { nl: 'Belangen onhelder', en: 'Interests unclear' },
    description: {
      nl: 'Niet alle partners weten welke belangen de anderen hebben. Dat geeft misverstanden en, erger, argwaan en wantrouwen, die de samenwerking nog lang kunnen belasten: vertrouwen bouw je langzaam op en verlies je snel.',
      en: 'Not every partner knows what interests the others have. That causes misunderstandings and, worse, suspicion and distrust that can weigh on the collaboration for a long time: trust is slow to build and quick to lose.',
    },
    advice: {
      nl: 'Organiseer aan het begin een sessie waarin elke partner zijn belangen uitspreekt, en leg die vast in een gedeeld document. Wees open over je eigen belang, ook als het financieel is, en vraag door bij de anderen. Herhaal dit wanneer er nieuwe partners of bestuurders bijkomen. In Venlo kwamen stroeve gesprekken over huisvesting pas op gang nadat beide kanten elkaars belangen hadden leren begrijpen en uitgesproken.',
      en: 'At the start, hold a session in which each partner states its interests, and record them in a shared document. Be open about your own interest, even when it is financial, and ask the others to explain theirs. Repeat this when new partners or board members join. In Venlo, difficult talks about school buildings only got going once both sides had come to understand and voice each other’s interests.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '3. Benoem verschillende belangen', lines: 'L2946-L2954' },
      { source: 'berenschot-gemeente-onderwijs', section: '3. Benoem verschillende belangen', lines: 'L2960-L2968' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2689-L2700' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2766-L2792' },
    ],
  },
  {
    id: 'geen-klik',
    factor: 'relatie',
    signal: 'relatie.klik',
    label: { nl: 'Geen klik', en: 'No personal rapport' },
    description: {
      nl: 'Hoe goed de afspraken ook zijn, de samenwerking loopt stroever als de mensen die haar dragen niet met elkaar overweg kunnen. Een zakelijke werkrelatie is altijd op te bouwen, een persoonlijke klik niet: die valt niet te organiseren of af te dwingen.',
      en: 'However good the agreements are, the collaboration runs less smoothly when the people who carry it do not get on. A businesslike working relationship can always be built, personal rapport cannot: it cannot be organised or forced.',
    },
    advice: {
      nl: 'Let bij het kiezen van trekkers, projectleiders en vertegenwoordigers ook op de vraag of ze met hun tegenhangers overweg kunnen. Werkt een combinatie niet, overweeg dan iemand anders namens de organisatie te laten optreden. Laat de samenwerking niet aan twee personen hangen: contacten op meerdere niveaus maken haar minder kwetsbaar.',
      en: 'When choosing leads, project managers and representatives, also consider whether they get on with their counterparts. If a pairing does not work, consider letting someone else act for the organisation. Do not let the collaboration hinge on two people: contacts at several levels make it less fragile.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '4. Investeer in de relatie', lines: 'L2988-L3000' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2286-L2296' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2491-L2497' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Leiden: Werelden bij elkaar', lines: 'L1478-L1482' },
    ],
  },
  {
    id: 'wisseling-sleutelspelers',
    factor: 'relatie',
    signal: 'relatie.continuiteit',
    label: { nl: 'Wisseling van sleutelspelers', en: 'Turnover of key players' },
    description: {
      nl: 'Een wethouder, bestuurder of directeur die de samenwerking mede droeg, vertrekt. Met de opvolger moeten relatie en vertrouwen opnieuw worden opgebouwd, en dat vertraagt. In Veenendaal wisselden na de goedkeuring van het huisvestingsplan meerdere bestuurders van baan; in Terneuzen gelden de gemeenteraadsverkiezingen als risico.',
      en: 'An alderman, board member or school leader who helped carry the collaboration leaves. Relationship and trust have to be rebuilt with the successor, which causes delay. In Veenendaal several board members changed jobs after the housing plan was approved; in Terneuzen the municipal elections are seen as a risk.',
    },
    advice: {
      nl: 'Leg ambitie, afspraken en de voorgeschiedenis van de samenwerking vast, zodat ze niet alleen in hoofden zitten. Betrek per organisatie meer dan één persoon. Plan bij een wisseling een kennismaking en werk de opvolger bewust in, en werk met nieuwe bestuurders opnieuw aan het gezamenlijke doel. Houd bij de planning rekening met verkiezingen en andere voorspelbare wisselmomenten.',
      en: 'Record the ambition, the agreements and the history of the collaboration, so they do not live only in people’s heads. Involve more than one person per organisation. When someone changes, plan an introduction and deliberately bring the successor up to speed, and work on the common goal again with new board members. Allow for elections and other foreseeable changeovers in the planning.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '4. Investeer in de relatie', lines: 'L3000-L3006' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L387-L402' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2296-L2304' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L2098-L2106' },
    ],
  },
  {
    id: 'te-snel-aan-de-slag',
    factor: 'organisatie',
    signal: 'organisatie.planmatig',
    label: { nl: 'Te snel aan de slag', en: 'Starting too fast' },
    description: {
      nl: 'Gedreven door urgentie of enthousiasme beginnen de partners meteen met de uitvoering, zonder afspraken over structuur, rollen en middelen. Tijd en geld gaan verloren, resultaten laten op zich wachten en daardoor neemt de inzet van partijen af.',
      en: 'Driven by urgency or enthusiasm, the partners start the work straight away, without agreements on structure, roles and resources. Time and money are wasted, results are slow to come and the parties’ commitment wanes as a result.',
    },
    advice: {
      nl: 'Neem, ook onder tijdsdruk, de tijd om vooraf vast te leggen wie wat doet, met welke middelen en volgens welke planning. Begin zo nodig met een verkenning of haalbaarheidsonderzoek, zoals in Venlo. Reken erop dat een gezamenlijke visie vormen langer duurt dan verwacht, en plan die tijd in. Nijmegen nam voor de doordecentralisatie van de huisvesting ruim de tijd en begon met de vraag of men het eens kon worden over de verdeling van het geld.',
      en: 'Even under time pressure, take the time to set out beforehand who does what, with which resources and on what schedule. Where needed, start with an exploration or feasibility study, as in Venlo. Expect forming a shared vision to take longer than planned, and allow for it. For handing over school-building funds to the boards, Nijmegen took ample time and started by asking whether the parties could agree on how to divide the money.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '5. Zorg voor een goede organisatie', lines: 'L3031-L3045' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Nijmegen: Volwassen partnerschap', lines: 'L1575-L1607' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Veenendaal: Visie als fundament', lines: 'L2427-L2437' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Venlo: Passend samenwerken', lines: 'L2567-L2579' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Eindhoven: Samen voor gelijke kansen', lines: 'L430-L440' },
      {
        source: 'berenschot-gemeente-onderwijs',
        section: '2. Formuleer een gezamenlijke ambitie',
        lines: 'L2913-L2917',
      },
    ],
    note: {
      nl: 'Het portret van Eindhoven noemt juist het lef om samen te beginnen voordat alles geregeld is een succesfactor, en erkent dat ingewikkelde zaken als investeringen en huurovereenkomsten pas na jaren goed geregeld werden. Ook zegt de strategie bij factor 2 dat urgentie vaak de ambitie voedt, terwijl deze valkuil urgentie als aanleiding tot overhaast beginnen ziet. De bron weegt deze spanning niet af.',
      en: 'The Eindhoven portrait names precisely the nerve to start together before everything is arranged as a success factor, and admits that complex matters such as investments and leases were only properly arranged years later. The strategy also says under factor 2 that urgency often feeds the ambition, while this pitfall sees urgency as a cause of rushing in. The source does not weigh these tensions.',
    },
  },
  {
    id: 'eerst-in-de-krant',
    factor: 'communicatie',
    signal: 'communicatie.tijdig',
    label: { nl: 'Eerst in de krant', en: 'Read it in the paper first' },
    description: {
      nl: 'Een partner leest pas in de media over een plan of besluit dat hem raakt. Partners zeiden het in de gesprekken letterlijk: ze willen zoiets niet eerst in de krant tegenkomen. Wie zo wordt gepasseerd, verliest vertrouwen in de anderen.',
      en: 'A partner only learns from the media about a plan or decision that affects it. Partners put it in so many words in the interviews: they do not want to come across such news in the paper first. Being bypassed like this erodes trust in the others.',
    },
    advice: {
      nl: 'Spreek af dat geen partner naar buiten treedt of actie onderneemt voordat de andere partners zijn ingelicht, en leg vast wie wie informeert. Stem persberichten en publieke optredens vooraf af en stuur partners een bericht voordat het nieuws openbaar wordt. Gebruik de vaste aanspreekpunten om dit snel te doen.',
      en: 'Agree that no partner goes public or takes action before the other partners have been told, and record who informs whom. Coordinate press releases and public appearances in advance, and send partners a message before the news becomes public. Use the fixed contact points to do this quickly.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '6. Communiceer tijdig en respectvol', lines: 'L3075-L3083' },
      { source: 'berenschot-gemeente-onderwijs', section: 'Terneuzen: Alle hens aan dek', lines: 'L1787-L1811' },
    ],
    note: {
      nl: 'In Terneuzen stapte de gemeente, samen met de werkgeversvoorzitter en een directeur uit een van de schoolbesturen, zelf naar het Journaal toen het ministerie de zaak rustig wilde aanpakken. Daar diende de publiciteit als drukmiddel richting het Rijk en was ze geen verrassing voor die lokale partners; de bron beoordeelt dit niet en noemt het geen valkuil.',
      en: 'In Terneuzen the municipality, the chair of the employers’ organisation and a director of one of the school boards went to the national TV news themselves when the ministry wanted to take things slowly. There, publicity served to put pressure on central government and did not take those local partners by surprise; the source does not judge this and does not call it a pitfall.',
    },
  },
];
