/**
 * Writes the fast validator of the document format (`src/schema/fastAccept.generated.ts`) from the model of the zod
 * schemas: one plain function per part, with a `switch` over the keys, every check of every field written out, and
 * the generic parts (x- values, bounds, freezing) from `src/schema/fastAcceptRuntime.ts`. The rules that span fields
 * are not here: the parse functions run the same rule functions after this check (see `src/schema/acceptors.ts`).
 *
 * Untrusted input is copied first (the snapshot) and then checked in place. A validator that copies while it checks
 * fits this generator as a second mode of the same emitters: each part function returns a frozen copy built key by
 * key in the `for…in` loop it already has (reading each value once, inside a `try` so that a throwing getter is
 * reported at its key and the loop goes on), and sends anything that is not plain data of the right shape to a
 * generic copier with the snapshot's rules and paths. That copier must then be the snapshot itself (one definition of
 * its rules), which is why it is not done here.
 */
import { type FormatModel, type FormatNode, tagOf } from './format-model.js';

type ObjectNode = Extract<FormatNode, { kind: 'object' }>;

/** Where the generated module finds what it imports, relative to itself. */
export interface AcceptModules {
  /** The module that exports every named enum, as the id with a lower-case first letter. */
  readonly enums: string;
  /** The runtime of the fast validators. */
  readonly runtime: string;
}

