/**
 * Writes the walkers of the document format (`src/schema/fastAccept.generated.ts`) from the model of the zod
 * schemas: one plain function per part, with a `switch` over the keys and every check of every field written out,
 * and the generic steps from `src/schema/fastAcceptRuntime.ts`.
 *
 * One walk does what a snapshot and a validator did one after the other: it reads each value of the input once
 * (inside a `try`, so that a throwing getter becomes a problem at its key and the walk goes on), checks it against
 * the format, and builds the frozen copy key by key (for untrusted input), or freezes the value in place (for the
 * output of `JSON.parse`, which the library owns). A value the format does not expect is a break and goes to the
 * generic walk of `src/internal/snapshot.ts`, which copies or checks it with the snapshot's rules and paths; so the
 * copy is complete whatever comes in, and a walk without breaks is a valid structure. The documents inside a
 * portfolio that break a rule are recorded, so that only they go through the full pipeline. The rules that span
 * fields are not here: the parse functions run the same rule functions after the walk.
 *
 * The same walkers check the stored results, and, without copying, a document or result that the scoring or a report
 * did not parse (`accepts…Structure`). The generated module loads no zod: a catalogue id list is read from the
 * catalogue's id module, the format's own lists are written out.
 */
import { type FormatModel, type FormatNode, tagOf } from './format-model.js';
import { capitalise, importLines, isPrimitive, lowerFirst, primitiveChecks } from './generate-primitives.js';

type ObjectNode = Extract<FormatNode, { kind: 'object' }>;

/** Where the generated module finds what it imports, relative to itself. */
export interface AcceptModules {
  /**
   * The folder of the catalogue's id lists: a list of catalogue ids is checked against the ids its list exports
   * (`themeIds` from `themes.js`), which loads no zod; the format's own lists are written out in the module.
   */
  readonly catalogueIds: string;
  /** The runtime of the walkers. */
  readonly runtime: string;
}

/**
 * The record whose numbers the walk keeps by key position for the scoring: the answers of a response, in which the
 * scoring would otherwise look up every indicator (see `numberedRecordFunction`).
 */
const NUMBERED_RECORD = 'Answers';

const defaultModules: AcceptModules = { catalogueIds: '../catalogue/ids', runtime: './fastAcceptRuntime.js' };

