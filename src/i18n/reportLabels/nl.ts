/**
 * The fixed texts of the reports (Markdown, CSV headers, the SVG radar), in Dutch: headings, column names and the
 * short sentences between them.
 */
export const nl = {
  scoreTitle: 'Zelfevaluatie samenwerking',
  bottleneck: 'Knelpunt',
  noBottleneck: 'geen factor onder de 50',
  factors: 'De zes factoren',
  factor: 'Factor',
  score: 'Score',
  band: 'Oordeel',
  coverage: 'Dekking',
  readiness: 'Gereedheid',
  explanations: 'Hoe de scores tot stand komen',
  indicator: 'Indicator',
  weight: 'Gewicht',
  answers: 'Antwoorden',
  counted: 'Telt mee',
  yes: 'ja',
  no: 'nee',
  formula: 'Formule',
  sequence: 'Volgorde van de strategie',
  sequenceWarning: (factor: string, gap: string, prerequisite: string): string =>
    `${factor} scoort ${gap} punten hoger dan ${prerequisite}, dat eerst op orde hoort te zijn.`,
  pitfalls: 'Valkuilen',
  pitfallSignal: (indicator: string, score: string): string => `Signaal: ${indicator} scoort ${score}.`,
  advice: 'Advies',
  disagreements: 'Waar partners verschillen',
  spread: (indicator: string, spread: string, partners: string): string =>
    `${indicator}: verschil van ${spread} schaalpunten (${partners}).`,
  none: 'Geen.',
  structuralPitfalls: 'Valkuilen in de opzet van de samenwerking',
  evidence: 'Aanwijzing',
  radarTitle: 'Scores op de zes factoren',
  radarDescription: (collaboration: string, date: string, scores: string): string =>
    `Radardiagram van ${collaboration} op ${date}. ${scores}.`,
  radarCompare: (date: string): string => `Ter vergelijking: ${date}.`,
  noScore: 'geen score',
};

/** The fixed texts of the reports: the shape every language implements. */
export type ReportLabelMessages = typeof nl;
