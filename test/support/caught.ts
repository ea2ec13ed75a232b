import { isSamenwerkingError, type SamenwerkingError } from '../../src/errors/SamenwerkingError.js';

/**
 * Runs a call that should throw a `SamenwerkingError` and gives that error, so a test can check its issues. Any other
 * error is thrown on; a call that does not throw fails the test.
 */
export function caught(call: () => unknown): SamenwerkingError {
  try {
    call();
  } catch (error) {
    if (isSamenwerkingError(error)) return error;
    throw error;
  }
  throw new Error('expected a SamenwerkingError');
}
