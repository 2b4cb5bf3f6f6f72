/**
 * Geometry of the hashrate chart for a view and a size: pure, so the same picture is drawn
 * in the browser, on the server (no-JS and share images) and in tests.
 */
import { scaleLog, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import { formatHashrate } from '../../../lib/format';
import { logTicks } from '../../../lib/scales';
import { revealUntil, type Point } from '../../../lib/series';
import { DATA_END, type HashrateState } from './state';
import type { HashrateData } from './model';

/** The tweenable part of a state: what moves continuously between steps. */
export interface HashrateView {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  revealTo: number;
}

export function viewOf(state: HashrateState): HashrateView {
  return { x0: state.xDomain[0], x1: state.xDomain[1], y0: state.yDomainLog[0], y1: state.yDomainLog[1], revealTo: state.revealTo };
}

export interface Size {
  width: number;
  height: number;
}

export interface Band {
  id: string;
  label: string;
  x: number;
  width: number;
  shown: boolean;
  focus: boolean;
  approximate: boolean;
  /** Whether the label fits inside the band. */
  labelled: boolean;
}

export interface Marker {
  id: string;
  label: string;
  x: number;
  y: number;
  /** Baseline of the label, above the line. */
  labelY: number;
  anchor: 'start' | 'end';
  shown: boolean;
  focus: boolean;
}

export interface HashrateLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  linePath: string;
  head: { x: number; y: number; label: string } | null;
  bands: Band[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
  markers: Marker[];
}

const LABEL_CHAR_WIDTH = 6.6; // px per character at the 12 px label size (Inter, tabular)
const LABEL_ROW = 16;

export function layoutHashrate(view: HashrateView, state: HashrateState, data: HashrateData, size: Size): HashrateLayout {
  const narrow = size.width < 480;
  const margin = { top: 26, right: narrow ? 10 : 18, bottom: 26, left: narrow ? 58 : 66 };
  const plot = {
    left: margin.left,
    top: margin.top,
    width: Math.max(10, size.width - margin.left - margin.right),
    height: Math.max(10, size.height - margin.top - margin.bottom),
  };
  const x = scaleUtc().domain([view.x0, view.x1]).range([0, plot.width]);
  const y = scaleLog()
    .domain([10 ** view.y0, 10 ** view.y1])
    .range([plot.height, 0]);

  const visible = revealUntil(data.smoothed, view.revealTo).filter((point) => point.t >= view.x0 - 40 * 86_400_000);
  const toPath = line<Point>()
    .x((point) => x(point.t))
    .y((point) => y(point.v));
  const linePath = visible.length > 1 ? (toPath(visible) ?? '') : '';
  const last = visible[visible.length - 1];
  const head = last ? { x: x(last.t), y: y(last.v), label: formatHashrate(last.v) } : null;

  const bands: Band[] = data.eras.map((era, index) => {
    const end = data.eras[index + 1]?.start ?? DATA_END;
    const from = Math.max(x(era.start), 0);
    const to = Math.min(x(end), plot.width);
    const width = Math.max(0, to - from);
    return {
      id: era.id,
      label: era.label,
      x: from,
      width,
      shown: state.eras.includes(era.id) && width > 0,
      focus: state.focusEra === era.id,
      approximate: era.approximate,
      labelled: width > era.label.length * LABEL_CHAR_WIDTH + 8,
    };
  });

  const xTickCount = Math.max(2, Math.floor(plot.width / (narrow ? 70 : 90)));
  const xFormat = x.tickFormat(xTickCount);
  const xTicks = x.ticks(xTickCount).map((tick) => ({ x: x(tick), label: xFormat(tick) }));
  const yTicks = logTicks([view.y0, view.y1], narrow ? 5 : 6).map((tick) => ({ y: y(tick), label: formatHashrate(tick) }));

  const markers = placeMarkers(data, state, view, (t) => x(t), (v) => y(v), plot.width);
  return { width: size.width, height: size.height, plot, linePath, head, bands, xTicks, yTicks, markers };
}

/** Value of the drawn line at time t (log-interpolated), or null outside the data. */
export function valueAt(points: readonly Point[], t: number): number | null {
  const shown = revealUntil(points, t);
  const last = shown[shown.length - 1];
  if (!last || t < points[0]!.t) return null;
  return last.v;
}

/**
 * Milestone labels sit in rows near the top of the plot (the empty upper-left of a rising
 * log line), each row taken only if no earlier label there overlaps it; a leader line joins
 * each label to its point on the line.
 */
function placeMarkers(data: HashrateData, state: HashrateState, view: HashrateView, x: (t: number) => number, y: (v: number) => number, plotWidth: number): Marker[] {
  const rows: { from: number; to: number }[][] = [];
  const markers: Marker[] = [];
  for (const milestone of [...data.milestones].sort((a, b) => a.t - b.t)) {
    const value = valueAt(data.smoothed, milestone.t);
    const inWindow = milestone.t >= view.x0 && milestone.t <= view.x1;
    const shown = state.milestones.includes(milestone.id) && inWindow && milestone.t <= view.revealTo && value !== null;
    const px = x(milestone.t);
    const py = value === null ? 0 : y(value);
    const labelWidth = milestone.label.length * LABEL_CHAR_WIDTH;
    const anchor: Marker['anchor'] = px + labelWidth > plotWidth ? 'end' : 'start';
    const from = anchor === 'start' ? px - 4 : px - labelWidth - 4;
    const to = from + labelWidth + 8;
    let row = 0;
    if (shown) {
      while ((rows[row] ?? []).some((taken) => taken.from < to && from < taken.to)) row += 1;
      (rows[row] ??= []).push({ from, to });
    }
    markers.push({
      id: milestone.id,
      label: milestone.label,
      x: px,
      y: py,
      labelY: 14 + row * LABEL_ROW,
      anchor,
      shown,
      focus: state.focusMilestone === milestone.id,
    });
  }
  return markers;
}
