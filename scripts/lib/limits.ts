/**
 * The limits of every document, in words, written once for the JSON Schemas and `docs/document-format.md`: those the
 * JSON Schemas state too, and those that only the library checks (JSON Schema cannot express them), which the
 * schema descriptions then say in words.
 */
import type { FormatModel, FormatNode } from './format-model.js';
import type { FormatSource } from './format-source.js';

const shown = (value: number): string => value.toLocaleString('en');

/** The limits JSON Schema cannot express, in words: the end of every document schema's description. */
export function libraryOnlyLimits(limits: FormatSource['limits']): readonly string[] {
  return [
    `Objects and arrays nest at most ${limits.maxDepth} levels deep, counted from the document itself; this matters inside x- values.`,
    `A document holds at most ${shown(limits.maxNodes)} values in all (objects, arrays, strings, numbers, booleans and nulls).`,
    `Strings in x- values are measured in UTF-16 code units (at most ${shown(limits.maxStringLength)}), where JSON Schema counts characters.`,
    `The library reads a document from JSON text of at most ${shown(limits.maxTextLength)} characters (256 MiB).`,
  ];
}

/** The lists of the format that hold no value twice, as `Part.field`, found in the model. */
function uniqueLists(model: FormatModel): string[] {
  const found: string[] = [];
  for (const node of model.named.values()) {
    if (node.kind !== 'object') continue;
    for (const field of node.fields) {
      const list: FormatNode = field.node;
      if (list.kind === 'array' && list.unique) found.push(`${node.id}.${field.key}`);
    }
  }
  return found;
}

/** The limits the library checks and the JSON Schemas state too, in words, for the docs. */
export function statedLimits(model: FormatModel, limits: FormatSource['limits']): readonly string[] {
  return [
    'Dates are from the year 1 on: `0000-01-01` is refused (the `pattern` of `Date`, beside `format: date`).',
    `Strings in \`x-\` values are at most ${shown(limits.maxStringLength)} characters, and no key anywhere, also inside \`x-\` values, is \`__proto__\`, \`constructor\` or \`prototype\` (\`ExtensionValue\`).`,
    `Whole numbers are safe integers: at most ${shown(Number.MAX_SAFE_INTEGER)} either side of zero (\`minimum\` and \`maximum\`).`,
    `These lists hold each value once (\`uniqueItems\`): ${uniqueLists(model)
      .map((name) => `\`${name}\``)
      .join(', ')}.`,
  ];
}
