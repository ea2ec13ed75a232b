import type { Translations } from '../localise.js';
import { en } from './en.js';
import { nl, type ReportTextMessages } from './nl.js';

/**
 * The texts of the combined report (`toMarkdown`, `toHtml`) and the CSV tables in every language. A report is
 * written in one language, so it picks that language's texts once: `reportTexts[locale].summary`.
 */
export const reportTexts: Translations<ReportTextMessages> = { nl, en };
