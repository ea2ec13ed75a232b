/**
 * Freezes a value and everything reachable from it, in place, and returns it. Already frozen parts are skipped,
 * so calling it twice costs little. Safe on cycles.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  return value;
}
