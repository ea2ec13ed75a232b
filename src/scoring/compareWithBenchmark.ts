import {
  addIssue,
  isPlainObject,
  readCatalogueId,
  readChoiceField,
  readOptions,
  throwIfIssues,
} from '../arguments/argumentReader.js';
import { benchmarks } from '../catalogue/data/benchmarks.js';
import { sources as catalogueSources } from '../catalogue/data/sources.js';
import type { BenchmarkId } from '../catalogue/ids/benchmarks.js';
import { benchmarkIds } from '../catalogue/ids/benchmarks.js';
import type { FormId } from '../catalogue/ids/forms.js';
import type { ThemeId } from '../catalogue/ids/themes.js';
import type { Benchmark, BenchmarkRow, Scale, Source, SourceRef } from '../catalogue/types.js';
import type { Issue } from '../errors/SamenwerkingError.js';
import { benchmarkFindings } from '../i18n/benchmarkFindings/benchmarkFindings.js';
import { copyText } from '../i18n/copyText.js';
import type { LocalisedText } from '../i18n/LocalisedText.js';
import { suggestIds } from '../internal/suggest.js';

/**
 * Your own figures, keyed by the row keys of a benchmark (for the Regioplan theme tables these are the theme ids).
 * A value is on the benchmark's unit: a percentage from 0 to 100, a count of 0 or more, or a mean on the benchmark's
 * scale; `null` or `undefined` means "no figure for this row".
 *
 * @category Scoring
 */
export type BenchmarkFigures = Readonly<Record<string, number | null | undefined>>;

/**
 * The options of {@link compareWithBenchmark}. Every option may be left out or set to `undefined` for its default.
 *
 * @category Scoring
 */
export interface CompareWithBenchmarkOptions {
  /** Which rows to return: `all` (default) or only the rows you gave a figure for (`compared`). */
  readonly rows?: 'all' | 'compared' | undefined;
}

/**
 * One benchmark row beside your figure.
 *
 * @category Scoring
 */
export interface BenchmarkComparisonRow {
  /** The row key. */
  readonly key: string;
  /** The row label. */
  readonly label: LocalisedText;
  /** The catalogue theme the row is about, or `null`. */
  readonly theme: ThemeId | null;
  /** The catalogue form the row is about, or `null`. */
  readonly form: FormId | null;
  /** The benchmark value, exactly as printed in the source. */
  readonly benchmark: number;
  /** The number of respondents behind the row (the row's own, else the benchmark's), or `null` when not printed. */
  readonly n: number | null;
  /** Your figure, or `null` when you gave none. */
  readonly figure: number | null;
  /** Your figure minus the benchmark (percentage points, counts or scale points), or `null` without a figure. */
  readonly difference: number | null;
  /** The comparison in one sentence. */
  readonly explanation: LocalisedText;
}

/**
 * A catalogue benchmark beside your figures, with the benchmark's source, year, n and base.
 *
 * @category Scoring
 */
export interface BenchmarkComparison {
  /** The benchmark. */
  readonly benchmark: BenchmarkId;
  /** The benchmark's name. */
  readonly label: LocalisedText;
  /** What the benchmark measures. */
  readonly description: LocalisedText;
  /** What the values are: percentages, counts or means. */
  readonly unit: Benchmark['unit'];
  /** The answer scale of a mean, or `null` for percentages and counts. */
  readonly scale: Scale | null;
  /** The year the data was collected or published. */
  readonly year: number;
  /** The number of respondents, or `null` when the source does not give it. */
  readonly n: number | null;
  /** Who was asked. */
  readonly base: LocalisedText;
  /** The source documents, with table and lines. */
  readonly sources: readonly SourceRef[];
  /** The source, year, n and base in one line a report can print under a table. */
  readonly citation: LocalisedText;
  /** The benchmark's remark on how to read it, or `null` when it has none. */
  readonly note: LocalisedText | null;
  /** The rows in the benchmark's order: all of them, or only those with a figure. */
  readonly rows: readonly BenchmarkComparisonRow[];
  /** The number of rows you gave a figure for. */
  readonly compared: number;
}

const OPTION_NAMES: readonly string[] = ['rows'];
const ROW_CHOICES: readonly string[] = ['all', 'compared'];

/** Whether a figure is usable on the benchmark's unit. */
function fitsUnit(benchmark: Benchmark, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (benchmark.unit === 'percentage') return value >= 0 && value <= 100;
  if (benchmark.unit === 'count') return value >= 0;
  const scale = benchmark.scale as Scale;
  return value >= scale.min && value <= scale.max;
}

/** The allowed values of a figure, for the message. */
function allowedFigure(benchmark: Benchmark): LocalisedText {
  if (benchmark.unit === 'percentage') return benchmarkFindings.expectedPercentage();
  if (benchmark.unit === 'count') return benchmarkFindings.expectedCount();
  const scale = benchmark.scale as Scale;
  return benchmarkFindings.expectedMean(scale.min, scale.max);
}

