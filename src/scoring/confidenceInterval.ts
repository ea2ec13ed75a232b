/**
 * The uncertainty of a group's scores: the standard error of a score by linearisation over respondents, and a
 * Student t interval around it. Only `scoreByGroup` imports this module, so that `scoreBerenschot` alone stays small.
 *
 * The t quantile is computed here rather than taken from a statistics package. An interval needs only the quantile
 * for whole degrees of freedom (respondents − 1), and for those the distribution function of Student's t has an exact
 * finite form (Abramowitz and Stegun, Handbook of Mathematical Functions, 1964, formulas 26.7.3 and 26.7.4), which a
 * bisection inverts to machine precision. The packages that were weighed: jStat (one 73 kB script without types that
 * cannot be tree-shaken, for one function), simple-statistics (no t quantile) and the stdlib packages (exact, but six
 * run-time dependencies for the same result).
 */

/** The confidence level of every interval: 95%. */
export const CONFIDENCE_LEVEL = 0.95;

/** An interval around a score, within 0 to 100. */
export interface ScoreInterval {
  /** The lower bound. */
  readonly lower: number;
  /** The upper bound. */
  readonly upper: number;
}

/**
 * `P(|T| ≤ t)` for Student's t with a whole number of degrees of freedom, by the finite series of Abramowitz and
 * Stegun 26.7.3 (odd) and 26.7.4 (even), with `θ = atan(t / √ν)`.
 */
export function studentCentralProbability(t: number, degreesOfFreedom: number): number {
  const theta = Math.atan(Math.abs(t) / Math.sqrt(degreesOfFreedom));
  const sine = Math.sin(theta);
  const cosine = Math.cos(theta);
  const cosineSquared = cosine * cosine;
  if (degreesOfFreedom % 2 === 0) {
    // sin θ × (1 + 1/2 cos²θ + (1·3)/(2·4) cos⁴θ + … + (1·3⋯(ν−3))/(2·4⋯(ν−2)) cos^(ν−2)θ)
    let term = 1;
    let sum = 1;
    for (let k = 2; k <= degreesOfFreedom - 2; k += 2) {
      term *= ((k - 1) / k) * cosineSquared;
      sum += term;
    }
    return Math.min(1, sine * sum);
  }
  // 2/π × (θ + sin θ × (cos θ + 2/3 cos³θ + … + (2·4⋯(ν−3))/(1·3⋯(ν−2)) cos^(ν−2)θ)); 2θ/π for ν = 1
  if (degreesOfFreedom === 1) return (2 * theta) / Math.PI;
  let term = cosine;
  let sum = cosine;
  for (let k = 3; k <= degreesOfFreedom - 2; k += 2) {
    term *= ((k - 1) / k) * cosineSquared;
    sum += term;
  }
  return Math.min(1, (2 / Math.PI) * (theta + sine * sum));
}

/**
 * The two-sided quantile of Student's t with a whole number of degrees of freedom: the t with `P(|T| ≤ t) = level`,
 * that is the quantile at `1 − (1 − level) / 2`. 12.706 for 1 degree of freedom, 2.776 for 4 at 95%, tending to the
 * normal 1.960. A bisection on the exact distribution function, to the last bits a double holds.
 */
export function studentQuantile(degreesOfFreedom: number, level: number = CONFIDENCE_LEVEL): number {
  let low = 0;
  let high = 2;
  while (studentCentralProbability(high, degreesOfFreedom) < level) high *= 2;
  for (let step = 0; step < 200; step++) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (studentCentralProbability(middle, degreesOfFreedom) < level) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * The interval `score ± t × standardError` with `respondents − 1` degrees of freedom, cut to 0..100; `null` for fewer
 * than two respondents, where no spread can be estimated.
 */
export function scoreInterval(score: number, standardError: number, respondents: number): ScoreInterval | null {
  if (respondents < 2) return null;
  const margin = studentQuantile(respondents - 1) * standardError;
  return { lower: Math.max(0, score - margin), upper: Math.min(100, score + margin) };
}

/**
 * The standard error of a score from the influence of each respondent on it (linearisation, the delta method for a
 * mean over clusters): `√(n / (n − 1) × Σ z_r²)`, where `z_r` is how much respondent r moves the score away from its
 * value and n counts the respondents with an influence. With complete answers this is the familiar `s / √n`.
 */
export function standardErrorOf(influences: readonly number[]): number {
  const n = influences.length;
  if (n < 2) return 0;
  let sum = 0;
  for (const influence of influences) sum += influence * influence;
  return Math.sqrt((n / (n - 1)) * sum);
}

/** The sample standard deviation (divided by n − 1); `null` for fewer than two values. */
export function sampleStandardDeviation(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  let mean = 0;
  for (const value of values) mean += value;
  mean /= n;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean);
  return Math.sqrt(squares / (n - 1));
}
