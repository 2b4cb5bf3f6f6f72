import { scaleLog, scaleUtc } from 'd3-scale';

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

export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The plot inside a picture of `size` after `margin` (never less than 10 px a side). */
export function plotArea(size: { width: number; height: number }, margin: { top: number; right: number; bottom: number; left: number }): PlotArea {
  return {
    left: margin.left,
    top: margin.top,
    width: Math.max(10, size.width - margin.left - margin.right),
    height: Math.max(10, size.height - margin.top - margin.bottom),
  };
}

/** A time x scale and a log y scale (domain given as log10 bounds) filling a plot. */
export function timeLogScales(view: { x0: number; x1: number; y0: number; y1: number }, plot: PlotArea) {
  const x = scaleUtc().domain([view.x0, view.x1]).range([0, plot.width]);
  const y = scaleLog()
    .domain([10 ** view.y0, 10 ** view.y1])
    .range([plot.height, 0]);
  return { x, y };
}
