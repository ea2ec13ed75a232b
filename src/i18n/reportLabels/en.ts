import type { ReportLabelMessages } from './nl.js';

/** The fixed texts of the radar chart and the order warning, in English. */
export const en: ReportLabelMessages = {
  sequenceWarning: (factor, gap, prerequisite) =>
    `${factor} scores ${gap} points above ${prerequisite}, which should be in place first.`,
  radarTitle: 'Scores on the six factors',
  radarDescription: (collaboration, date, scores) => `Radar chart of ${collaboration} on ${date}. ${scores}.`,
  radarCompare: (date) => `For comparison: ${date}.`,
  noScore: 'no score',
};
