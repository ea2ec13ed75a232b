import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/deepFreeze.js';

describe('deepFreeze', () => {
  it('freezes nested objects and arrays and returns the same value', () => {
    const value = { list: [{ a: 1 }], nested: { deeper: { b: 2 } } };
    expect(deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value.list[0])).toBe(true);
    expect(Object.isFrozen(value.nested.deeper)).toBe(true);
  });

  it('survives cycles', () => {
    const value: { self?: unknown } = {};
    value.self = value;
    expect(Object.isFrozen(deepFreeze(value))).toBe(true);
  });

  it('leaves primitives and null alone', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });

  it('freezes values behind symbol keys', () => {
    const key = Symbol('k');
    const value = { [key]: { c: 3 } };
    deepFreeze(value);
    expect(Object.isFrozen(value[key])).toBe(true);
  });
});
