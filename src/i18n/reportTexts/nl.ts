// The words below are keyed by values of the document format. i18n sits below schema/ and imports nothing from it;
// the report indexes these tables with the format's own types, so the compiler refuses a value without a word.

/** The kinds of event a collaboration document records. */
type EventType = 'turnover' | 'public-announcement' | 'execution-start';
/** How far a stakeholder group takes part. */
type Involvement = 'betrokken' | 'geinformeerd' | 'vertegenwoordigd' | 'niet-betrokken';
/** What an agreement covers. */
type AgreementTopic = 'structuur' | 'processen' | 'middelen' | 'rollen' | 'communicatie';

const eventType: Readonly<Record<EventType, string>> = {
  turnover: 'wisseling van een sleutelspeler',
  'public-announcement': 'openbare aankondiging',
  'execution-start': 'start van de uitvoering',
};

const involvement: Readonly<Record<Involvement, string>> = {
  betrokken: 'betrokken',
  geinformeerd: 'geïnformeerd',
  vertegenwoordigd: 'vertegenwoordigd',
  'niet-betrokken': 'niet betrokken',
};

const agreementTopic: Readonly<Record<AgreementTopic, string>> = {
  structuur: 'structuur',
  processen: 'processen',
  middelen: 'middelen',
  rollen: 'rollen',
  communicatie: 'communicatie',
};

const mergerKind: Readonly<Record<'institutioneel' | 'bestuurlijk', string>> = {
  institutioneel: 'institutionele',
  bestuurlijk: 'bestuurlijke',
};

const csvSource: Readonly<Record<'assessment' | 'collaboration' | 'both', string>> = {
  assessment: 'antwoorden',
  collaboration: 'opbouw',
  both: 'beide',
};

/**
 * The texts of the combined report (`toMarkdown`, `toHtml`) and of the CSV tables, in Dutch: section headings, the
 * sentences of the summary, evidence in words, the method appendix, column headings and the report's own errors.
 */
