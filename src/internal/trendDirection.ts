/** Which way a series went: the rule of `trend`, which the rules of a stored trend check it by. */

/**
 * Tells which way a series went by its change since the first score: `rising` when it rose by at least `minChange`
 * points (and by more than 0), `falling` when it fell as far, `stable` otherwise; `null` without a change.
 */
export function trendDirection(change: number | null, minChange: number): 'rising' | 'falling' | 'stable' | null {
  if (change === null) return null;
  if (change >= minChange && change > 0) return 'rising';
  if (change <= -minChange && change < 0) return 'falling';
  return 'stable';
}
