/**
 * Compile-time comparison of a zod output type with a documented interface: the two must be assignable to each
 * other once the differences that do not matter are set aside (read-only modifiers, and the index signature that
 * stands for `x-` keys, which zod writes as `[key: string]: unknown`).
 */

/** A type read-only all through, without string index signatures or `x-` keys. */
export type Plain<T> = T extends readonly (infer Item)[]
  ? readonly Plain<Item>[]
  : T extends object
    ? {
        readonly [Key in keyof T as string extends Key ? never : Key extends `x-${string}` ? never : Key]: Plain<
          T[Key]
        >;
      }
    : T;

/**
 * `true` when the two types are the same once both are {@link Plain}: each assignable to the other, and no field
 * more on either side, also not an optional one (which assignability alone would let through); `false` otherwise.
 */
export type Agrees<A, B> = [Plain<A>] extends [Plain<B>]
  ? [Plain<B>] extends [Plain<A>]
    ? (<T>() => T extends Plain<A> ? 1 : 2) extends <T>() => T extends Plain<B> ? 1 : 2
      ? true
      : false
    : false
  : false;

/** Compiles only for `true`: wrap an {@link Agrees} in it to make a difference a type error. */
export type Assert<Condition extends true> = Condition;
