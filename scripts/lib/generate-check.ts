/**
 * Writes the checks of the document format (`src/schema/fastCheck.generated.ts`) from the model of the zod schemas:
 * for each document kind a function that only answers yes or no, with the same checks as the walkers of
 * `generate-accept.ts` but no copy, no freezing, no paths and no problems. It returns at the first value that does not
 * fit. The scoring checks a hand-built assessment with it, so its bundle does not carry the walkers' machinery.
 *
 * The answer is the walkers' answer: yes exactly when `accepts…Structure(value, false)` says yes (a property test
 * holds the two to it). The rules that span fields are not here either.
 */
import { type FormatModel, type FormatNode, tagOf } from './format-model.js';
import { capitalise, importLines, isPrimitive, primitiveChecks } from './generate-primitives.js';

type ObjectNode = Extract<FormatNode, { kind: 'object' }>;

/** Where the generated module finds what it imports, relative to itself. */
export interface CheckModules {
  /** The folder of the catalogue's id lists. */
  readonly catalogueIds: string;
  /** The runtime of the walkers, which also holds the steps of the checks. */
  readonly runtime: string;
}

const defaultModules: CheckModules = { catalogueIds: '../catalogue/ids', runtime: './fastAcceptRuntime.js' };

/** The document kinds that get a check: those a function checks a hand-built value of (the scoring: an assessment). */
const checkedKinds: readonly string[] = ['assessment'];