/** Generates the TypeScript source of the walkers (not yet formatted). */
export function generateAccept(model: FormatModel, modules: AcceptModules = defaultModules): string {
  const functions: string[] = [];
  const constants: string[] = [];
  /** The id lists to import, by module. */
  const idImports = new Map<string, string>();
  const plainImports = new Map<string, Set<string>>();
  const emitted = new Set<string>();
  const documentParts = new Set<ObjectNode>(Object.values(model.documents));
  let listCount = 0;
  const runtime = new Set<string>([
    'ABSENT',
    'type Walk',
    'finish',
    'isPlainObject',
    'other',
    'runWalk',
    'structureHolds',
  ]);
  const use = (name: string): string => {
    runtime.add(name);
    return name;
  };

  const { check, setOf, usePlain } = primitiveChecks({ constants, idImports, plainImports, use, modules });

  /** The function that walks a node with a function of its own. */
  function walker(node: FormatNode): string {
    switch (node.kind) {
      case 'object':
        return objectFunction(node);
      case 'union':
        return unionFunction(node);
      case 'record':
        return recordFunction(node);
      case 'array':
        return listFunction(node);
      default:
        throw new Error(`format generator: no walker for a ${node.kind}`);
    }
  }

  /** Statements that walk the field `key` (its value in `item`) of an object at `depth`, leaving the result in `item`. */
  function fieldStatements(node: FormatNode, key: string): string {
    if (isPrimitive(node)) {
      return `if (!(${check(node, 'item')})) item = ${use('mismatch')}(walk, item, depth, ${JSON.stringify(key)});`;
    }
    if (node.kind === 'nullable') {
      return `if (item !== null) {\n          walk.keys[depth] = ${JSON.stringify(key)};\n          item = ${walker(node.inner)}(walk, item, depth + 1);\n        }`;
    }
    return `walk.keys[depth] = ${JSON.stringify(key)};\n        item = ${walker(node)}(walk, item, depth + 1);`;
  }

  /** The read of one key inside the `for…in` loop of an object at `depth`, with the problem of a throwing getter. */
  const readKey = `    let item: unknown;
    try {
      item = value[key];
    } catch {
      ${'unreadable'}(walk, depth, key);
      continue;
    }
    // A key set to undefined counts as absent, as in JSON.
    if (item === undefined) continue;
    walk.nodes++;`;

  function objectFunction(node: ObjectNode): string {
    const name = `walk${node.id}`;
    if (emitted.has(name)) return name;
    emitted.add(name);
    use('unreadable');
    const required = node.fields.filter((field) => !field.optional);
    if (required.length > 30) throw new Error(`format generator: ${node.id} has more than 30 required fields`);
    const cases = node.fields.map((field) => {
      const bit = required.indexOf(field);
      const mark = bit >= 0 ? `\n        required |= ${2 ** bit};` : '';
      return `      case ${JSON.stringify(field.key)}:${mark}\n        ${fieldStatements(field.node, field.key)}\n        break;`;
    });
    // The part that holds the numbered record gives its numbers to the copy or value it returns, before freezing it.
    const keepNumbers = node.fields.some((field) => field.node.kind === 'record' && field.node.id === NUMBERED_RECORD)
      ? `\n  if (walk.numbers !== undefined) {\n    ${use('keepAnswerNumbers')}(copy ?? value, walk.numbers);\n    walk.numbers = undefined;\n  }`
      : '';
    functions.push(`/** ${node.id}: ${required.length} required field(s), ${node.fields.length - required.length} optional, and x- keys. */
function ${name}(walk: Walk, value: unknown, depth: number): unknown {
  if (!isPlainObject(value)) return other(walk, value, depth);
  walk.ancestors[depth] = value;
  const copy: Record<string, unknown> | undefined = walk.copying ? {} : undefined;
  let required = 0;
  for (const key in value) {
${readKey}
    switch (key) {
${cases.join('\n')}
      default:
        item = ${use('isExtensionKey')}(key) ? ${use('extension')}(walk, item, depth, key) : ${use('strayKey')}(walk, item, depth, key);
    }
    if (copy !== undefined && item !== ABSENT) copy[key] = item;
  }
  if (required !== ${2 ** required.length - 1}) walk.breaks++;${keepNumbers}
  return finish(walk, copy, value);
}`);
    return name;
  }

  function unionFunction(node: Extract<FormatNode, { kind: 'union' }>): string {
    const name = `walk${node.id}`;
    if (emitted.has(name)) return name;
    emitted.add(name);
    const cases = node.options.map(
      (option) =>
        `    case ${JSON.stringify(tagOf(option, node.discriminator))}:\n      return ${objectFunction(option)}(walk, value, depth);`,
    );
    const tag = /^[A-Za-z_$][\w$]*$/.test(node.discriminator)
      ? `.${node.discriminator}`
      : `[${JSON.stringify(node.discriminator)}]`;
    functions.push(`/** ${node.id}: one of ${node.options.map((option) => option.id).join(', ')}, by ${node.discriminator}. */
function ${name}(walk: Walk, value: unknown, depth: number): unknown {
  if (!isPlainObject(value)) return other(walk, value, depth);
  let tag: unknown;
  try {
    tag = value${tag};
  } catch {
    // The generic walk reads it again and files the problem.
    return other(walk, value, depth);
  }
  switch (tag) {
${cases.join('\n')}
    default:
      return other(walk, value, depth);
  }
}`);
    return name;
  }

  function recordFunction(node: Extract<FormatNode, { kind: 'record' }>): string {
    const name = `walk${node.id}`;
    if (emitted.has(name)) return name;
    emitted.add(name);
    use('unreadable');
    if (node.id === NUMBERED_RECORD) return numberedRecordFunction(node, name);
    const walkEntry = isPrimitive(node.value)
      ? `if (!(${check(node.value, 'item')})) item = ${use('mismatch')}(walk, item, depth, key);`
      : `walk.keys[depth] = key;\n      item = ${walker(node.value)}(walk, item, depth + 1);`;
    functions.push(`/** ${node.id}: keys from ${node.key.id}, values checked one by one. */
function ${name}(walk: Walk, value: unknown, depth: number): unknown {
  if (!isPlainObject(value)) return other(walk, value, depth);
  walk.ancestors[depth] = value;
  const copy: Record<string, unknown> | undefined = walk.copying ? {} : undefined;
  for (const key in value) {
${readKey}
    if (!${setOf(node.key)}.has(key)) item = ${use('unknownKey')}(walk, item, depth, key);
    else {
      ${walkEntry}
    }
    if (copy !== undefined && item !== ABSENT) copy[key] = item;
  }
  return finish(walk, copy, value);
}`);
    return name;
  }

  /**
   * The walker of the answers: as any record's, and a walk that returns the document (copying it, or freezing it in
   * place) also lists the numeric answers with the position of their key in `walk.numbers`, which the walker of the
   * response gives to the response, for the scoring (see `keepAnswerNumbers` in `src/internal/parsed.ts`).
   */
  function numberedRecordFunction(node: Extract<FormatNode, { kind: 'record' }>, name: string): string {
    if (!isPrimitive(node.value) || node.key.catalogue === undefined) {
      throw new Error(`format generator: ${node.id} must map catalogue ids to numbers`);
    }
    // `setOf` imports the id list (`indicatorIds` for `IndicatorId`); the walker is emitted once, so is its map.
    setOf(node.key);
    const positions = `${lowerFirst(node.key.id)}Positions`;
    constants.push(
      `const ${positions}: ReadonlyMap<unknown, number> = /* @__PURE__ */ new Map<unknown, number>(${lowerFirst(node.key.id)}s.map((id, at) => [id, at]));`,
    );
    functions.push(`/** ${node.id}: keys from ${node.key.id}, values checked one by one; the numbers kept by position. */
function ${name}(walk: Walk, value: unknown, depth: number): unknown {
  if (!isPlainObject(value)) return other(walk, value, depth);
  walk.ancestors[depth] = value;
  const copy: Record<string, unknown> | undefined = walk.copying ? {} : undefined;
  // [position, answer, …] of the numeric answers, kept only where the walk returns the value frozen.
  const numbers: number[] | undefined = walk.copying || walk.freezing ? [] : undefined;
  for (const key in value) {
${readKey}
    const at = ${positions}.get(key);
    if (at === undefined) item = ${use('unknownKey')}(walk, item, depth, key);
    else if (!(${check(node.value, 'item')})) item = ${use('mismatch')}(walk, item, depth, key);
    else if (numbers !== undefined && typeof item === 'number') numbers.push(at, item);
    if (copy !== undefined && item !== ABSENT) copy[key] = item;
  }
  walk.numbers = numbers;
  return finish(walk, copy, value);
}`);
    return name;
  }

  function listFunction(node: Extract<FormatNode, { kind: 'array' }>): string {
    const element = node.element;
    const about = 'id' in element && element.id !== undefined ? element.id : element.kind;
    const name = `walkList${listCount++}`;
    const bounds: string[] = [];
    if (node.minItems !== undefined && node.minItems > 0) bounds.push(`length < ${node.minItems}`);
    if (node.maxItems !== undefined) bounds.push(`length > ${node.maxItems}`);
    // A document inside a portfolio that breaks a rule is recorded, so that only it goes through the full pipeline.
    const documents = element.kind === 'object' && documentParts.has(element);
    const walkItem = isPrimitive(element)
      ? `if (!(${check(element, 'item')})) item = ${use('mismatchItem')}(walk, item, depth);`
      : `item = ${walker(element)}(walk, item, depth + 1);`;
    const body = documents
      ? `const breaks = walk.breaks;\n    const strayKeys = walk.strayKeys;\n    ${walkItem}\n    if (walk.breaks !== breaks) walk.rejected.push(walk.keys.slice(0, depth + 1));\n    else if (walk.strayKeys !== strayKeys) walk.strayKeyDocuments.push(walk.keys.slice(0, depth + 1));`
      : walkItem;
    const unique = node.plain.map(
      (plain) => `\n  if (!${usePlain(plain)}(copy ?? (value as unknown[]))) walk.breaks++;`,
    );
    use('unreadable');
    functions.push(`/** A list of ${about}${node.minItems ? `, at least ${node.minItems}` : ''}${node.maxItems !== undefined ? `, at most ${node.maxItems}` : ''}${node.unique ? ', no value twice' : ''}. */
function ${name}(walk: Walk, value: unknown, depth: number): unknown {
  if (!Array.isArray(value)) return other(walk, value, depth);
  const length = value.length;${bounds.length > 0 ? `\n  if (${bounds.join(' || ')}) walk.breaks++;` : ''}
  // Checked before the first item is read: the generic walk reports the bound.
  if (walk.nodes + length > walk.limits.maxNodes) return other(walk, value, depth);
  walk.ancestors[depth] = value;
  const copy: unknown[] | undefined = walk.copying ? [] : undefined;
  walk.nodes += length;
  for (let index = 0; index < length; index++) {
    walk.keys[depth] = index;
    let item: unknown;
    try {
      item = value[index];
    } catch {
      unreadable(walk, depth, index);
      if (copy !== undefined) copy.length = index + 1;
      continue;
    }
    ${body}
    if (copy === undefined) continue;
    if (item === ABSENT) copy.length = index + 1;
    else copy.push(item);
  }${unique.join('')}
  return finish(walk, copy, value);
}`);
    return name;
  }

  const entries = Object.entries(model.documents).map(([kind, node]) => {
    const walk = objectFunction(node);
    return { kind, walk, exported: `walk${capitalise(kind)}Document` };
  });
  const exports = entries.map(
    ({ kind, walk, exported }) => `/**
 * Walks a ${kind} document: copies it (untrusted input) or checks it in place, and counts a break for everything that
 * is off the format or the snapshot bounds. The rules that span fields are checked separately.
 */
export function ${exported}(walk: Walk, value: unknown): unknown {
  return runWalk(walk, ${walk}, value);
}`,
  );
  // A stored result is parsed like a document: the same walk copies it (or checks it in place), then its rules.
  for (const [kind, node] of Object.entries(model.results)) {
    exports.push(`/**
 * Walks a stored result of kind ${kind}: copies it (untrusted input) or checks it in place, and counts a break for
 * everything that is off the format or the snapshot bounds. The rules that span fields are checked separately.
 */
export function walk${node.id}Result(walk: Walk, value: unknown): unknown {
  return runWalk(walk, ${objectFunction(node)}, value);
}`);
  }
  const roots = [
    ...Object.entries(model.documents).map(([kind, node]) => ({ node, about: `a ${kind} document` })),
    ...Object.entries(model.results).map(([kind, node]) => ({ node, about: `a stored result of kind ${kind}` })),
    ...Object.values(model.checked).map((node) => ({ node, about: `${lowerFirst(node.id)}` })),
  ];
  for (const { node, about } of roots) {
    exports.push(`/**
 * Tells whether a value has the structure of ${about} (every field, every catalogue id, every bound and the snapshot
 * bounds), without copying it, freezing it in place when asked to. The rules that span fields are checked separately.
 */
export function accepts${capitalise(node.id)}Structure(value: unknown, freeze: boolean): boolean {
  return structureHolds(${objectFunction(node)}, value, freeze);
}`);
  }

  const imports = importLines(plainImports, idImports, runtime, modules.runtime);

  return `// Generated by scripts/generate-format.ts from the zod schemas of the document format: do not edit.
// Change the format (src/schema/*Format.ts, enums.ts, fields.ts) and run \`npm run generate\`.
/**
 * The walkers of the document format: one plain function per part, every check written out. Each reads every value
 * once, copies it (or checks it in place) and counts a break for everything the zod structure or the snapshot bounds
 * would refuse; a walk without breaks is a valid structure. What the format does not expect goes to the generic walk.
 */
${imports.join('\n')}

${constants.join('\n')}

${functions.join('\n\n')}

${exports.join('\n\n')}
`;
}
