/**
 * Small helpers that several scoring functions share, kept apart from the message tables so that importing one
 * function stays light.
 */
import { isSamenwerkingError } from '../errors/SamenwerkingError.js';
import type { Assessment, Collaboration } from '../schema/types.js';
import { isRecord, type OptionReader, reportOption } from './options.js';
import { type ScoreBerenschotOptions, scoreBerenschot } from './scoreBerenschot.js';
import { stageMessages } from './stageMessages.js';

/** The latest of all dates in a collaboration, or `undefined` when it has none. */
export function latestDate(collaboration: Collaboration): string | undefined {
  let latest: string | undefined;
  const consider = (date: string | undefined): void => {
    if (date !== undefined && (latest === undefined || date > latest)) latest = date;
  };
  consider(collaboration.startDate);
  consider(collaboration.endDate);
  for (const agreement of collaboration.agreements ?? []) consider(agreement.date);
  for (const event of collaboration.events ?? []) consider(event.date);
  return latest;
}

/** The assessment the `scoring` option is tried on, so a bad option is reported even when no assessment is scored. */
const PROBE: Assessment = {
  kind: 'assessment',
  schemaVersion: 1,
  collaboration: 'probe',
  date: '2000-01-01',
  responses: [{ respondent: 'probe', answers: {} }],
};

/** Reads a `scoring` option (options for scoreBerenschot) by scoring a probe with it; files problems under it. */
export function readScoring(reader: OptionReader): ScoreBerenschotOptions | undefined {
  const value = reader.record.scoring;
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    reportOption(reader, ['scoring'], value, stageMessages.scoringOptions());
    return undefined;
  }
  try {
    scoreBerenschot(PROBE, value as ScoreBerenschotOptions);
  } catch (error) {
    /* v8 ignore next */
    if (!isSamenwerkingError(error)) throw error;
    for (const issue of error.issues) {
      reader.issues.push({
        code: issue.code,
        path: ['options', 'scoring', ...issue.path.slice(1)],
        message: issue.message,
      });
    }
    return undefined;
  }
  return value as ScoreBerenschotOptions;
}