/** Generates the TypeScript source of the checks (not yet formatted). */
export function generateCheck(model: FormatModel, modules: CheckModules = defaultModules): string {
  const functions: string[] = [];
  const constants: string[] = [];
  const idImports = new Map<string, string>();
  const plainImports = new Map<string, Set<string>>();
  const emitted = new Set<string>();
  let listCount = 0;
  const runtime = new Set<string>(['type Check', 'checkHolds', 'extensionHolds', 'isExtensionKey', 'isPlainObject']);
  const use = (name: string): string => {
    runtime.add(name);
    return name;
  };

  const { check, setOf, usePlain } = primitiveChecks({ constants, idImports, plainImports, use, modules });

  /** The function that checks a node with a function of its own. */
  function checker(node: FormatNode): string {
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
        throw new Error(`format generator: no check for a ${node.kind}`);
    }
  }

  /** A boolean expression that checks `item`, a value at `depth + 1`. */
  function holds(node: FormatNode): string {
    if (isPrimitive(node)) return check(node, 'item');
    if (node.kind === 'nullable') return `(item === null || ${checker(node.inner)}(check, item, depth + 1))`;
    return `${checker(node)}(check, item, depth + 1)`;
  }

  /** The name of the depth parameter of a function whose values are `node`s: unused (`_depth`) when they are primitives. */
  function depthOf(node: FormatNode): string {
    return isPrimitive(node) ? '_depth' : 'depth';
  }

  /** The read of one key inside the `for…in` loop: a getter that throws ends the check (no). */
  const readKey = `    const item: unknown = value[key];
    // A key set to undefined counts as absent, as in JSON.
    if (item === undefined) continue;
    check.nodes++;`;

  function objectFunction(node: ObjectNode): string {
    const name = `check${node.id}`;
    if (emitted.has(name)) return name;
    emitted.add(name);
    const required = node.fields.filter((field) => !field.optional);
    if (required.length > 30) throw new Error(`format generator: ${node.id} has more than 30 required fields`);
    const cases = node.fields.map((field) => {
      const bit = required.indexOf(field);
      const mark = bit >= 0 ? `\n        required |= ${2 ** bit};` : '';
      return `      case ${JSON.stringify(field.key)}:${mark}\n        if (!(${holds(field.node)})) return false;\n        break;`;
    });
    functions.push(`/** ${node.id}: ${required.length} required field(s), ${node.fields.length - required.length} optional, and x- keys. */
function ${name}(check: Check, value: unknown, depth: number): boolean {
  if (!isPlainObject(value)) return false;
  let required = 0;
  for (const key in value) {
${readKey}
    switch (key) {
${cases.join('\n')}
      default:
        if (!(isExtensionKey(key) && extensionHolds(check, item, depth + 1))) return false;
    }
  }
  return required === ${2 ** required.length - 1};
}`);
    return name;
  }

  function unionFunction(node: Extract<FormatNode, { kind: 'union' }>): string {
    const name = `check${node.id}`;
    if (emitted.has(name)) return name;
    emitted.add(name);
    const cases = node.options.map(
      (option) =>
        `    case ${JSON.stringify(tagOf(option, node.discriminator))}:\n      return ${objectFunction(option)}(check, value, depth);`,
    );
    const tag = /^[A-Za-z_$][\w$]*$/.test(node.discriminator)
      ? `.${node.discriminator}`
      : `[${JSON.stringify(node.discriminator)}]`;
    functions.push(`/** ${node.id}: one of ${node.options.map((option) => option.id).join(', ')}, by ${node.discriminator}. */
function ${name}(check: Check, value: unknown, depth: number): boolean {
  if (!isPlainObject(value)) return false;
  switch (value${tag}) {
${cases.join('\n')}
    default:
      return false;
  }
}`);
    return name;
  }

  function recordFunction(node: Extract<FormatNode, { kind: 'record' }>): string {
    const name = `check${node.id}`;
    if (emitted.has(name)) return name;
    emitted.add(name);
    functions.push(`/** ${node.id}: keys from ${node.key.id}, values checked one by one. */
function ${name}(check: Check, value: unknown, ${depthOf(node.value)}: number): boolean {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
${readKey}
    if (!(${setOf(node.key)}.has(key) && ${holds(node.value)})) return false;
  }
  return true;
}`);
    return name;
  }

  function listFunction(node: Extract<FormatNode, { kind: 'array' }>): string {
    const element = node.element;
    const about = 'id' in element && element.id !== undefined ? element.id : element.kind;
    const name = `checkList${listCount++}`;
    const bounds: string[] = [];
    if (node.minItems !== undefined && node.minItems > 0) bounds.push(`length < ${node.minItems}`);
    if (node.maxItems !== undefined) bounds.push(`length > ${node.maxItems}`);
    bounds.push('check.nodes + length > check.limits.maxNodes');
    const unique = node.plain.map((plain) => `\n  if (!${usePlain(plain)}(value)) return false;`);
    functions.push(`/** A list of ${about}${node.minItems ? `, at least ${node.minItems}` : ''}${node.maxItems !== undefined ? `, at most ${node.maxItems}` : ''}${node.unique ? ', no value twice' : ''}. */
function ${name}(check: Check, value: unknown, ${depthOf(element)}: number): boolean {
  if (!Array.isArray(value)) return false;
  const length = value.length;
  if (${bounds.join(' || ')}) return false;
  check.nodes += length;
  for (let index = 0; index < length; index++) {
    const item: unknown = value[index];
    if (!(${holds(element)})) return false;
  }${unique.join('')}
  return true;
}`);
    return name;
  }

  const exports = Object.entries(model.documents)
    .filter(([kind]) => checkedKinds.includes(kind))
    .map(([kind, node]) => {
      const root = objectFunction(node);
      return `/**
 * Tells whether a value has the structure of a ${kind} document (every field, every catalogue id, every bound and the
 * snapshot bounds), without copying or freezing it: the answer of \`accepts${capitalise(node.id)}Structure(value, false)\`,
 * with less code. The rules that span fields are checked separately.
 */
export function checks${capitalise(node.id)}Structure(value: unknown): boolean {
  return checkHolds(${root}, value);
}`;
    });

  const imports = importLines(plainImports, idImports, runtime, modules.runtime);

  return `// Generated by scripts/generate-format.ts from the zod schemas of the document format: do not edit.
// Change the format (src/schema/*Format.ts, enums.ts, fields.ts) and run \`npm run generate\`.
/**
 * The checks of the document format: one plain function per part, every check of the walkers written out, but only a
 * yes or no: no copy, no freezing, no paths, and the first value that does not fit ends the check.
 */
${imports.join('\n')}

${constants.join('\n')}

${functions.join('\n\n')}

${exports.join('\n\n')}
`;
}
