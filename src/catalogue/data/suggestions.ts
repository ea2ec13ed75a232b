import type { Suggestion } from '../types.js';

// The ids live in a leaf module (no import cycle with ../types.ts); re-exported here for existing import paths.
export { type SuggestionId, suggestionIds } from '../ids/suggestions.js';

const bijlage1 =
  'Bijlage 1: Suggesties aan de sectorraden en profielorganisaties om de (regionale) samenwerking te bevorderen';

/**
 * Every suggestion of the Overlegraad PO-VO, in the order of {@link suggestionIds}.
 *
 * @remarks
 * The nine ideas (a to i) that the Overlegraad PO-VO puts to the participating sector councils and profile
 * organisations for furthering regional collaboration. The links to factors and reasons for not collaborating are
 * the catalogue's reading: the source lists the ideas without saying which obstacle each one answers.
 *
 * @category Catalogue
 */
export const suggestions: readonly Suggestion[] = [
  {
    id: 'goede-voorbeeld-geven',
    letter: 'a',
    factors: ['inspiratie-goede-voorbeelden', 'elkaar-kennen-en-gunnen'],
    reasons: ['niet-op-netvlies'],
    label: { nl: 'Zelf het goede voorbeeld geven', en: 'Setting a good example themselves' },
    description: {
      nl: 'De sectorraden en profielorganisaties willen in hun eigen samenwerkingsrelaties laten zien hoe het kan: zijn ze bij een kwestie van een school of bestuur betrokken, dan stemmen ze af met de andere organisaties en partijen die er ook bij betrokken zijn.',
      en: 'The sector councils and profile organisations want to show in their own working relationships how it can be done: when they are involved in a matter at a school or board, they coordinate with the other organisations and parties involved.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: bijlage1, lines: 'L243-L248' }],
  },
  {
    id: 'belemmeringen-wegnemen',
    letter: 'b',
    factors: ['wet-en-regelgeving', 'administratiesystemen', 'bekostigingssystematiek'],
    reasons: ['praktische-redenen'],
    label: { nl: 'Belemmeringen samen wegnemen', en: 'Removing obstacles together' },
    description: {
      nl: 'De organisaties trekken samen op om praktische en formele drempels voor samenwerking weg te halen.',
      en: 'The organisations join forces to take away practical and formal thresholds to collaboration.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: bijlage1, lines: 'L250-L251' }],
  },
  {
    id: 'besef-van-noodzaak',
    letter: 'c',
    factors: ['ervaren-urgentie'],
    reasons: ['geen-urgentie-besef', 'niet-op-netvlies'],
    label: { nl: 'Het besef van noodzaak versterken', en: 'Strengthening the sense of necessity' },
    description: {
      nl: 'De organisaties maken duidelijk dat de huidige opgaven in het onderwijs te groot zijn voor één bestuur, zodat samenwerken nodig is, en moedigen samenwerking actief aan.',
      en: 'The organisations make clear that today’s challenges in education are too big for a single board, so that collaboration is needed, and they actively encourage it.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: bijlage1, lines: 'L253-L255' }],
  },
  {
    id: 'maatschappelijke-verantwoordelijkheid',
    letter: 'd',
    factors: ['concurrentiedenken', 'zorg-om-eigen-identiteit', 'behoudende-besturen'],
    reasons: ['niet-willen', 'niet-op-netvlies'],
    label: { nl: 'De bredere verantwoordelijkheid van bestuurders', en: 'The wider responsibility of board members' },
    description: {
      nl: 'Bestuurders dragen naast hun eigen instelling ook verantwoordelijkheid voor goed, gevarieerd onderwijs dicht bij huis voor alle leerlingen in de regio. De Overlegraad wil dat onder de aandacht brengen met een gesprek over die twee verantwoordelijkheden, door het uit te dragen naast de eigen identiteit, door het mee te nemen in professionalisering en bestuurlijke visitaties, en door governancecodes en statuten aan te passen.',
      en: 'Besides their own institution, board members are also responsible for good, varied education close to home for all pupils in the region. The Overlegraad wants to draw attention to this through a conversation about those two responsibilities, by promoting it alongside the institution’s own identity, by including it in professional development and board visitations, and by adapting governance codes and articles of association.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: bijlage1, lines: 'L257-L271' }],
    note: {
      nl: 'Als voorbeeld noemt de bron een christelijke school die een islamitische school in Rotterdam heeft geholpen.',
      en: 'As an example the source mentions a Christian school that helped an Islamic school in Rotterdam.',
    },
  },
  {
    id: 'samenwerkingscompetentie',
    letter: 'e',
    factors: ['behoudende-besturen', 'bestuurlijke-moed'],
    reasons: ['niet-willen'],
    label: { nl: 'Samenwerken als bestuurlijke competentie', en: 'Collaboration as a board competence' },
    description: {
      nl: 'Samenwerken hoort bij wat een bestuurder moet kunnen. Dat krijgt een plek in het functieprofiel van bestuurders, in hun scholing en in bestuurlijke visitaties; wervingsbureaus voor bestuurders en toezichthouders horen dat een samenwerkende houding telt; de vereniging van toezichthouders wordt gevraagd er aandacht aan te besteden; en de reflectietool op samenwerking wordt bekendgemaakt.',
      en: 'Collaborating is part of what a board member must be able to do. It gets a place in the profile of board members, in training and in board visitations; recruitment agencies for board members and supervisors hear that a collaborative attitude counts; the association of supervisors is asked to pay attention to it; and the reflection tool on collaboration is made known.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: bijlage1, lines: 'L272-L277' }],
    note: {
      nl: 'De bron noemt VTOI-NVTK als de vereniging van toezichthouders en verwijst voor de reflectietool naar zijn bijlage 3.',
      en: 'The source names VTOI-NVTK as the association of supervisors and refers to its Bijlage 3 for the reflection tool.',
    },
  },
  {
    id: 'samenwerking-in-het-klein',
    letter: 'f',
    factors: ['investeren-in-relatie', 'elkaar-kennen-en-gunnen', 'plichtmatig-overleg'],
    reasons: [],
    label: { nl: 'Samenwerking in het klein', en: 'Collaboration on a small scale' },
    description: {
      nl: 'Ook buiten de formele overleggen zoeken bestuurders elkaar op: al vóór het op overeenstemming gericht overleg met de gemeente, en overal waar ze iets aan elkaar hebben.',
      en: 'Board members also seek each other out beyond the formal meetings: before the consultation with the municipality aimed at agreement (OOGO), and wherever they can be of use to each other.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: bijlage1, lines: 'L279-L280' }],
  },
  {
    id: 'regionale-bijeenkomsten',
    letter: 'g',
    factors: ['inspiratie-goede-voorbeelden', 'benchmarks-kennisdeling'],
    reasons: ['niet-op-netvlies'],
    label: { nl: 'Regionale bijeenkomsten over een thema', en: 'Regional meetings on a theme' },
    description: {
      nl: 'De organisaties organiseren, alleen of samen, gesprekken en bijeenkomsten in de regio over een bepaald onderwerp.',
      en: 'The organisations hold talks and meetings in the region on a particular subject, alone or together.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: bijlage1, lines: 'L282-L282' }],
  },
  {
    id: 'bestuurders-aanspreken',
    letter: 'h',
    factors: ['ervaren-urgentie', 'behoudende-besturen'],
    reasons: ['niet-willen', 'geen-urgentie-besef'],
    label: { nl: 'Bestuurders persoonlijk aanspreken', en: 'Addressing board members in person' },
    description: {
      nl: 'Is de urgentie groot, dan gaan de organisaties, alleen of samen, met een afzonderlijke bestuurder in gesprek en spreken die zo nodig aan.',
      en: 'When urgency is high, the organisations, alone or together, talk to an individual board member and hold them to account where needed.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: bijlage1, lines: 'L283-L283' }],
  },
  {
    id: 'kleine-besturen-meenemen',
    letter: 'i',
    factors: ['schaal-en-niveauverschillen', 'gelijkwaardigheid'],
    reasons: ['geen-gezamenlijke-ambitie'],
    label: { nl: 'Kleine besturen als gelijken meenemen', en: 'Taking small boards along as equals' },
    description: {
      nl: 'Grote besturen worden opgeroepen kleine besturen mee te nemen, en dat te doen als gelijkwaardige partner.',
      en: 'Large boards are called on to bring small boards along, and to do so as equal partners.',
    },
    sources: [{ source: 'overlegraad-po-vo-2019', section: bijlage1, lines: 'L284-L284' }],
  },
];
