/**
 * Shared scale helpers for charts: tick choice on log axes spanning many orders of magnitude.
 */

/**
 * Tick values for a log axis given as [log10(min), log10(max)].
 * Wide domains get one tick per 1,000× (1 MH/s, 1 GH/s … so each tick is a new SI unit),
 * mid-size ones one per 10×, and narrow ones the 1-2-5 series.
 */
export function logTicks(domainLog: readonly [number, number], maxTicks = 6): number[] {
  const [low, high] = domainLog[0] <= domainLog[1] ? domainLog : [domainLog[1], domainLog[0]];
  const span = high - low;
  const epsilon = 1e-9;
  for (const stepDecades of [1, 3, 6]) {
    if (span / stepDecades > maxTicks) continue;
    if (span < 2 && stepDecades === 1) break;
    const ticks: number[] = [];
    for (let exponent = Math.ceil((low - epsilon) / stepDecades) * stepDecades; exponent <= high + epsilon; exponent += stepDecades) {
      ticks.push(10 ** exponent);
    }
    if (ticks.length >= 2) return ticks;
  }
  // Narrow domain: 1-2-5 series within it.
  const ticks: number[] = [];
  for (let decade = Math.floor(low); decade <= Math.ceil(high); decade += 1) {
    for (const mantissa of [1, 2, 5]) {
      const value = mantissa * 10 ** decade;
      const log = Math.log10(value);
      if (log >= low - epsilon && log <= high + epsilon) ticks.push(value);
    }
  }
  return ticks;
}
