import type { CollaborationEvent } from '../schema/types.js';
import type { EventEvidence } from './types.js';

/**
 * An event of a collaboration as evidence: its position, type and date, and its partner and (for a turnover) its role
 * when it names them. `detectPitfalls` and `inferStage` both cite events this way.
 */
export function eventEvidence(event: CollaborationEvent, index: number): EventEvidence {
  return {
    kind: 'event',
    index,
    type: event.type,
    date: event.date,
    ...(event.partner === undefined ? {} : { partner: event.partner }),
    ...(event.type === 'turnover' && event.role !== undefined ? { role: event.role } : {}),
  };
}
