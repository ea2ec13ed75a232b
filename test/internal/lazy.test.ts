import { describe, expect, it } from 'vitest';
import { lazy, lazyByKey } from '../../src/internal/lazy.js';

describe('lazy', () => {
  it('builds the value on the first call only, and not before', () => {
    let builds = 0;
    const value = lazy(() => {
      builds += 1;
      return { built: builds };
    });
    expect(builds).toBe(0);
    expect(value()).toBe(value());
    expect(builds).toBe(1);
  });

  it('keeps a value that is undefined', () => {
    let builds = 0;
    const value = lazy(() => {
      builds += 1;
      return undefined;
    });
    value();
    value();
    expect(builds).toBe(1);
  });
});

describe('lazyByKey', () => {
  it('builds one value per key', () => {
    const keys: string[] = [];
    const value = lazyByKey((key: string) => {
      keys.push(key);
      return key.length;
    });
    expect([value('a'), value('bb'), value('a')]).toEqual([1, 2, 1]);
    expect(keys).toEqual(['a', 'bb']);
  });
});
