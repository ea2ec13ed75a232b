/**
 * Exact arithmetic on rational numbers, for the scores and every threshold they are compared with. Answers are whole
 * numbers on a whole-number scale, so every score of the library is a ratio of sums; weights and thresholds are
 * doubles, and every double is a ratio of two integers too. Working on those ratios, a score that is mathematically
 * on a band limit is on it, whatever order the answers come in, and a reported number is the double nearest to the
 * exact value.
 *
 * A ratio holds safe integers (plain numbers) while they fit, which is the common case and costs little; an operation
 * whose result would leave the safe range is done again in `BigInt`, so no operation ever loses precision.
 */

/**
 * A rational number `num / den` with `den > 0`, both safe integers (numbers) or both `bigint`s. Not always in lowest
 * terms: sums over one denominator keep it, which is what makes the common case cheap.
 */
export interface Ratio {
  /** The numerator. */
  readonly num: number | bigint;
  /** The denominator, above 0. */
  readonly den: number | bigint;
}

const SAFE = Number.MAX_SAFE_INTEGER;
const isSafe = Number.isSafeInteger;
const SAFE_BIG = BigInt(SAFE);

function gcdOf(left: number, right: number): number {
  let a = Math.abs(left);
  let b = right;
  while (b !== 0) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

function gcdOfBig(left: bigint, right: bigint): bigint {
  let a = left < 0n ? -left : left;
  let b = right;
  while (b !== 0n) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return a;
}

/** A ratio of two safe integers (den above 0), in lowest terms. */
function small(num: number, den: number): Ratio {
  if (den === 1) return { num, den };
  const divisor = gcdOf(num, den);
  return divisor === 1 ? { num, den } : { num: num / divisor, den: den / divisor };
}

/** A ratio of two `bigint`s (den above 0), in lowest terms, held as numbers when they fit. */
function big(num: bigint, den: bigint): Ratio {
  const divisor = gcdOfBig(num, den);
  const top = divisor === 1n ? num : num / divisor;
  const bottom = divisor === 1n ? den : den / divisor;
  if (bottom <= SAFE_BIG && top <= SAFE_BIG && top >= -SAFE_BIG) return { num: Number(top), den: Number(bottom) };
  return { num: top, den: bottom };
}

/** The numerator as a `bigint` (`BigInt` gives a `bigint` back as it is). */
function numOf(value: Ratio): bigint {
  return BigInt(value.num);
}

/** The denominator as a `bigint`. */
function denOf(value: Ratio): bigint {
  return BigInt(value.den);
}

/** Zero. */
export const ZERO: Ratio = { num: 0, den: 1 };

/**
 * The ratio of two integers.
 *
 * @param num - The numerator: an integer (a safe integer, or a `bigint`).
 * @param den - The denominator: an integer above 0; 1 by default.
 */
export function ratio(num: number | bigint, den: number | bigint = 1): Ratio {
  if (typeof num === 'number' && typeof den === 'number' && isSafe(num) && isSafe(den)) {
    return small(num, den);
  }
  return big(BigInt(num), BigInt(den));
}

/**
 * The exact value of a finite double as a ratio: every double is an integer times a power of two.
 *
 * @param value - A finite number.
 */
export function ratioOf(value: number): Ratio {
  if (Number.isInteger(value)) return isSafe(value) ? { num: value, den: 1 } : big(BigInt(value), 1n);
  let scaled = value;
  let power = 0;
  // A double that is not an integer is below 2^52 in size; doubling it is exact until it is an integer.
  while (!Number.isInteger(scaled)) {
    scaled *= 2;
    power += 1;
  }
  return power <= 52 ? small(scaled, 2 ** power) : big(BigInt(scaled), 1n << BigInt(power));
}

/** The sum of two ratios. */
export function add(left: Ratio, right: Ratio): Ratio {
  if (typeof left.num === 'number' && typeof right.num === 'number') {
    const a = left.num;
    const b = left.den as number;
    const c = right.num;
    const d = right.den as number;
    if (b === d) {
      const sum = a + c;
      if (isSafe(sum)) return { num: sum, den: b };
    } else {
      const divisor = gcdOf(b, d);
      const leftFactor = d / divisor;
      const rightFactor = b / divisor;
      const top = a * leftFactor + c * rightFactor;
      const bottom = b * leftFactor;
      if (isSafe(top) && isSafe(bottom) && isSafe(a * leftFactor) && isSafe(c * rightFactor)) {
        return { num: top, den: bottom };
      }
    }
  }
  return big(numOf(left) * denOf(right) + numOf(right) * denOf(left), denOf(left) * denOf(right));
}

/** The difference `left − right`. */
export function subtract(left: Ratio, right: Ratio): Ratio {
  return add(left, negate(right));
}

/** The ratio with the other sign. */
export function negate(value: Ratio): Ratio {
  return { num: -value.num, den: value.den };
}

/** The product of two ratios. */
export function multiply(left: Ratio, right: Ratio): Ratio {
  if (typeof left.num === 'number' && typeof right.num === 'number') {
    const top = left.num * right.num;
    const bottom = (left.den as number) * (right.den as number);
    if (isSafe(top) && isSafe(bottom)) return { num: top, den: bottom };
  }
  return big(numOf(left) * numOf(right), denOf(left) * denOf(right));
}

/**
 * The quotient `left / right`.
 *
 * @param right - A ratio other than 0.
 */
export function divide(left: Ratio, right: Ratio): Ratio {
  // The inverse with its sign on the numerator, so that the denominator stays above 0 (a bigint compares with 0 too).
  return multiply(left, right.num < 0 ? { num: -right.den, den: -right.num } : { num: right.den, den: right.num });
}

/** −1, 0 or 1 as `left` is below, equal to or above `right`. */
export function compare(left: Ratio, right: Ratio): number {
  if (typeof left.num === 'number' && typeof right.num === 'number') {
    if (left.den === right.den) return Math.sign(left.num - right.num);
    const a = left.num * (right.den as number);
    const b = right.num * (left.den as number);
    if (isSafe(a) && isSafe(b)) return Math.sign(a - b);
  }
  const difference = numOf(left) * denOf(right) - numOf(right) * denOf(left);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** Tells whether a ratio is 0. */
export function isZero(value: Ratio): boolean {
  return value.num === 0 || value.num === 0n;
}

/** Multiplies by a power of two in steps, so that neither factor overflows on the way. */
function timesPowerOfTwo(value: number, power: number): number {
  let result = value;
  let left = power;
  while (left > 1000) {
    result *= 2 ** 1000;
    left -= 1000;
  }
  while (left < -1000) {
    result *= 2 ** -1000;
    left += 1000;
  }
  return result * 2 ** left;
}

/**
 * The double nearest to a ratio (ties to even), as IEEE 754 rounds a single operation.
 *
 * @param value - The ratio.
 * @returns The nearest double.
 */
export function toNumber(value: Ratio): number {
  if (typeof value.num === 'number') return value.num / (value.den as number);
  const negative = value.num < 0n;
  const num = negative ? -value.num : value.num;
  const den = value.den as bigint;
  if (num <= SAFE_BIG && den <= SAFE_BIG) {
    const quotient = Number(num) / Number(den);
    return negative ? -quotient : quotient;
  }
  // Scale so that the integer quotient has 64 bits or more, keep a sticky bit for a non-zero remainder, and let the
  // conversion of that integer round once.
  const shift = (den.toString(16).length - num.toString(16).length) * 4 + 68;
  const top = shift >= 0 ? num << BigInt(shift) : num;
  const bottom = shift >= 0 ? den : den << BigInt(-shift);
  let quotient = top / bottom;
  if (top % bottom !== 0n) quotient |= 1n;
  const result = timesPowerOfTwo(Number(quotient), -shift);
  return negative ? -result : result;
}

/**
 * The largest double below a number: where a score is reported that is exactly below a limit but rounds onto it,
 * this keeps the reported number below the limit too.
 *
 * @param value - A finite number.
 */
export function nextBelow(value: number): number {
  if (value === 0) return -Number.MIN_VALUE;
  const bits = new Float64Array([value]);
  const integer = new BigInt64Array(bits.buffer);
  integer[0] = (integer[0] as bigint) + (value > 0 ? -1n : 1n);
  return bits[0] as number;
}

/**
 * A ratio as a number that is on the same side of a limit as the ratio itself: the nearest double, or, when that
 * lands on the limit while the exact value lies below it, the double just below the limit.
 *
 * @param value - The ratio.
 * @param limit - The limit, as a double and as its exact ratio.
 */
export function toNumberBelowLimit(value: Ratio, limit: number, limitRatio: Ratio): number {
  const rounded = toNumber(value);
  return rounded >= limit && compare(value, limitRatio) < 0 ? nextBelow(limit) : rounded;
}