/** Reads the figures: every key a row key, every value a usable number or `null`. */
function readFigures(benchmark: Benchmark, figures: unknown, issues: Issue[]): ReadonlyMap<string, number> {
  const read = new Map<string, number>();
  if (!isPlainObject(figures)) {
    addIssue(issues, 'invalid_option', ['figures'], benchmarkFindings.figuresNotObject(figures));
    return read;
  }
  const keys = benchmark.rows.map((row) => row.key);
  for (const key of Object.keys(figures)) {
    const value = figures[key];
    if (!keys.includes(key)) {
      const about = benchmark.rows.filter((row) => row.theme === key || row.form === key).map((row) => row.key);
      addIssue(
        issues,
        'unknown_id',
        ['figures', key],
        about.length > 0
          ? benchmarkFindings.ambiguousKey(benchmark.id, key, about)
          : benchmarkFindings.unknownRow(benchmark.id, key, suggestIds(key, keys), keys),
      );
    } else if (typeof value === 'number' && fitsUnit(benchmark, value)) {
      read.set(key, value);
    } else if (value !== null && value !== undefined) {
      addIssue(
        issues,
        'invalid_option',
        ['figures', key],
        benchmarkFindings.invalidFigure(key, value, allowedFigure(benchmark)),
      );
    }
  }
  return read;
}

/** One row beside its figure. */
function compareRow(benchmark: Benchmark, row: BenchmarkRow, figure: number | undefined): BenchmarkComparisonRow {
  const difference = figure === undefined ? null : figure - row.value;
  return {
    key: row.key,
    label: copyText(row.label),
    theme: row.theme ?? null,
    form: row.form ?? null,
    benchmark: row.value,
    n: row.n ?? benchmark.n,
    figure: figure ?? null,
    difference,
    explanation:
      figure === undefined
        ? benchmarkFindings.rowWithoutFigure(benchmark.unit, row.value)
        : benchmarkFindings.rowCompared(benchmark.unit, figure, row.value, difference as number),
  };
}

/**
 * Puts your own figures beside a catalogue benchmark, row by row, with the difference and the benchmark's source,
 * year, number of respondents and base.
 *
 * @remarks
 * difference = your figure − the benchmark value, per row, on the benchmark's unit: percentage points for a
 * percentage, a count for a count, scale points for a mean. The benchmark values are kept exactly as printed; a row's
 * `n` is its own where the source prints one, else the benchmark's. A figure left out, `null` or `undefined` gives a
 * row without a difference. Compare like with like: the Regioplan theme tables count respondents (schools and
 * boards) that collaborate on a theme, so the matching figure is the share of your organisations that do, not the
 * share of your collaborations.
 *
 * @param benchmarkId - The id of a catalogue benchmark, for example `'regioplan-samenwerking-per-thema'`.
 * @param figures - Your figures, keyed by row key; it is not changed.
 * @param options - Which rows to return.
 * @returns A new object with the benchmark's metadata, the rows beside your figures, and the number of rows compared.
 * @throws {SamenwerkingError} `unknown_id` when the benchmark id is unknown, or a key of `figures` is not a row key of
 *   the benchmark; the message suggests the closest ids, or lists the rows about a form or theme id given as a key.
 * @throws {SamenwerkingError} `invalid_option` when `figures` is not an object, a figure is outside the benchmark's
 *   unit (0 to 100 for a percentage, 0 or more for a count, the scale for a mean), or an option is unknown or invalid.
 *
 * @example
 * ```ts
 * const comparison = compareWithBenchmark('regioplan-samenwerking-per-thema', {
 *   'passend-onderwijs': 100,
 *   'wetenschap-onderzoek': 40,
 * }, { rows: 'compared' });
 * comparison.rows.map((row) => [row.key, row.benchmark, row.difference]);
 * //=> [['passend-onderwijs', 98, 2], ['wetenschap-onderzoek', 52, -12]]
 * comparison.rows[1].explanation.en;
 * //=> 'Your 40% is 12 percentage points below the benchmark’s 52%.'
 * [comparison.year, comparison.n];
 * //=> [2015, 111]
 * ```
 * @category Scoring
 */
export function compareWithBenchmark(
  benchmarkId: BenchmarkId,
  figures: BenchmarkFigures,
  options?: CompareWithBenchmarkOptions,
): BenchmarkComparison {
  const issues: Issue[] = [];
  const id = readCatalogueId(issues, ['benchmarkId'], benchmarkId, benchmarkIds, 'benchmarks');
  const benchmark = benchmarks.find((entry) => entry.id === id);
  const read = benchmark === undefined ? new Map<string, number>() : readFigures(benchmark, figures, issues);
  const reader = readOptions(options, OPTION_NAMES, issues);
  const rowsOption = readChoiceField(reader, 'rows', ROW_CHOICES);
  throwIfIssues(issues);

  const found = benchmark as Benchmark;
  const rows = found.rows
    .filter((row) => rowsOption !== 'compared' || read.has(row.key))
    .map((row) => compareRow(found, row, read.get(row.key)));
  const table = found.sources[0] as SourceRef;
  const source = catalogueSources.find((entry) => entry.id === table.source) as Source;
  return {
    benchmark: found.id,
    label: copyText(found.label),
    description: copyText(found.description),
    unit: found.unit,
    scale: found.scale === undefined ? null : { min: found.scale.min, max: found.scale.max },
    year: found.year,
    n: found.n,
    base: copyText(found.base),
    sources: found.sources.map((ref) => ({ ...ref })),
    citation: benchmarkFindings.citation(
      source.title,
      source.publisher,
      found.year,
      table.section,
      found.n,
      found.base,
    ),
    note: found.note === undefined ? null : copyText(found.note),
    rows,
    compared: read.size,
  };
}
