/**
 * Finds where a text stops being JSON and what was expected there, for a message in the reader's own language: the
 * engine's `SyntaxError` is in English, worded differently by each engine, and not always with a position. Runs only
 * after `JSON.parse` refused the text; one pass, no recursion (any depth), no copy of the text.
 */

import type { JsonError, JsonExpectation } from '../i18n/documentIssues/jsonError.js';

export type { JsonError, JsonExpectation };

const CURLY = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb]/;

/** Character codes the scan looks for. */
const C_TAB = 9;
const C_NEW_LINE = 10;
const C_RETURN = 13;
const C_SPACE = 32;
const C_QUOTE = 34;
const C_PLUS = 43;
const C_COMMA = 44;
const C_MINUS = 45;
const C_DOT = 46;
const C_ZERO = 48;
const C_NINE = 57;
const C_COLON = 58;
const C_OPEN_LIST = 91;
const C_BACKSLASH = 92;
const C_CLOSE_LIST = 93;
const C_OPEN_OBJECT = 123;
const C_CLOSE_OBJECT = 125;

/** Where a container waits: after `[` or a value in a list, or in an object. */
const LIST = 0;
const OBJECT = 1;

/**
 * Finds the first place where a text is not JSON.
 *
 * @param text - The text that `JSON.parse` refused.
 * @returns The place, what was expected and what was found; `undefined` if the whole text is JSON after all.
 */
export function findJsonError(text: string): JsonError | undefined {
  const containers: number[] = [];
  let at = 0;
  const length = text.length;
  const fail = (expected: JsonExpectation, position: number = at): JsonError => {
    let line = 1;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      if (text.charCodeAt(index) === C_NEW_LINE) {
        line++;
        lineStart = index + 1;
      }
    }
    return {
      line,
      column: position - lineStart + 1,
      expected,
      found: position < length ? String.fromCodePoint(text.codePointAt(position) as number) : undefined,
      curlyQuotes: CURLY.test(text),
    };
  };
  const skipSpace = (): void => {
    while (at < length) {
      const code = text.charCodeAt(at);
      if (code !== C_SPACE && code !== C_TAB && code !== C_NEW_LINE && code !== C_RETURN) return;
      at++;
    }
  };
  /** Reads a string from its opening quote; gives the failure or `undefined`. */
  const readString = (): JsonError | undefined => {
    at++;
    while (at < length) {
      const code = text.charCodeAt(at);
      if (code === C_QUOTE) {
        at++;
        return undefined;
      }
      if (code < C_SPACE) return fail('string-end');
      if (code === C_BACKSLASH) {
        const next = text.charAt(at + 1);
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6))) return fail('escape', at + 1);
          at += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next) || next === '') return fail('escape', at + 1);
        at += 2;
        continue;
      }
      at++;
    }
    return fail('string-end');
  };
  const digits = (): boolean => {
    const start = at;
    while (at < length && text.charCodeAt(at) >= C_ZERO && text.charCodeAt(at) <= C_NINE) at++;
    return at > start;
  };
  /** Reads one value that is not a container; gives the failure or `undefined`. */
  const readScalar = (): JsonError | undefined => {
    const code = text.charCodeAt(at);
    if (code === C_QUOTE) return readString();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return undefined;
      }
    }
    if (code === C_MINUS || (code >= C_ZERO && code <= C_NINE)) {
      if (code === C_MINUS) at++;
      if (text.charCodeAt(at) === C_ZERO) at++;
      else if (!digits()) return fail('digit');
      if (text.charCodeAt(at) === C_DOT) {
        at++;
        if (!digits()) return fail('digit');
      }
      if (text.charAt(at) === 'e' || text.charAt(at) === 'E') {
        at++;
        if (text.charCodeAt(at) === C_PLUS || text.charCodeAt(at) === C_MINUS) at++;
        if (!digits()) return fail('digit');
      }
      return undefined;
    }
    return fail('value');
  };

  // A value is expected; after it, what its container (or the end of the text) needs.
  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      const code = text.charCodeAt(at);
      if (code === C_OPEN_LIST) {
        at++;
        skipSpace();
        if (text.charCodeAt(at) === C_CLOSE_LIST) at++;
        else {
          containers.push(LIST);
          continue;
        }
      } else if (code === C_OPEN_OBJECT) {
        at++;
        skipSpace();
        if (text.charCodeAt(at) === C_CLOSE_OBJECT) at++;
        else {
          if (text.charCodeAt(at) !== C_QUOTE) return fail('key-or-close-object');
          const failed = readString();
          if (failed !== undefined) return failed;
          skipSpace();
          if (text.charCodeAt(at) !== C_COLON) return fail('colon');
          at++;
          containers.push(OBJECT);
          continue;
        }
      } else {
        const failed = readScalar();
        if (failed !== undefined) return failed;
      }
      expectValue = false;
      continue;
    }
    const container = containers[containers.length - 1];
    if (container === undefined) return at < length ? fail('end') : undefined;
    const code = text.charCodeAt(at);
    if (code === C_COMMA) {
      at++;
      if (container === OBJECT) {
        skipSpace();
        if (text.charCodeAt(at) !== C_QUOTE) return fail('key');
        const failed = readString();
        if (failed !== undefined) return failed;
        skipSpace();
        if (text.charCodeAt(at) !== C_COLON) return fail('colon');
        at++;
      }
      expectValue = true;
    } else if ((container === LIST && code === C_CLOSE_LIST) || (container === OBJECT && code === C_CLOSE_OBJECT)) {
      at++;
      containers.pop();
    } else {
      return fail(container === LIST ? 'comma-or-close-list' : 'comma-or-close-object');
    }
  }
}
