/**
 * The error class, its issue type and the guard that recognises it across module copies.
 *
 * @module samenwerking/errors
 */
export {
  formatPath,
  type Issue,
  type IssueCode,
  isSamenwerkingError,
  type PathSegment,
  SamenwerkingError,
} from './SamenwerkingError.js';
