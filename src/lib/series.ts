/** Small, pure operations on time series. */

export interface Point {
  t: number;
  v: number;
}

/**
 * Centred rolling mean over `window` points (odd), shrinking at the ends. Used to take the
 * sampling noise out of series whose single values are rough estimates.
 */
export function rollingMean(points: readonly Point[], window: number): Point[] {
  if (window < 1 || window % 2 === 0) throw new Error('rollingMean needs an odd window of 1 or more');
  const half = (window - 1) / 2;
  return points.map((point, index) => {
    const from = Math.max(0, index - half);
    const to = Math.min(points.length - 1, index + half);
    let sum = 0;
    for (let i = from; i <= to; i += 1) sum += points[i]!.v;
    return { t: point.t, v: sum / (to - from + 1) };
  });
}

/** Points with t <= until, plus a point interpolated exactly at `until` so a reveal is smooth. */
export function revealUntil(points: readonly Point[], until: number): Point[] {
  const shown: Point[] = [];
  for (let i = 0; i < points.length; i += 1) {
    const point = points[i]!;
    if (point.t <= until) {
      shown.push(point);
      continue;
    }
    const previous = points[i - 1];
    if (previous) {
      const share = (until - previous.t) / (point.t - previous.t);
      // Interpolate in log space: the chart is logarithmic and values span 20 orders of magnitude.
      const v = 10 ** (Math.log10(previous.v) + share * (Math.log10(point.v) - Math.log10(previous.v)));
      shown.push({ t: until, v });
    }
    break;
  }
  return shown;
}
