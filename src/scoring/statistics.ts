/**
 * Descriptive statistics of a set of scores: quantiles by linear interpolation between order statistics (type 7 of
 * Hyndman and Fan, the default of R and NumPy), and the summary a portfolio shows per group.
 */

/** The summary of a non-empty set of numbers. */
export interface NumberSummary {
  /** How many numbers. */
  readonly count: number;
  /** The lowest. */
  readonly min: number;
  /** The lower quartile, `quantile(0.25)`. */
  readonly q1: number;
  /** The median, `quantile(0.5)`. */
  readonly median: number;
  /** The upper quartile, `quantile(0.75)`. */
  readonly q3: number;
  /** The highest. */
  readonly max: number;
  /** The arithmetic mean. */
  readonly mean: number;
}

/**
 * The value at quantile `p` (0 to 1) of sorted numbers, by linear interpolation between the two nearest ranks (type
 * 7): with `h = (n − 1) × p`, `x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋])`. Kept between the two neighbours, so
 * rounding can never carry it outside them.
 *
 * @param sorted - The numbers in ascending order; at least one.
 * @param p - The quantile, 0 to 1.
 */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const fraction = h - lower;
  const low = sorted[lower] as number;
  if (fraction === 0) return low;
  const high = sorted[lower + 1] as number;
  return Math.min(high, Math.max(low, low + fraction * (high - low)));
}

/**
 * Summarises numbers: count, extremes, quartiles and mean; `undefined` for none. The order of the numbers does not
 * matter, and the input is not changed. The mean is summed with compensation, so it stays within 1e-9 of the exact
 * mean of the numbers even for a portfolio of a million scores.
 *
 * @param values - The numbers, in any order.
 */
export function summariseNumbers(values: readonly number[]): NumberSummary | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  // Neumaier's compensated sum: within a few units in the last place of the exact sum, however many scores there are.
  let sum = 0;
  let compensation = 0;
  for (const value of sorted) {
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  sum += compensation;
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  return {
    count: sorted.length,
    min,
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max,
    mean: Math.min(max, Math.max(min, sum / sorted.length)),
  };
}