export const nl = {
  reportTitle: 'Rapport samenwerking',
  generatedWith: (edition: string): string => `Catalogus editie ${edition}`,
  metaDate: 'Peildatum',
  metaCollaboration: 'Samenwerking',
  metaRespondents: 'Respondenten',
  metaPartners: 'Partners',
  metaEdition: 'Catalogus',
  editionValue: (edition: string): string => `editie ${edition}`,
  partnersAnswered: (answered: number, total: number): string => `${answered} van ${total} hebben geantwoord`,
  summary: 'Samenvatting',
  overall: (score: string, band: string): string => `Totaalscore ${score} van 100: ${band}.`,
  overallNone: 'Er is te weinig geantwoord voor een totaalscore.',
  startWith: (factor: string, score: string): string =>
    `Begin bij ${factor} (${score}): de eerste factor in de volgorde van de strategie die onvoldoende scoort.`,
  startWithLowest: (factor: string, score: string): string =>
    `Geen factor scoort onvoldoende; de laagste score heeft ${factor} (${score}), daar valt het meeste te winnen.`,
  actionsOne: 'De belangrijkste actie',
  actionsMany: (count: number): string =>
    count === 3 ? 'De drie belangrijkste acties' : `De ${count} belangrijkste acties`,
  action: (pitfall: string, factor: string): string => `Pak ‘${pitfall}’ aan (${factor})`,
  seeAdvice: (number: number): string => `advies bij valkuil ${number}`,
  noActions: 'Er zijn geen valkuilen gevonden; er is geen actie die voorrang vraagt.',
  stageLine: (stage: string, confidence: string): string => `Waarschijnlijke fase: ${stage} (zekerheid ${confidence}).`,
  balanceLine: (outlook: string): string => `Vooruitzicht op grond van de waargenomen factoren: ${outlook} van 100.`,
  collaboration: 'De samenwerking',
  form: 'Vorm',
  themes: 'Thema’s',
  period: 'Looptijd',
  since: (date: string): string => `sinds ${date}`,
  fromTo: (from: string, to: string): string => `${from} tot ${to}`,
  ambition: 'Ambitie',
  principles: 'Uitgangspunten',
  partner: 'Partner',
  partnerType: 'Soort',
  sector: 'Sector',
  pupils: 'Leerlingen',
  schools: 'Scholen',
  stakeholders: 'Belanghebbenden',
  group: 'Groep',
  involvementHeader: 'Betrokkenheid',
  representedBy: 'Vertegenwoordigd door',
  agreements: 'Afspraken',
  date: 'Datum',
  subject: 'Onderwerp',
  covers: 'Gaat over',
  respondentsTable: 'Respondenten per partner',
  respondents: 'Respondenten',
  noPartner: 'zonder partner',
  factors: 'De zes factoren',
  factorsIntro: 'Scores van 0 tot 100 per factor van de strategie, met het oordeel en de dekking van de antwoorden.',
  radarCaption: (collaboration: string, date: string): string =>
    `Radardiagram van de zes factoren van ${collaboration} op ${date}; de ringen zijn de grenzen van de oordelen.`,
  sequence: 'Volgorde van de strategie',
  pitfalls: 'Valkuilen',
  pitfallsIntro:
    'Elke valkuil staat hier één keer, met alles wat erop wijst: de antwoorden in de zelfevaluatie en de opbouw van de samenwerking.',
  pitfallHeading: (number: number, label: string): string => `${number}. ${label}`,
  factorOf: (factor: string): string => `Factor: ${factor}.`,
  foundIn: 'Gevonden in',
  foundInAnswers: 'de antwoorden',
  foundInStructure: 'de opbouw van de samenwerking',
  signal: (indicator: string, score: string, threshold: string): string =>
    `In de antwoorden scoort ‘${indicator}’ ${score}, onder de drempel van ${threshold}.`,
  evidence: 'Aanwijzingen',
  advice: 'Advies',
  evidencePartner: (partner: string, type: string): string => `${partner} (${type}) is partner`,
  evidencePartnerCount: (partners: number, max: number): string =>
    `${partners} partners, meer dan ${max}, en geen groep wordt door een partner vertegenwoordigd`,
  evidenceStakeholder: (group: string, involvement: string): string => `${group}: ${involvement}`,
  evidenceMissingStakeholder: (group: string): string => `${group} staat niet bij de belanghebbenden`,
  evidenceNoAmbition: 'er is geen ambitie vastgelegd',
  evidenceNoPrinciples: 'de ambitie noemt geen uitgangspunten',
  evidenceInterest: (partner: string, problems: string): string => `het belang van ${partner}: ${problems}`,
  interestUndocumented: 'niet vastgelegd',
  interestHidden: 'niet zichtbaar voor alle partners',
  interestNotShared: 'niet gedeeld door de anderen',
  interestInOrder: 'vastgelegd, zichtbaar en gedeeld',
  evidenceEvent: (event: string, date: string): string => `${event} op ${date}`,
  evidenceEventBy: (event: string, date: string, partner: string): string => `${event} op ${date} (${partner})`,
  evidenceTurnover: (role: string, partner: string, date: string): string =>
    `wisseling van ${role} bij ${partner} op ${date}`,
  evidenceAgreement: (subject: string, date: string): string => `afspraak ‘${subject}’ van ${date}`,
  evidenceNoRolesAgreement: 'geen afspraak gaat over de rollen',
  eventType: eventType as Readonly<Record<EventType, string>>,
  involvement: involvement as Readonly<Record<Involvement, string>>,
  agreementTopic: agreementTopic as Readonly<Record<AgreementTopic, string>>,
  disagreements: 'Waar partners verschillen',
  disagreementsIntro: (gap: string): string =>
    `Uitspraken waarover de gemiddelde antwoorden van de partners ${gap} schaalpunten of meer uiteenlopen.`,
  spread: 'Verschil',
  partnerMeans: 'Gemiddelde per partner',
  balance: 'Bevorderende en belemmerende factoren',
  category: 'Domein',
  promoting: 'Bevorderend',
  hindering: 'Belemmerend',
  outlook: 'Vooruitzicht',
  obstacles: 'Zwaarste belemmeringen',
  likelyReasons: 'Waarschijnlijke redenen om niet samen te werken',
  stage: 'Fase van de samenwerking',
  points: 'Punten',
  share: 'Aandeel',
  reasons: 'Redenen',
  forms: 'Samenwerkingsvormen',
  formsBest: (form: string): string => `De lichtste vorm die aan de wensen voldoet: ${form}.`,
  formsNone: 'Geen vorm uit de catalogus voldoet aan alle wensen.',
  fits: 'Past',
  integration: 'Integratie',
  newLegalEntity: 'Nieuwe rechtspersoon',
  councilConsent: 'Instemming MR',
  fusietoets: 'Fusietoets',
  fusietoetsLine: (kind: string, sector: string, on: string, route: string): string =>
    `Een ${kind} fusie in ${sector} op ${on}: ${route}.`,
  mergerKind: mergerKind as Readonly<Record<'institutioneel' | 'bestuurlijk', string>>,
  uncertain: (alternatives: string): string => `Onzeker: de bronnen laten ook ruimte voor ${alternatives}.`,
  ferRequired: 'Een fusie-effectrapportage (FER) is nodig.',
  benchmarks: 'Vergelijking met landelijke cijfers',
  figure: 'Eigen cijfer',
  benchmark: 'Landelijk',
  difference: 'Verschil',
  comparison: 'Vergelijking in de tijd',
  before: 'Eerder',
  after: 'Nu',
  change: 'Verandering',
  appeared: 'Nieuwe valkuilen',
  resolved: 'Opgeloste valkuilen',
  trend: 'Ontwikkeling over meer jaren',
  trendCaption: (collaboration: string, first: string, last: string): string =>
    `Scores per factor van ${collaboration}, ${first} tot en met ${last}`,
  direction: { rising: 'stijgend', falling: 'dalend', stable: 'gelijk' } as Readonly<
    Record<'rising' | 'falling' | 'stable', string>
  >,
  directionColumn: 'Richting',
  sinceFirst: 'Sinds de eerste',
  pitfallChanges: 'Valkuilen die kwamen en gingen',
  pitfallAppearedOn: (pitfall: string, date: string): string => `${pitfall}: nieuw op ${date}`,
  pitfallResolvedOn: (pitfall: string, date: string): string => `${pitfall}: opgelost op ${date}`,
  plan: 'Plan van aanpak',
  planIntro: (date: string, count: number): string =>
    `Plan van ${date} met ${count === 1 ? 'één actie' : `${count} acties`}.`,
  planTargets: 'Streefscores',
  target: 'Streefscore',
  planAction: 'Actie',
  owner: 'Trekker',
  due: 'Streefdatum',
  status: 'Stand',
  actionStatus: { gepland: 'gepland', bezig: 'bezig', gedaan: 'gedaan', geschrapt: 'geschrapt' } as Readonly<
    Record<'gepland' | 'bezig' | 'gedaan' | 'geschrapt', string>
  >,
  factor: 'Factor',
  score: 'Score',
  band: 'Oordeel',
  coverage: 'Dekking',
  readiness: 'Gereedheid',
  indicator: 'Indicator',
  weight: 'Gewicht',
  answers: 'Antwoorden',
  counted: 'Telt mee',
  yes: 'ja',
  no: 'nee',
  appendixIndicators: 'Bijlage A. Scores per uitspraak',
  appendixMethod: 'Bijlage B. Werkwijze en bronnen',
  methodScore: 'Zelfevaluatie',
  methodFormula: (formula: string): string => `Formule: ${formula}.`,
  methodBands: (voldoende: string, goed: string): string =>
    `Oordelen: onvoldoende onder ${voldoende}, voldoende vanaf ${voldoende}, goed vanaf ${goed}; een score precies op een grens krijgt het hogere oordeel.`,
  methodCoverage: (share: string): string =>
    `Een factor krijgt alleen een score als de beantwoorde uitspraken samen minstens ${share} van het gewicht van die factor dragen.`,
  methodWeightsEqual: 'Alle uitspraken wegen even zwaar (gewicht 1).',
  methodWeights: (weights: string): string => `Afwijkende gewichten: ${weights}.`,
  methodThresholds: (pitfall: string, gap: string, sequence: string): string =>
    `Een valkuil blijkt uit de antwoorden als de signaaluitspraak onder ${pitfall} scoort; partners verschillen als hun gemiddelden ${gap} schaalpunten of meer uiteenlopen; de volgorde wordt overgeslagen als een factor ${sequence} punten of meer boven een onvoldoende voorwaarde scoort.`,
  methodDefaults: 'De score vermeldt geen eigen instellingen; de standaardwaarden zijn gebruikt.',
  methodRanking:
    'Volgorde van de acties in de samenvatting: eerst valkuilen die zowel in de antwoorden als in de opbouw blijken, dan die bij de factor om mee te beginnen, dan in de volgorde van de strategie.',
  methodBalance: 'Bevorderende en belemmerende factoren',
  methodStage:
    'Fase: elke regel kent punten toe aan een fase op grond van de opbouw van de samenwerking en, als die er is, de score; de fase met de meeste punten wint.',
  methodRounding: 'Scores zijn afgerond op één decimaal; de berekening gebruikt de onafgeronde waarden.',
  sources: 'Bronnen',
  sourceLine: (title: string, publisher: string, year: string): string => `${title}, ${publisher}, ${year}`,
  sections: (sections: string): string => `onderdelen: ${sections}`,
  csvHeader: {
    collaboration: 'Samenwerking',
    date: 'Datum',
    order: 'Volgorde',
    factor: 'Factor',
    label: 'Omschrijving',
    score: 'Score',
    band: 'Oordeel',
    coverage: 'Dekking (%)',
    readiness: 'Gereedheid',
    indicators_answered: 'Uitspraken beantwoord',
    indicators_total: 'Uitspraken totaal',
    bottleneck: 'Knelpunt',
    indicator: 'Uitspraak',
    answers: 'Antwoorden',
    weight: 'Gewicht',
    counted: 'Telt mee',
    pitfall: 'Valkuil',
    source: 'Gevonden in',
    signal_indicator: 'Signaaluitspraak',
    signal_score: 'Signaalscore',
    evidence: 'Aanwijzingen',
    group: 'Groep',
    count: 'Aantal',
    collaborations: 'Samenwerkingen',
    min: 'Minimum',
    q1: 'Eerste kwartiel',
    median: 'Mediaan',
    q3: 'Derde kwartiel',
    max: 'Maximum',
    mean: 'Gemiddelde',
    suppressed: 'Onderdrukt',
    before: 'Eerder',
    after: 'Nu',
    change: 'Verandering',
    band_before: 'Oordeel eerder',
    band_after: 'Oordeel nu',
    date_before: 'Datum eerder',
    date_after: 'Datum nu',
    school_year: 'Schooljaar',
    action: 'Actie',
    title: 'Omschrijving',
    owner: 'Trekker',
    due: 'Streefdatum',
    status: 'Stand',
  },
  csvSource: csvSource as Readonly<Record<'assessment' | 'collaboration' | 'both', string>>,
  csvOverall: 'totaal',
  expectedReportInput:
    'een document of resultaat, of een object met een of meer van: collaboration, assessment, score, pitfalls, balance, stage, forms, fusietoets, benchmarks, comparison, trend, plan, title',
  unknownReportKey: (key: string, known: string): string =>
    `Het rapport kent het onderdeel '${key}' niet. Gebruik een van: ${known}.`,
  notPlan: "Onder 'plan' hoort een geldig plan-document; de problemen staan in de volgende meldingen.",
  emptyReport: 'Het rapport heeft niets om te tonen. Geef minstens een document of een resultaat mee.',
  noTable: (table: string, has: string): string =>
    `Voor de tabel '${table}' ontbreekt wat ervoor nodig is (${has}). Geef dat mee of kies een andere tabel.`,
  noTabularInput:
    'Er is geen tabel te maken van wat is meegegeven. Geef een score, valkuilen, een portefeuilleoverzicht of een vergelijking mee.',
  differentCollaborations: (first: string, second: string): string =>
    `De twee scores horen bij verschillende samenwerkingen ('${first}' en '${second}') en zijn dus niet te vergelijken. Vergelijk twee zelfevaluaties van dezelfde samenwerking.`,
  radarLegendNow: (date: string): string => `Nu (${date})`,
  radarLegendBefore: (date: string): string => `Eerder (${date})`,
  radarRing: (limit: string, band: string): string => `${limit} ${band}`,
  radarTitleOf: (collaboration: string, date: string): string => `${collaboration}, ${date}`,
};

/** The texts of the combined report and its tables, in every language the same shape. */
export type ReportTextMessages = typeof nl;
