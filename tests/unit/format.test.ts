import { describe, expect, test } from 'vitest';
import { formatHashrate, formatPercentChange, formatPowerOfTen, significant } from '../../src/lib/format';
import { logTicks } from '../../src/lib/scales';
import { rollingMean, revealUntil } from '../../src/lib/series';
import { formatDate, timeOf } from '../../src/lib/time';

describe('formatHashrate', () => {
  test.each([
    [4.5e6, '4.5 MH/s'],
    [1.1e21, '1.1 ZH/s'],
    [156e18, '160 EH/s'],
    [999.7e18, '1 ZH/s'],
    [1, '1 H/s'],
    [0, '0 H/s'],
  ])('%d → %s', (value, text) => {
    expect(formatHashrate(value)).toBe(text);
  });

  test('three significant figures on request', () => {
    expect(formatHashrate(156.045e18, 3)).toBe('156 EH/s');
  });

  test('nonsense becomes a dash, never NaN', () => {
    expect(formatHashrate(Number.NaN)).toBe('—');
    expect(formatHashrate(-5)).toBe('—');
  });
});

describe('other formats', () => {
  test('significant figures without exponent notation', () => {
    expect(significant(0.000123456, 2)).toBe('0.00012');
    expect(significant(12345, 2)).toBe('12,000');
    expect(significant(156.045, 3)).toBe('156');
    expect(significant(9.96, 2)).toBe('10');
  });

  test('percent change uses a true minus sign', () => {
    expect(formatPercentChange(156, 93)).toBe('\u221240%');
    expect(formatPercentChange(100, 112)).toBe('+12%');
  });

  test('powers of ten', () => {
    expect(formatPowerOfTen(2.03e14)).toBe('2 × 10¹⁴');
    expect(formatPowerOfTen(1e21)).toBe('10²¹');
  });

  test('dates', () => {
    expect(formatDate('2009-01-03')).toBe('3 January 2009');
    expect(formatDate('2013-01')).toBe('January 2013');
    expect(new Date(timeOf('2013-01')).toISOString()).toBe('2013-01-15T00:00:00.000Z');
  });
});

describe('logTicks', () => {
  test('wide domains tick every 1,000×', () => {
    expect(logTicks([6, 21.5])).toEqual([1e6, 1e9, 1e12, 1e15, 1e18, 1e21]);
  });

  test('mid domains tick every 10×', () => {
    expect(logTicks([6, 8])).toEqual([1e6, 1e7, 1e8]);
  });

  test('narrow domains use 1-2-5', () => {
    expect(logTicks([Math.log10(3e19), Math.log10(4e20)])).toEqual([5e19, 1e20, 2e20]);
  });

  test('reversed domains work the same', () => {
    expect(logTicks([8, 6])).toEqual(logTicks([6, 8]));
  });
});

describe('series', () => {
  const points = [1, 2, 3, 4, 5].map((v, t) => ({ t, v }));

  test('centred rolling mean shrinks at the ends', () => {
    expect(rollingMean(points, 3).map((p) => p.v)).toEqual([1.5, 2, 3, 4, 4.5]);
    expect(() => rollingMean(points, 2)).toThrow(/odd window/);
  });

  test('revealUntil interpolates the last point in log space', () => {
    const shown = revealUntil([{ t: 0, v: 10 }, { t: 1, v: 1000 }], 0.5);
    expect(shown).toHaveLength(2);
    expect(shown[1]!.v).toBeCloseTo(100);
    expect(revealUntil(points, -1)).toEqual([]);
  });
});
