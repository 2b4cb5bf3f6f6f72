/**
 * Numbers formatted for humans: "4.5 MH/s", "1.1 ZH/s", "−40%".
 */

const HASH_UNITS = ['H/s', 'kH/s', 'MH/s', 'GH/s', 'TH/s', 'PH/s', 'EH/s', 'ZH/s', 'YH/s'] as const;

/** Formats hashes per second with an SI prefix and up to `digits` significant figures. */
export function formatHashrate(hashesPerSecond: number, digits = 2): string {
  if (!Number.isFinite(hashesPerSecond) || hashesPerSecond < 0) return '—';
  if (hashesPerSecond === 0) return '0 H/s';
  let exponent = Math.floor(Math.log10(hashesPerSecond) / 3);
  exponent = Math.min(Math.max(exponent, 0), HASH_UNITS.length - 1);
  let scaled = hashesPerSecond / 1000 ** exponent;
  let text = significant(scaled, digits);
  // 999.7 rounds to "1000": move up a unit instead of printing "1000 EH/s".
  if (Number(text) >= 1000 && exponent < HASH_UNITS.length - 1) {
    exponent += 1;
    scaled = hashesPerSecond / 1000 ** exponent;
    text = significant(scaled, digits);
  }
  return `${text} ${HASH_UNITS[exponent]}`;
}

/** Plain significant-figure rounding without exponent notation or trailing zeros. */
export function significant(value: number, digits: number): string {
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const unit = 10 ** (magnitude - digits + 1);
  const rounded = Number((Math.round(value / unit) * unit).toFixed(decimals));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: decimals, useGrouping: Math.abs(rounded) >= 10_000 });
}

/** A change as a signed percentage: −40%, +12%. Uses a true minus sign. */
export function formatPercentChange(from: number, to: number): string {
  const change = ((to - from) / from) * 100;
  const rounded = Math.round(change);
  if (rounded === 0) return '0%';
  return `${rounded > 0 ? '+' : '\u2212'}${Math.abs(rounded)}%`;
}

/** "2.2 × 10¹⁴" style for very large ratios. */
export function formatPowerOfTen(value: number, digits = 2): string {
  const exponent = Math.floor(Math.log10(value));
  const mantissa = significant(value / 10 ** exponent, digits);
  const superscript = String(exponent).replace(/[0-9-]/g, (char) => '⁰¹²³⁴⁵⁶⁷⁸⁹'['0123456789'.indexOf(char)] ?? '⁻');
  return mantissa === '1' ? `10${superscript}` : `${mantissa} × 10${superscript}`;
}
