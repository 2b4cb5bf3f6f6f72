import { describe, expect, test } from 'vitest';
import { apportion } from '../../src/lib/apportion';

/** A small deterministic generator for property checks (no Math.random in tests either). */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

describe('apportion (largest remainder)', () => {
  test('a hand-worked case: quotas 0.7, 1.4, 2.1, 2.8 of 7 give 1, 1, 2, 3', () => {
    // Floors 0, 1, 2, 2 leave 2 units; the largest remainders are 0.8 (fourth) and 0.7 (first).
    expect(apportion([10, 20, 30, 40], 7)).toEqual([1, 1, 2, 3]);
  });

  test('the 20 March 2025 shares become 30, 21, 14 and 35 marks', () => {
    // Floors 30, 21, 13, 34 = 98; the two units left go to remainders 0.7 and 0.5.
    expect(apportion([30.4, 21.4, 13.7, 100 - 30.4 - 21.4 - 13.7], 100)).toEqual([30, 21, 14, 35]);
  });

  test('whole-number quotas are kept as they are', () => {
    expect(apportion([51, 49], 100)).toEqual([51, 49]);
    expect(apportion([3, 1], 4)).toEqual([3, 1]);
  });

  test('equal remainders: the earlier weight wins, even through floating-point noise', () => {
    expect(apportion([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(apportion([100 / 3, 100 / 3, 100 / 3], 100)).toEqual([34, 33, 33]);
    expect(apportion([0.5, 0.5], 1)).toEqual([1, 0]);
    // 0.1 + 0.2 is a hair above 0.3: noise must not break the tie (both remainders are 0.5).
    expect(apportion([0.3, 0.1 + 0.2], 1)).toEqual([1, 0]);
  });

  test('a weight of zero never gets a unit', () => {
    expect(apportion([0, 1, 1], 3)).toEqual([0, 2, 1]);
    expect(apportion([0, 5], 100)).toEqual([0, 100]);
    expect(apportion([0.4, 0, 0.6], 1)).toEqual([0, 0, 1]);
  });

  test('a single weight takes everything; a total of 0 gives zeros', () => {
    expect(apportion([7.3], 100)).toEqual([100]);
    expect(apportion([1, 2], 0)).toEqual([0, 0]);
  });

  test('for many weight lists: the sum is exact and each count is its quota rounded down or up', () => {
    const random = lcg(42);
    for (let trial = 0; trial < 500; trial += 1) {
      const length = 1 + Math.floor(random() * 8);
      const weights = Array.from({ length }, (): number => (random() < 0.15 ? 0 : random() * 100));
      if (!weights.some((weight) => weight > 0)) weights[0] = 1;
      const total = Math.floor(random() * 200);
      const counts = apportion(weights, total);
      const sum = weights.reduce((acc, weight) => acc + weight, 0);
      expect(counts.reduce((acc, count) => acc + count, 0)).toBe(total);
      counts.forEach((count, index) => {
        const quota = (weights[index]! / sum) * total;
        expect(Number.isInteger(count)).toBe(true);
        expect(count).toBeGreaterThanOrEqual(Math.floor(quota + 1e-9));
        expect(count).toBeLessThanOrEqual(Math.ceil(quota - 1e-9));
      });
    }
  });

  test('rejects what it cannot apportion', () => {
    expect(() => apportion([], 10)).toThrow(RangeError);
    expect(() => apportion([0, 0], 10)).toThrow(RangeError);
    expect(() => apportion([1, -1], 10)).toThrow(RangeError);
    expect(() => apportion([1, Number.NaN], 10)).toThrow(RangeError);
    expect(() => apportion([1, Infinity], 10)).toThrow(RangeError);
    expect(() => apportion([1, 2], 2.5)).toThrow(RangeError);
    expect(() => apportion([1, 2], -1)).toThrow(RangeError);
  });
});
