/**
 * The migration registry: how a document of an older format version becomes one of the current version. Version 1
 * is the only version so far, so the registry is empty; when version 2 comes, a step `1 → 2` per kind is added here
 * and `fromJSON` keeps reading version 1 documents. See `docs/versioning.md`.
 */

/** The format version this library writes. */
export const CURRENT_VERSION = 1;

/** One step: turns a plain document of version `from` into one of version `from + 1`. */
export interface Migration {
  /** The version the step reads. */
  readonly from: number;
  /** The step itself; it gets a plain copy and returns a plain document of the next version. */
  readonly migrate: (document: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/** The steps per document kind, oldest first. */
export type MigrationRegistry = Readonly<Record<string, readonly Migration[]>>;

/** The registry of this version of the library. */
export const migrations: MigrationRegistry = {
  collaboration: [],
  assessment: [],
  portfolio: [],
  plan: [],
  'berenschot-score': [],
  'factor-balance': [],
  'stage-inference': [],
  'portfolio-summary': [],
  'assessment-comparison': [],
  trend: [],
};

/** The versions a kind can be read from: every version with a path of steps to the current one. */
export function readableVersions(kind: string, registry: MigrationRegistry = migrations): number[] {
  const steps = Object.hasOwn(registry, kind) ? (registry[kind] as readonly Migration[]) : [];
  const versions = [CURRENT_VERSION];
  for (let version = CURRENT_VERSION - 1; version >= 0; version--) {
    if (steps.some((step) => step.from === version)) versions.unshift(version);
    else break;
  }
  return versions;
}

/**
 * Brings a plain document up to the current version. Returns `undefined` when there is no path of steps from its
 * version (a newer version, or an older one without a migration).
 */
export function migrate(
  document: Record<string, unknown>,
  kind: string,
  registry: MigrationRegistry = migrations,
): Record<string, unknown> | undefined {
  const steps = Object.hasOwn(registry, kind) ? (registry[kind] as readonly Migration[]) : [];
  let current = document;
  // Each step must raise the version by one; at most one pass over the steps, so a faulty step cannot loop.
  for (let applied = 0; applied <= steps.length; applied++) {
    const version = current.schemaVersion;
    if (version === CURRENT_VERSION) return current;
    const step = steps.find((candidate) => candidate.from === version);
    if (step === undefined) return undefined;
    current = step.migrate(current);
    if (current.schemaVersion !== (version as number) + 1) return undefined;
  }
  return undefined;
}
