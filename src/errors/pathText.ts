import { shorten } from '../i18n/format.js';

/** Writes a path the library made itself (checked already): the work of `formatPath` without the check. */
export function pathText(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(document)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (segment.length <= 60 && /^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    // A key of any length is written cut short: the path in the issue keeps it whole.
    else text += `[${JSON.stringify(shorten(segment))}]`;
  }
  return text;
}
