/**
 * Ratios between dated values, and how to say them: "68× in 3.4 years", "about 1.3× a year",
 * "9.1 million". Pure; the inputs always come from data rows.
 */
import { significant } from './format';

/** The mean length of a Gregorian year, in ms. */
export const MS_PER_YEAR = 365.2425 * 86_400_000;

/** Years from one time (ms, UTC) to another; negative when `to` is earlier. */
export function yearsBetween(from: number, to: number): number {
  return (to - from) / MS_PER_YEAR;
}

/**
 * The steady yearly factor that compounds to `factor` over `years`: 68× over 3.4 years is
 * about 3.4× a year. On a log axis it is the slope of the straight line between the two points.
 */
export function perYearFactor(factor: number, years: number): number {
  if (!(factor > 0) || !(years > 0)) return Number.NaN;
  return factor ** (1 / years);
}

/** "68×", "10×", "1.3×": a multiple to `digits` significant figures. */
export function formatMultiple(value: number, digits = 2): string {
  if (!Number.isFinite(value) || value <= 0) return '—';
  return `${significant(value, digits)}×`;
}

const LARGE = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

/** A count in words for big values: "9.1 million", "44 million", "68", "12,500". */
export function formatCount(value: number, digits = 2): string {
  if (!Number.isFinite(value) || value < 0) return '—';
  for (const [size, word] of LARGE) {
    // 999,999 rounds to "1000 thousand" territory: compare after rounding.
    if (Number(significant(value / size, digits).replace(/,/g, '')) >= 1) return `${significant(value / size, digits)} ${word}`;
  }
  return significant(value, digits);
}

/** A span in years for prose: "3.4 years", "9 years", "1 year". */
export function formatYears(years: number, digits = 2): string {
  if (!Number.isFinite(years) || years < 0) return '—';
  const text = significant(years, digits);
  return `${text} ${text === '1' ? 'year' : 'years'}`;
}
