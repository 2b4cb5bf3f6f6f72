/**
 * Geometry of the hashrate chart for a view and a size: pure, so the same picture is drawn
 * in the browser, on the server (no-JS and share images) and in tests.
 */
import { line } from 'd3-shape';
import { formatHashrate } from '../../../lib/format';
import { logTicks, plotArea, timeLogScales } from '../../../lib/scales';
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
  /** Baseline of the label: in a row near the top of the plot, or just below the point. */
  labelY: number;
  below: boolean;
  anchor: 'start' | 'end';
  shown: boolean;
  /** False where no free place was found for the label: the point is drawn without it. */
  labelled: boolean;
  focus: boolean;
}

export interface HashrateLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  linePath: string;
  head: { x: number; y: number; label: string } | null;
  bands: Band[];
  xTicks: { value: number; x: number; label: string }[];
  yTicks: { value: number; y: number; label: string }[];
  markers: Marker[];
}

const LABEL_CHAR_WIDTH = 6.6; // px per character at the 12 px label size (Inter, tabular)
const LABEL_ROW = 16;

export function layoutHashrate(view: HashrateView, state: HashrateState, data: HashrateData, size: Size): HashrateLayout {
  const narrow = size.width < 480;
  const margin = { top: 26, right: narrow ? 10 : 18, bottom: 26, left: narrow ? 58 : 66 };
  const plot = plotArea(size, margin);
  const { x, y } = timeLogScales(view, plot);

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
      labelled: width > era.label.length * LABEL_CHAR_WIDTH + 10,
    };
  });

  const xTickCount = Math.max(2, Math.floor(plot.width / (narrow ? 70 : 90)));
  const xFormat = x.tickFormat(xTickCount);
  const xTicks = x.ticks(xTickCount).map((tick) => ({ value: tick.getTime(), x: x(tick), label: xFormat(tick) }));
  const yTicks = logTicks([view.y0, view.y1], narrow ? 5 : 6).map((tick) => ({ value: tick, y: y(tick), label: formatHashrate(tick) }));

  const markers = placeMarkers(data, state, view, (t) => x(t), (v) => y(v), plot.width);
  return { width: size.width, height: size.height, plot, linePath, head, bands, xTicks, yTicks, markers };
}

/**
 * Value of the drawn line at time t (log-interpolated), or null outside the data. A monthly
 * value stands for its whole month, so a date early in the first month takes that value.
 */
export function valueAt(points: readonly Point[], t: number): number | null {
  const first = points[0];
  if (!first) return null;
  if (t < first.t) return first.t - t <= HALF_MONTH ? first.v : null;
  const shown = revealUntil(points, t);
  return shown[shown.length - 1]?.v ?? null;
}

const HALF_MONTH = 16 * 86_400_000;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Milestone labels go in rows near the top of the plot (the empty upper-left of a rising
 * log line), joined to their point by a leader line; where the point itself is too high for
 * that, just below the point (the empty space under a rising line). A label takes the first
 * place that overlaps no label placed before it.
 */
function placeMarkers(data: HashrateData, state: HashrateState, view: HashrateView, x: (t: number) => number, y: (v: number) => number, plotWidth: number): Marker[] {
  const placed: Box[] = [];
  const markers: Marker[] = [];
  for (const milestone of [...data.milestones].sort((a, b) => a.t - b.t)) {
    const value = valueAt(data.smoothed, milestone.t);
    const inWindow = milestone.t >= view.x0 && milestone.t <= view.x1;
    const shown = state.milestones.includes(milestone.id) && inWindow && milestone.t <= view.revealTo && value !== null;
    const px = x(milestone.t);
    const py = value === null ? 0 : y(value);
    const labelWidth = milestone.label.length * LABEL_CHAR_WIDTH;
    const anchor: Marker['anchor'] = px + labelWidth > plotWidth ? 'end' : 'start';
    const left = anchor === 'start' ? px - 4 : px - labelWidth - 4;
    const boxAt = (baseline: number): Box => ({ left, right: left + labelWidth + 8, top: baseline - 12, bottom: baseline + 3 });
    const candidates: { labelY: number; below: boolean }[] = [];
    for (let row = 0; row < 6; row += 1) {
      const labelY = 14 + row * LABEL_ROW;
      if (py >= labelY + 14) candidates.push({ labelY, below: false });
    }
    for (let row = 0; row < 4; row += 1) candidates.push({ labelY: py + 22 + row * LABEL_ROW, below: true });
    const free = candidates.find((candidate) => !placed.some((box) => overlaps(box, boxAt(candidate.labelY))));
    // With no free place (a narrow screen), only the milestone in focus keeps its label.
    const focus = state.focusMilestone === milestone.id;
    const choice = free ?? candidates[candidates.length - 1]!;
    const labelled = shown && (free !== undefined || focus);
    if (labelled) placed.push(boxAt(choice.labelY));
    markers.push({
      id: milestone.id,
      label: milestone.label,
      x: px,
      y: py,
      labelY: choice.labelY,
      below: choice.below,
      anchor,
      shown,
      labelled,
      focus,
    });
  }
  return markers;
}
