import { type Localised, localise } from '../localise.js';
import { en } from './en.js';
import { type CalendarIssueMessages, nl } from './nl.js';

/**
 * The messages about a date or a school year given as an argument, in Dutch and English: every message gives a new
 * `{ nl, en }` object.
 */
export const calendarIssues: Localised<CalendarIssueMessages> = /* @__PURE__ */ localise<CalendarIssueMessages>({
  nl,
  en,
});
