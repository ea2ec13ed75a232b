import type { Translations } from '../localise.js';
import { en } from './en.js';
import { nl, type ReportLabelMessages } from './nl.js';

/**
 * The fixed texts of the reports in every language. A report is written in one language, so it picks that language's
 * texts once: `reportLabels[locale].radarTitle`.
 */
export const reportLabels: Translations<ReportLabelMessages> = { nl, en };
