/**
 * Values built on first use and kept: the index of a catalogue list, a model of the strategy, an `Intl` formatter.
 * A module that only defines such a value costs nothing until something asks for it.
 */

/**
 * Wraps a builder so that it runs once, on the first call, and every later call gives the same value.
 *
 * @param build - Builds the value; called at most once.
 * @returns A function that gives the value.
 */
export function lazy<Value>(build: () => Value): () => Value {
  let built = false;
  let value: Value;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}

/**
 * Wraps a builder of values by key so that it runs once per key; every later call with the same key gives the same
 * value.
 *
 * @param build - Builds the value of one key; called at most once per key.
 * @returns A function that gives the value of a key.
 */
export function lazyByKey<Key, Value>(build: (key: Key) => Value): (key: Key) => Value {
  const values = new Map<Key, Value>();
  return (key) => {
    if (values.has(key)) return values.get(key) as Value;
    const value = build(key);
    values.set(key, value);
    return value;
  };
}
