import { describe, expect, test } from 'vitest';
import { formatCount, formatMultiple, formatYears, MS_PER_YEAR, perYearFactor, yearsBetween } from '../../src/lib/ratio';

describe('ratios over time', () => {
  test('yearsBetween counts mean Gregorian years, signed', () => {
    expect(yearsBetween(Date.UTC(2000, 0, 1), Date.UTC(2400, 0, 1))).toBe(400);
    expect(yearsBetween(0, MS_PER_YEAR * 2.5)).toBe(2.5);
    expect(yearsBetween(MS_PER_YEAR, 0)).toBe(-1);
  });

  test('perYearFactor compounds back to the whole factor', () => {
    expect(perYearFactor(100, 2)).toBeCloseTo(10, 12);
    expect(perYearFactor(8, 3)).toBeCloseTo(2, 12);
    expect(perYearFactor(68, 3.4) ** 3.4).toBeCloseTo(68, 10);
    expect(perYearFactor(10, 0)).toBeNaN();
    expect(perYearFactor(-1, 2)).toBeNaN();
  });
});

describe('ratio formats', () => {
  test.each([
    [68.06, '68×'],
    [10.1, '10×'],
    [1.2915, '1.3×'],
    [3.44, '3.4×'],
  ])('formatMultiple(%d) → %s', (value, text) => {
    expect(formatMultiple(value)).toBe(text);
  });

  test.each([
    [9_090_909, '9.1 million'],
    [44_210_351, '44 million'],
    [999_999, '1 million'],
    [950_000, '950,000'],
    [324_571, '320,000'],
    [68, '68'],
    [2.5e9, '2.5 billion'],
    [7e12, '7 trillion'],
  ])('formatCount(%d) → %s', (value, text) => {
    expect(formatCount(value)).toBe(text);
  });

  test('years for prose', () => {
    expect(formatYears(3.414)).toBe('3.4 years');
    expect(formatYears(9.04)).toBe('9 years');
    expect(formatYears(1.02)).toBe('1 year');
  });

  test('nonsense becomes a dash, never NaN', () => {
    expect(formatMultiple(Number.NaN)).toBe('—');
    expect(formatCount(-1)).toBe('—');
    expect(formatYears(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
