import { checkOf, type ExpectedInputMessages, kindsOf } from './nl.js';

/** What an input argument of a scoring or report function must be, in English. */
export const en: ExpectedInputMessages = {
  input: (kind) =>
    kind === 'pitfall-findings'
      ? 'the list of findings as detectPitfalls(collaboration) gives it, unchanged'
      : `a valid value of kind ${kindsOf(kind, 'or')}; ${checkOf(kind, 'value')} lists each problem`,
};
