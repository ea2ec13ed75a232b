/**
 * The fixed texts of the radar chart and the one sentence of the report on the order of the strategy, in Dutch. The
 * other texts of the report are in `reportTexts`.
 */
export const nl = {
  sequenceWarning: (factor: string, gap: string, prerequisite: string): string =>
    `${factor} scoort ${gap} punten hoger dan ${prerequisite}, dat eerst op orde hoort te zijn.`,
  radarTitle: 'Scores op de zes factoren',
  radarDescription: (collaboration: string, date: string, scores: string): string =>
    `Radardiagram van ${collaboration} op ${date}. ${scores}.`,
  radarCompare: (date: string): string => `Ter vergelijking: ${date}.`,
  noScore: 'geen score',
};

/** The fixed texts of the radar chart and the order warning: the shape every language implements. */
export type ReportLabelMessages = typeof nl;
