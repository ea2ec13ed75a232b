/**
 * Kept only for `schema/fastAccept.ts`, which another change replaces with generated code; every other module uses
 * `calendar.ts`, the one date module. Delete this file together with `fastAccept.ts`.
 */
export { daysInMonth } from './calendar.js';
