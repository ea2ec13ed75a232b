/**
 * The part the two generators of the format share (`generate-accept.ts`, the copying walkers, and
 * `generate-check.ts`, the yes-or-no checks): the expressions that check a primitive value (booleans, literals, enums,
 * numbers, strings with their patterns and plain checks), the module constants they need (sets, patterns, length
 * limits) and the import lines of a generated module, written once so that a walker and a check test a field the same way.
 */
import type { FormatNode } from './format-model.js';

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a node is checked by an expression (a primitive) rather than walked by a function of its own. */
export function isPrimitive(node: FormatNode): boolean {
  if (node.kind === 'nullable') return isPrimitive(node.inner);
  return node.kind !== 'object' && node.kind !== 'union' && node.kind !== 'record' && node.kind !== 'array';
}

/** What the primitive checks write into the module being generated. */
export interface PrimitiveTarget {
  /** The module's constants, in the order they are needed. */
  readonly constants: string[];
  /** The id lists to import, by module. */
  readonly idImports: Map<string, string>;
  /** The plain checks to import, by module. */
  readonly plainImports: Map<string, Set<string>>;
  /** Marks a name of the runtime as used and returns it. */
  readonly use: (name: string) => string;
  /** The folder of the catalogue's id lists and the runtime module, relative to the generated module. */
  readonly modules: { readonly catalogueIds: string; readonly runtime: string };
}

/** The check expressions of one generated module, with the constants they share. */
export function primitiveChecks(target: PrimitiveTarget): {
  readonly check: (node: FormatNode, value: string) => string;
  readonly setOf: (node: Extract<FormatNode, { kind: 'enum' }>) => string;
  readonly usePlain: (plain: { readonly name: string; readonly from: string }) => string;
} {
  const { constants, idImports, plainImports, use, modules } = target;
  const patterns = new Map<string, string>();
  const sets = new Map<string, string>();
  const maxima = new Map<number | undefined, string>();

  function maximumOf(length: number | undefined): string {
    const known = maxima.get(length);
    if (known !== undefined) return known;
    const name = `maxLength${maxima.size}`;
    // The snapshot refuses longer strings anywhere; a field that allows less says so itself.
    constants.push(
      `const ${name} = ${length === undefined ? use('MAX_STRING') : `/* @__PURE__ */ Math.min(${length}, ${use('MAX_STRING')})`};`,
    );
    maxima.set(length, name);
    return name;
  }

  function setOf(node: Extract<FormatNode, { kind: 'enum' }>): string {
    const known = sets.get(node.id);
    if (known !== undefined) return known;
    const name = `${lowerFirst(node.id)}Values`;
    let values: string;
    if (node.catalogue === undefined) values = JSON.stringify(node.values);
    else {
      // `IndicatorId` of the list `indicators`: the array `indicatorIds` of `ids/indicators.js`.
      values = `${lowerFirst(node.id)}s`;
      idImports.set(`${modules.catalogueIds}/${node.catalogue}.js`, values);
    }
    constants.push(`const ${name}: ReadonlySet<unknown> = /* @__PURE__ */ new Set<unknown>(${values});`);
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

  /** The name of a plain check, imported from its module (relative to `src/schema/`) unless that is the runtime. */
  function usePlain(plain: { readonly name: string; readonly from: string }): string {
    if (plain.from === modules.runtime) return use(plain.name);
    const names = plainImports.get(plain.from) ?? new Set<string>();
    names.add(plain.name);
    plainImports.set(plain.from, names);
    return plain.name;
  }

  /** A boolean expression that checks a primitive `value` (an expression without side effects). */
  function check(node: FormatNode, value: string): string {
    switch (node.kind) {
      case 'nullable':
        return `(${value} === null || ${check(node.inner, value)})`;
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
          throw new Error('format generator: a string with a minimum length; teach generate-primitives.ts first');
        }
        for (const pattern of node.patterns) parts.push(`${patternOf(pattern)}.test(${value})`);
        for (const plain of node.plain) parts.push(`${usePlain(plain)}(${value})`);
        return parts.join(' && ');
      }
      default:
        throw new Error(`format generator: no check expression for a ${node.kind}`);
    }
  }

  return { check, setOf, usePlain };
}

/** The import lines of a generated module: plain checks and id lists by module, then the runtime names it used. */
export function importLines(
  plainImports: ReadonlyMap<string, ReadonlySet<string>>,
  idImports: ReadonlyMap<string, string>,
  runtime: ReadonlySet<string>,
  runtimeModule: string,
): string[] {
  const imports: string[] = [];
  for (const [from, names] of [...plainImports].sort(([a], [b]) => a.localeCompare(b))) {
    imports.push(`import { ${[...names].sort().join(', ')} } from '${from}';`);
  }
  for (const [from, name] of [...idImports].sort(([a], [b]) => a.localeCompare(b))) {
    imports.push(`import { ${name} } from '${from}';`);
  }
  const runtimeNames = [...runtime].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', '')));
  imports.push(`import { ${runtimeNames.join(', ')} } from '${runtimeModule}';`);
  return imports;
}
