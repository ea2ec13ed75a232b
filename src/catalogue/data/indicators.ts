import type { Indicator } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type IndicatorId, indicatorIds } from '../ids/indicators.js';

/**
 * Every self-assessment indicator, in the order of {@link indicatorIds}.
 *
 * @category Catalogue
 */
export const indicators: readonly Indicator[] = [
  {
    id: 'belanghebbenden.tijdig-betrokken',
    factor: 'belanghebbenden',
    label: { nl: 'Tijdig betrokken', en: 'Involved in good time' },
    description: {
      nl: 'Of iedere partij met een rol in de samenwerking kan meepraten en aan tafel zit voordat belangrijke besluiten worden genomen, in plaats van er achteraf over te horen.',
      en: 'Whether every party with a role in the collaboration has a say and is at the table before important decisions are taken, instead of hearing about them afterwards.',
    },
    question: {
      nl: 'Iedere partij met een rol wordt betrokken voordat belangrijke besluiten vallen.',
      en: 'Every party with a role is involved before important decisions are taken.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2847-L2851' },
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2865-L2873' },
    ],
  },
  {
    id: 'belanghebbenden.vertegenwoordiging',
    factor: 'belanghebbenden',
    label: { nl: 'Vertegenwoordiging met terugkoppeling', en: 'Representation that reports back' },
    description: {
      nl: 'Of er, waar niet elke organisatie zelf kan deelnemen, is afgesproken wie een groep organisaties vertegenwoordigt en met welk mandaat, en of die vertegenwoordiger afstemt met de organisaties waarvoor hij spreekt.',
      en: 'Whether, where not every organisation can take part itself, it has been agreed who represents a group of organisations and with what mandate, and whether that representative consults the organisations it speaks for.',
    },
    question: {
      nl: 'Organisaties die niet zelf aan tafel zitten, worden vertegenwoordigd door iemand die aan hen terugkoppelt.',
      en: 'Organisations that do not sit at the table themselves are represented by someone who reports back to them.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2851-L2863' },
    ],
  },
  {
    id: 'belanghebbenden.gemeenteraad',
    factor: 'belanghebbenden',
    label: { nl: 'Gemeenteraad meegenomen', en: 'Council kept on board' },
    description: {
      nl: 'Of de gemeenteraadsleden tijdens het traject worden meegenomen in de ontwikkelingen, zodat er steun en geld is wanneer de raad over nieuw beleid of een investering moet beslissen.',
      en: 'Whether council members are kept abreast of developments during the process, so that support and money are there when the council has to decide on new policy or an investment.',
    },
    question: {
      nl: 'De gemeenteraadsleden worden gedurende het traject op de hoogte gehouden van de ontwikkelingen.',
      en: 'Council members are kept up to date on developments throughout the process.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2875-L2883' },
    ],
  },
  {
    id: 'belanghebbenden.schooldirecteuren',
    factor: 'belanghebbenden',
    label: { nl: 'Schooldirecteuren vroeg betrokken', en: 'School leaders involved early' },
    description: {
      nl: 'Of de directeuren die afspraken op hun school moeten uitvoeren al meedenken voordat de besturen iets vastleggen, zodat plannen in de praktijk uitvoerbaar blijken.',
      en: 'Whether the school leaders who have to carry out agreements in their schools are consulted before the boards commit to anything, so that plans turn out to be workable in practice.',
    },
    question: {
      nl: 'Schooldirecteuren denken mee voordat er op bestuurlijk niveau afspraken worden gemaakt.',
      en: 'School leaders are consulted before agreements are made at board level.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2885-L2893' },
    ],
  },
  {
    id: 'belanghebbenden.slagvaardig',
    factor: 'belanghebbenden',
    label: { nl: 'Slagvaardig overleg', en: 'Decisive meetings' },
    description: {
      nl: 'Of het overleg werkbaar blijft: iedereen betrekken mag niet uitmonden in eindeloze bijeenkomsten met alle partijen die uren vragen en weinig besluiten opleveren.',
      en: 'Whether meetings stay workable: involving everyone must not turn into endless gatherings of all parties that eat up hours and produce few decisions.',
    },
    question: {
      nl: 'Ons overleg leidt binnen redelijke tijd tot besluiten.',
      en: 'Our meetings lead to decisions within a reasonable time.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '1. Betrek alle belanghebbenden', lines: 'L2851-L2863' },
    ],
  },
  {
    id: 'ambitie.concreet',
    factor: 'ambitie',
    label: { nl: 'Concrete ambitie', en: 'Concrete ambition' },
    description: {
      nl: 'Of de gezamenlijke ambitie zo specifiek is beschreven dat alle partners er hetzelfde onder verstaan, in plaats van een algemene formule waar iedereen mee instemt maar die later tot onenigheid leidt.',
      en: 'Whether the shared ambition is described specifically enough for all partners to read it the same way, rather than a general formula everyone signs up to that later causes disagreement.',
    },
    question: {
      nl: 'Onze gezamenlijke ambitie is zo concreet beschreven dat iedereen er hetzelfde onder verstaat.',
      en: 'Our shared ambition is described so concretely that everyone understands it the same way.',
    },
    sources: [
      {
        source: 'berenschot-gemeente-onderwijs',
        section: '2. Formuleer een gezamenlijke ambitie',
        lines: 'L2897-L2907',
      },
      {
        source: 'berenschot-gemeente-onderwijs',
        section: '2. Formuleer een gezamenlijke ambitie',
        lines: 'L2919-L2927',
      },
    ],
  },
  {
    id: 'ambitie.uitgangspunten',
    factor: 'ambitie',
    label: { nl: 'Vastgelegde uitgangspunten', en: 'Recorded principles' },
    description: {
      nl: 'Of de partners hun gemeenschappelijke uitgangspunten op schrift hebben gezet en die ook als houvast gebruiken wanneer ze het onderweg oneens worden.',
      en: 'Whether the partners have put their common principles in writing and actually use them as a reference point when they disagree along the way.',
    },
    question: {
      nl: 'Bij meningsverschillen vallen we terug op uitgangspunten die we samen hebben vastgelegd.',
      en: 'When we disagree, we fall back on principles we have recorded together.',
    },
    sources: [
      {
        source: 'berenschot-gemeente-onderwijs',
        section: '2. Formuleer een gezamenlijke ambitie',
        lines: 'L2907-L2911',
      },
    ],
  },
  {
    id: 'ambitie.bijdragen',
    factor: 'ambitie',
    label: { nl: 'Bijdragen benoemd', en: 'Contributions named' },
    description: {
      nl: 'Of al bij het formuleren van de ambitie in grote lijnen is vastgelegd wat elke partij inbrengt, zoals geld, mensen of voorzieningen, zodat een latere vraag om een bijdrage niemand overvalt.',
      en: 'Whether it was set out in broad terms, already while formulating the ambition, what each party brings in, such as money, staff or facilities, so that a later request for a contribution takes nobody by surprise.',
    },
    question: {
      nl: 'Van elke partner is bekend wat hij inbrengt aan geld, mensen of voorzieningen.',
      en: 'For every partner it is known what it brings in by way of money, staff or facilities.',
    },
    sources: [
      {
        source: 'berenschot-gemeente-onderwijs',
        section: '2. Formuleer een gezamenlijke ambitie',
        lines: 'L2927-L2935',
      },
    ],
  },
  {
    id: 'ambitie.urgentie',
    factor: 'ambitie',
    label: { nl: 'Gedeelde urgentie', en: 'Shared sense of urgency' },
    description: {
      nl: 'Of de partners het erover eens zijn dat er echt iets moet gebeuren. In de gesprekken bleek zo’n gedeeld urgentiebesef vaak de aanleiding voor een gezamenlijke ambitie.',
      en: 'Whether the partners agree that something really has to happen. In the interviews, such a shared sense of urgency was often what gave rise to a shared ambition.',
    },
    question: {
      nl: 'Alle partners vinden dat er echt iets moet veranderen.',
      en: 'All partners feel that something really has to change.',
    },
    sources: [
      {
        source: 'berenschot-gemeente-onderwijs',
        section: '2. Formuleer een gezamenlijke ambitie',
        lines: 'L2913-L2917',
      },
    ],
  },
  {
    id: 'belangen.eigen-benoemd',
    factor: 'belangen',
    label: { nl: 'Eigen belangen benoemd', en: 'Own interests stated' },
    description: {
      nl: 'Of elke partner op papier heeft gezet welke eigen belangen hij bij de samenwerking heeft, zodat de andere partners ze kennen.',
      en: 'Whether each partner has put in writing which interests of its own it has in the collaboration, so that the other partners know them.',
    },
    question: {
      nl: 'Iedere partner heeft zijn eigen belangen bij de samenwerking op papier gezet.',
      en: 'Every partner has put its own interests in the collaboration in writing.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '3. Benoem verschillende belangen', lines: 'L2938-L2954' },
    ],
  },
  {
    id: 'belangen.erkend',
    factor: 'belangen',
    label: { nl: 'Belangen erkend', en: 'Interests acknowledged' },
    description: {
      nl: 'Of de partners de belangen van de anderen als gerechtvaardigd aanvaarden, ook waar die met hun eigen belangen botsen.',
      en: 'Whether the partners accept the other partners’ interests as legitimate, even where these clash with their own.',
    },
    question: {
      nl: 'Wij aanvaarden de belangen van de andere partners als gerechtvaardigd.',
      en: 'We accept the other partners’ interests as legitimate.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '3. Benoem verschillende belangen', lines: 'L2938-L2942' },
    ],
  },
  {
    id: 'belangen.gedeeld',
    factor: 'belangen',
    label: { nl: 'Gedeelde belangen gevonden', en: 'Shared interests found' },
    description: {
      nl: 'Of de partners, met alle belangen op tafel, hebben uitgezocht wat ze gemeen hebben en welke oplossingen meer dan één partij voordeel opleveren.',
      en: 'Whether the partners, with all interests on the table, have worked out what they have in common and which solutions benefit more than one party.',
    },
    question: {
      nl: 'We hebben samen vastgesteld welke belangen we delen.',
      en: 'We have jointly established which interests we share.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '3. Benoem verschillende belangen', lines: 'L2942-L2944' },
    ],
  },
  {
    id: 'belangen.gezamenlijk-boven-eigen',
    factor: 'belangen',
    label: { nl: 'Gezamenlijk belang voorop', en: 'Common interest first' },
    description: {
      nl: 'Of het gezamenlijke belang overeind blijft wanneer het eigenbelang van een partner onder druk komt, bijvoorbeeld als geld of leerlingen schaars zijn.',
      en: 'Whether the common interest holds when a partner’s own interest comes under pressure, for instance when money or pupils are scarce.',
    },
    question: {
      nl: 'Als het erop aankomt, gaat het gezamenlijke belang voor het eigenbelang van een partner.',
      en: 'When it comes to it, the common interest takes precedence over any partner’s own interest.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '3. Benoem verschillende belangen', lines: 'L2956-L2958' },
    ],
  },
  {
    id: 'relatie.regelmatig-contact',
    factor: 'relatie',
    label: { nl: 'Regelmatig contact', en: 'Regular contact' },
    description: {
      nl: 'Of de partners elkaar geregeld en op vaste momenten spreken, en daardoor weten waar de ander mee bezig is.',
      en: 'Whether the partners meet often and at fixed moments, and so know what the others are working on.',
    },
    question: { nl: 'We spreken elkaar regelmatig, op vaste momenten.', en: 'We meet regularly, at fixed moments.' },
    sources: [{ source: 'berenschot-gemeente-onderwijs', section: '4. Investeer in de relatie', lines: 'L2976-L2986' }],
  },
  {
    id: 'relatie.bilateraal-informeel',
    factor: 'relatie',
    label: { nl: 'Bilateraal contact', en: 'Bilateral contact' },
    description: {
      nl: 'Of partners elkaar naast het overleg in de voltallige groep ook een-op-een spreken, waar ze vrijer kunnen praten. Of dat contact ook informeel is, vraagt deze stelling niet apart.',
      en: 'Whether partners also talk one to one, besides meetings of the full group, where they can speak more freely. Whether that contact is also informal is not asked separately by this statement.',
    },
    question: {
      nl: 'Naast het overleg met de hele groep spreken de partners elkaar ook een-op-een.',
      en: 'Besides meetings of the whole group, the partners also talk to each other one to one.',
    },
    sources: [{ source: 'berenschot-gemeente-onderwijs', section: '4. Investeer in de relatie', lines: 'L2980-L2982' }],
  },
  {
    id: 'relatie.zichtbaarheid',
    factor: 'relatie',
    label: { nl: 'Zichtbare sleutelfiguren', en: 'Visible key figures' },
    description: {
      nl: 'Of bestuurders met een sleutelrol, zoals de wethouder, zichtbaar en aanwezig zijn, bijvoorbeeld door scholen te bezoeken en makkelijk aanspreekbaar te zijn.',
      en: 'Whether office holders with a key role, such as the alderman, are visible and present, for instance by visiting schools and being easy to approach.',
    },
    question: {
      nl: 'Onze sleutelfiguren, zoals de wethouder, zijn zichtbaar en aanwezig.',
      en: 'Our key figures, such as the alderman, are visible and present.',
    },
    sources: [{ source: 'berenschot-gemeente-onderwijs', section: '4. Investeer in de relatie', lines: 'L2982-L2986' }],
  },
  {
    id: 'relatie.klik',
    factor: 'relatie',
    label: { nl: 'Persoonlijke klik', en: 'Personal rapport' },
    description: {
      nl: 'Of de mensen die de samenwerking dragen persoonlijk goed met elkaar overweg kunnen. Zo’n klik is niet af te dwingen, maar kan wel meewegen bij de keuze wie de samenwerking uitvoert.',
      en: 'Whether the people who carry the collaboration get on well personally. Such rapport cannot be forced, but it can be weighed when choosing who carries out the collaboration.',
    },
    question: {
      nl: 'De mensen die de samenwerking dragen, kunnen persoonlijk goed met elkaar overweg.',
      en: 'The people who carry the collaboration get on well with each other personally.',
    },
    sources: [{ source: 'berenschot-gemeente-onderwijs', section: '4. Investeer in de relatie', lines: 'L2988-L3000' }],
  },
  {
    id: 'relatie.continuiteit',
    factor: 'relatie',
    label: { nl: 'Continuïteit van sleutelspelers', en: 'Continuity of key players' },
    description: {
      nl: 'Of een opvolger, als een sleutelspeler vertrekt, bewust wordt meegenomen in de relatie en het gezamenlijke doel, zodat vertrouwen niet helemaal opnieuw hoeft te groeien.',
      en: 'Whether, when a key player leaves, the successor is deliberately brought into the relationship and the common goal, so that trust does not have to grow again from scratch.',
    },
    question: {
      nl: 'Als een sleutelspeler vertrekt, nemen we de opvolger bewust mee in de samenwerking.',
      en: 'When a key player leaves, we deliberately bring the successor into the collaboration.',
    },
    sources: [{ source: 'berenschot-gemeente-onderwijs', section: '4. Investeer in de relatie', lines: 'L3000-L3006' }],
  },
  {
    id: 'organisatie.structuur',
    factor: 'organisatie',
    label: { nl: 'Structuur en werkwijze', en: 'Structure and working methods' },
    description: {
      nl: 'Of is afgesproken hoe de samenwerking is ingericht: welke overleggen er zijn, wie waarover beslist en hoe het werk verloopt.',
      en: 'Whether it has been agreed how the collaboration is set up: which meetings there are, who decides on what and how the work flows.',
    },
    question: {
      nl: 'De structuur en werkwijze van onze samenwerking zijn afgesproken.',
      en: 'The structure and working methods of our collaboration have been agreed.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '5. Zorg voor een goede organisatie', lines: 'L3009-L3019' },
    ],
  },
  {
    id: 'organisatie.middelen',
    factor: 'organisatie',
    label: { nl: 'Middelen geregeld', en: 'Resources arranged' },
    description: {
      nl: 'Of het geld, de mensen en de voorzieningen die nodig zijn om de plannen uit te voeren daadwerkelijk beschikbaar zijn gesteld.',
      en: 'Whether the money, staff and facilities needed to carry out the plans have actually been made available.',
    },
    question: {
      nl: 'De middelen die we nodig hebben (geld, personeel, voorzieningen) zijn beschikbaar.',
      en: 'The resources we need (money, staff, facilities) are available.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '5. Zorg voor een goede organisatie', lines: 'L3015-L3019' },
    ],
  },
  {
    id: 'organisatie.rollen',
    factor: 'organisatie',
    label: { nl: 'Heldere rollen', en: 'Clear roles' },
    description: {
      nl: 'Of voor iedereen duidelijk is wie welke rol heeft, welke taken daarbij horen en wie waarvoor verantwoordelijk is.',
      en: 'Whether everyone knows who plays which role, which tasks go with it and who answers for what.',
    },
    question: {
      nl: 'Iedere partner weet welke rol, taken en verantwoordelijkheden hij heeft.',
      en: 'Every partner knows its role, tasks and responsibilities.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '5. Zorg voor een goede organisatie', lines: 'L3023-L3029' },
    ],
  },
  {
    id: 'organisatie.planmatig',
    factor: 'organisatie',
    label: { nl: 'Planmatig werken', en: 'Planned approach' },
    description: {
      nl: 'Of de partners eerst een plan maken voordat ze aan de uitvoering beginnen, ook wanneer urgentie of enthousiasme aanzet tot snel starten.',
      en: 'Whether the partners make a plan before they start the work, even when urgency or enthusiasm pushes them to begin quickly.',
    },
    question: {
      nl: 'We maken eerst een plan voordat we met de uitvoering beginnen.',
      en: 'We make a plan before we start carrying out the work.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '5. Zorg voor een goede organisatie', lines: 'L3031-L3045' },
    ],
  },
  {
    id: 'organisatie.samen-vormgegeven',
    factor: 'organisatie',
    label: { nl: 'Samen vormgegeven', en: 'Jointly designed' },
    description: {
      nl: 'Of de partners de organisatie van de samenwerking samen hebben ontworpen, in plaats van dat één partij haar heeft bedacht.',
      en: 'Whether the partners designed the organisation of the collaboration together, rather than one party devising it.',
    },
    question: {
      nl: 'De partners hebben de organisatie van de samenwerking samen ontworpen.',
      en: 'The partners designed the organisation of the collaboration together.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '5. Zorg voor een goede organisatie', lines: 'L3019-L3029' },
    ],
  },
  {
    id: 'communicatie.tijdig',
    factor: 'communicatie',
    label: { nl: 'Eerst elkaar informeren', en: 'Inform each other first' },
    description: {
      nl: 'Of partners elkaar inlichten voordat ze met informatie naar buiten gaan of iets ondernemen, zodat niemand nieuws over de samenwerking uit de media hoeft te halen.',
      en: 'Whether partners brief each other before they go public with information or take action, so that nobody has to learn news about the collaboration from the media.',
    },
    question: {
      nl: 'Partners horen nieuws over de samenwerking van elkaar, voordat het openbaar wordt.',
      en: 'Partners hear news about the collaboration from each other before it becomes public.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '6. Communiceer tijdig en respectvol', lines: 'L3057-L3061' },
      { source: 'berenschot-gemeente-onderwijs', section: '6. Communiceer tijdig en respectvol', lines: 'L3075-L3083' },
    ],
  },
  {
    id: 'communicatie.afspraken',
    factor: 'communicatie',
    label: { nl: 'Communicatieafspraken', en: 'Communication agreements' },
    description: {
      nl: 'Of er afspraken zijn over hoe partners elkaar informeren: welke rapportages, met welke inhoud en hoe vaak.',
      en: 'Whether there are agreements on how partners keep each other informed: which reports, with what content and how often.',
    },
    question: {
      nl: 'We hebben afgesproken welke rapportages we elkaar sturen en hoe vaak.',
      en: 'We have agreed which reports we send each other and how often.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '6. Communiceer tijdig en respectvol', lines: 'L3061-L3065' },
    ],
  },
  {
    id: 'communicatie.aanspreekpunten',
    factor: 'communicatie',
    label: { nl: 'Vaste aanspreekpunten', en: 'Fixed contact points' },
    description: {
      nl: 'Of zowel bij de gemeente als bij het onderwijs een vaste persoon het eerste aanspreekpunt is, zodat vragen snel bij de juiste persoon terechtkomen.',
      en: 'Whether both the municipality and the education side have a fixed person as first point of contact, so that questions quickly reach the right person.',
    },
    question: {
      nl: 'Elke partner heeft een vast aanspreekpunt voor de samenwerking.',
      en: 'Every partner has a fixed contact person for the collaboration.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '6. Communiceer tijdig en respectvol', lines: 'L3069-L3073' },
    ],
  },
  {
    id: 'communicatie.respectvol',
    factor: 'communicatie',
    label: { nl: 'Respectvol communiceren', en: 'Respectful communication' },
    description: {
      nl: 'Of partners respectvol met elkaar omgaan, ook wanneer ze het oneens zijn. Volgens de bron gaat goede communicatie over afspraken, zoals over rapportages en hoe vaak men elkaar informeert, maar zit zij vooral ook in het gedrag van de partijen.',
      en: 'Whether partners treat each other with respect, also when they disagree. According to the source, good communication involves agreements, for instance on reports and how often partners inform each other, but lies above all in how the parties behave.',
    },
    question: {
      nl: 'Ook bij meningsverschillen gaan we respectvol met elkaar om.',
      en: 'Even when we disagree, we treat each other with respect.',
    },
    sources: [
      { source: 'berenschot-gemeente-onderwijs', section: '6. Communiceer tijdig en respectvol', lines: 'L3061-L3069' },
    ],
  },
];