const defaultModules: AcceptModules = { enums: './enums.js', runtime: './fastAcceptRuntime.js' };

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Generates the TypeScript source of the fast validator (not yet formatted). */
export function generateAccept(model: FormatModel, modules: AcceptModules = defaultModules): string {
  const functions: string[] = [];
  const constants: string[] = [];
  const enumImports = new Set<string>();
  const plainImports = new Map<string, Set<string>>();
  const patterns = new Map<string, string>();
  const sets = new Map<string, string>();
  const emitted = new Set<string>();
  let listCount = 0;
  const runtime = new Set<string>(['isPlainObject', 'pass', 'run', 'runCheck']);
  const use = (name: string): string => {
    runtime.add(name);
    return name;
  };
  const maxima = new Map<number | undefined, string>();

  function maximumOf(length: number | undefined): string {
    const known = maxima.get(length);
    if (known !== undefined) return known;
    const name = `maxLength${maxima.size}`;
    // The snapshot refuses longer strings anywhere; a field that allows less says so itself.
    constants.push(
      `const ${name} = ${length === undefined ? use('MAX_STRING') : `Math.min(${length}, ${use('MAX_STRING')})`};`,
    );
    maxima.set(length, name);
    return name;
  }

  function setOf(node: Extract<FormatNode, { kind: 'enum' }>): string {
    const known = sets.get(node.id);
    if (known !== undefined) return known;
    const binding = lowerFirst(node.id);
    const name = `${binding}Values`;
    enumImports.add(binding);
    constants.push(`const ${name}: ReadonlySet<unknown> = new Set<unknown>(${binding}.options);`);
    sets.set(node.id, name);
    return name;
  }

  function patternOf(pattern: RegExp): string {
    const literal = `/${pattern.source}/${pattern.flags.replace('g', '')}`;
    const known = patterns.get(literal);
    if (known !== undefined) return known;
    const name = `pattern${patterns.size}`;
    constants.push(`const ${name} = ${literal};`);
    patterns.set(literal, name);
    return name;
  }

  /** A boolean expression that checks `value` (an expression without side effects) at `depth`. */
  /** The name of a plain check, imported from its module (relative to `src/schema/`) unless that is the runtime. */
  function usePlain(plain: { readonly name: string; readonly from: string }): string {
    if (plain.from === modules.runtime) return use(plain.name);
    const names = plainImports.get(plain.from) ?? new Set<string>();
    names.add(plain.name);
    plainImports.set(plain.from, names);
    return plain.name;
  }

  function check(node: FormatNode, value: string, depth: string): string {
    switch (node.kind) {
      case 'object':
        return `${objectFunction(node)}(${value}, ${depth})`;
      case 'union':
        return `${unionFunction(node)}(${value}, ${depth})`;
      case 'record':
        return `${recordFunction(node)}(${value}, ${depth})`;
      case 'array':
        return `${listFunction(node)}(${value}, ${depth})`;
      case 'nullable':
        return `(${value} === null || ${check(node.inner, value, depth)})`;
      case 'boolean':
        return `typeof ${value} === 'boolean'`;
      case 'literal':
        return node.values.length === 1
          ? `${value} === ${JSON.stringify(node.values[0])}`
          : `(${node.values.map((literal) => `${value} === ${JSON.stringify(literal)}`).join(' || ')})`;
      case 'enum':
        return `${setOf(node)}.has(${value})`;
      case 'number': {
        const parts = [node.integer ? `Number.isSafeInteger(${value})` : `typeof ${value} === 'number'`];
        if (!node.integer) parts.push(`Number.isFinite(${value})`);
        if (node.minimum)
          parts.push(`(${value} as number) ${node.minimum.inclusive ? '>=' : '>'} ${node.minimum.value}`);
        if (node.maximum)
          parts.push(`(${value} as number) ${node.maximum.inclusive ? '<=' : '<'} ${node.maximum.value}`);
        return parts.join(' && ');
      }
      case 'string': {
        const parts = [`typeof ${value} === 'string'`];
        parts.push(`${use('atMostCodePoints')}(${value}, ${maximumOf(node.maxLength)})`);
        if (node.minLength !== undefined && node.minLength > 0) {
          // No field has one yet; add a helper beside atMostCodePoints in the runtime when one does.
          throw new Error('format generator: a string with a minimum length; teach generate-accept.ts first');
        }
        for (const pattern of node.patterns) parts.push(`${patternOf(pattern)}.test(${value})`);
        for (const plain of node.plain) parts.push(`${usePlain(plain)}(${value})`);
        return parts.join(' && ');
      }
    }
  }

  function objectFunction(node: ObjectNode): string {
    const name = `check${node.id}`;
    if (emitted.has(name)) return name;
    emitted.add(name);
    const required = node.fields.filter((field) => !field.optional);
    if (required.length > 30) throw new Error(`format generator: ${node.id} has more than 30 required fields`);
    const cases = node.fields.map((field) => {
      const bit = required.indexOf(field);
      const mark = bit >= 0 ? `\n        required |= ${2 ** bit};` : '';
      return `      case ${JSON.stringify(field.key)}:\n        if (!(${check(field.node, 'item', 'depth + 1')})) return false;${mark}\n        break;`;
    });
    functions.push(`/** ${node.id}: ${required.length} required field(s), ${node.fields.length - required.length} optional, and x- keys. */
function ${name}(value: unknown, depth: number): boolean {
  if (!isPlainObject(value)) return false;
  let required = 0;
  let keys = 0;
  for (const key in value) {
    keys++;
    const item = value[key];
    switch (key) {
${cases.join('\n')}
      default:
        if (!${use('isExtensionKey')}(key) || !${use('isJson')}(item, depth + 1)) return false;
    }
  }
  run.nodes += keys;
  return required === ${2 ** required.length - 1} && pass(value);
}`);
    return name;
  }

  function unionFunction(node: Extract<FormatNode, { kind: 'union' }>): string {
    const name = `check${node.id}`;
    if (emitted.has(name)) return name;
    emitted.add(name);
    const cases = node.options.map(
      (option) =>
        `    case ${JSON.stringify(tagOf(option, node.discriminator))}:\n      return ${objectFunction(option)}(value, depth);`,
    );
    functions.push(`/** ${node.id}: one of ${node.options.map((option) => option.id).join(', ')}, by ${node.discriminator}. */
function ${name}(value: unknown, depth: number): boolean {
  if (!isPlainObject(value)) return false;
  switch (value${/^[A-Za-z_$][\w$]*$/.test(node.discriminator) ? `.${node.discriminator}` : `[${JSON.stringify(node.discriminator)}]`}) {
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
function ${name}(value: unknown, depth: number): boolean {
  if (!isPlainObject(value)) return false;
  let keys = 0;
  for (const key in value) {
    keys++;
    const item = value[key];
    if (!${setOf(node.key)}.has(key) || !(${check(node.value, 'item', 'depth + 1')})) return false;
  }
  run.nodes += keys;
  return pass(value);
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
    functions.push(`/** A list of ${about}${node.minItems ? `, at least ${node.minItems}` : ''}${node.maxItems !== undefined ? `, at most ${node.maxItems}` : ''}. */
function ${name}(value: unknown, depth: number): boolean {
  if (!Array.isArray(value)) return false;
  const length = value.length;${bounds.length > 0 ? `\n  if (${bounds.join(' || ')}) return false;` : ''}
  run.nodes += length;
  for (let index = 0; index < length; index++) {
    const item = value[index];
    if (!(${check(element, 'item', 'depth + 1')})) return false;
  }${node.plain
    .map(
      (plain) => `
  if (!${usePlain(plain)}(value)) return false;`,
    )
    .join('')}
  return pass(value);
}`);
    return name;
  }

  const entries = Object.entries(model.documents).map(([kind, node]) => {
    const check = objectFunction(node);
    return { kind, check, exported: `accepts${capitalise(kind)}Structure` };
  });
  const exports = entries.map(
    ({ kind, check, exported }) => `/**
 * Tells whether a value has the structure of a ${kind} document (every field, every catalogue id, every bound and
 * the snapshot bounds), freezing what passes when asked to. The rules that span fields are checked separately.
 */
export function ${exported}(value: unknown, freeze: boolean): boolean {
  return runCheck(${check}, value, freeze);
}`,
  );

  const imports: string[] = [];
  for (const [from, names] of [...plainImports].sort(([a], [b]) => a.localeCompare(b))) {
    imports.push(`import { ${[...names].sort().join(', ')} } from '${from}';`);
  }
  imports.push(`import { ${[...enumImports].sort().join(', ')} } from '${modules.enums}';`);
  imports.push(`import { ${[...runtime].sort().join(', ')} } from '${modules.runtime}';`);

  // A function whose body does not pass the depth on names the parameter as unused.
  const written = functions.map((text) => {
    const body = text.slice(text.indexOf('{'));
    return /\bdepth\b/.test(body)
      ? text
      : text.replace('(value: unknown, depth: number)', '(value: unknown, _depth: number)');
  });

  return `// Generated by scripts/generate-format.ts from the zod schemas of the document format: do not edit.
// Change the format (src/schema/*Format.ts, enums.ts, fields.ts) and run \`npm run generate\`.
/**
 * The fast validators of the document format: one plain function per part, every check written out. Each says
 * \`true\` only when the value passes every check of the zod structure and the snapshot bounds; \`false\` sends the
 * value through the full pipeline, which finds the issues.
 */
${imports.join('\n')}

${constants.join('\n')}

${written.join('\n\n')}

${exports.join('\n\n')}
`;
}
