/**
 * The import graph of a folder of TypeScript modules, type imports included, and the cycles in it. Used by the
 * architecture tests; madge reads the imports, the cycles are found here (Tarjan's strongly connected components), so
 * that every module of a cycle is named, not only the first path madge happens to walk.
 */
import madge from 'madge';

/** The modules of a folder and, per module, the modules it imports (paths relative to the folder). */
export type ImportGraph = Readonly<Record<string, readonly string[]>>;

/** Reads the import graph of every `.ts` file below `folder`, counting `import type` and `export type … from`. */
export async function readImportGraph(folder: string): Promise<{ graph: ImportGraph; skipped: readonly string[] }> {
  const result = await madge(folder, {
    fileExtensions: ['ts'],
    tsConfig: 'tsconfig.json',
    detectiveOptions: {
      ts: { skipTypeImports: false, skipAsyncImports: false },
      tsx: { skipTypeImports: false, skipAsyncImports: false },
    },
  });
  return { graph: result.obj(), skipped: result.warnings().skipped };
}

/**
 * The import cycles of a graph: every group of two or more modules that can reach each other, and every module that
 * imports itself. Each group is sorted; the groups are sorted by their first module.
 */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (module: string): void => {
    index.set(module, counter);
    lowest.set(module, counter);
    counter += 1;
    stack.push(module);
    onStack.add(module);
    for (const imported of graph[module] ?? []) {
      if (!index.has(imported)) {
        visit(imported);
        lowest.set(module, Math.min(lowest.get(module) as number, lowest.get(imported) as number));
      } else if (onStack.has(imported)) {
        lowest.set(module, Math.min(lowest.get(module) as number, index.get(imported) as number));
      }
    }
    if (lowest.get(module) !== index.get(module)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      group.push(member);
    } while (member !== module);
    if (group.length > 1 || (graph[module] ?? []).includes(module)) cycles.push(group.sort());
  };
  for (const module of Object.keys(graph).sort()) if (!index.has(module)) visit(module);
  return cycles.sort((left, right) => ((left[0] as string) < (right[0] as string) ? -1 : 1));
}

/** The area of a module: its top folder below the root, or `(root)` for a module at the root. */
export function areaOf(module: string): string {
  return module.includes('/') ? (module.split('/')[0] as string) : '(root)';
}

/** The import graph between areas: area A imports area B when a module of A imports a module of B. */
export function areaGraph(graph: ImportGraph): ImportGraph {
  const areas = new Map<string, Set<string>>();
  for (const [module, imports] of Object.entries(graph)) {
    const from = areaOf(module);
    const targets = areas.get(from) ?? new Set<string>();
    for (const imported of imports) if (areaOf(imported) !== from) targets.add(areaOf(imported));
    areas.set(from, targets);
  }
  return Object.fromEntries([...areas].map(([area, targets]) => [area, [...targets].sort()]));
}
