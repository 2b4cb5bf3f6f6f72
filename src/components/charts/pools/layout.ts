/**
 * Geometry of the pool-concentration chart for a view and a size: pure, so the same picture
 * is drawn in the browser, on the server (no-JS and still pictures) and in tests.
 *
 * One horizontal 100% bar per snapshot, with its date above it. A segment's label goes
 * inside it when it fits (labelFit); what does not fit goes below the bar, after a swatch of
 * the segment's colour, in as few rows as possible.
 */
import { formatDate } from '../../../lib/time';
import { MAJORITY_PCT, OTHER_ID, formatShare, segmentsOf, type PoolsData, type Segment } from './model';
import { POOL_SNAPSHOTS, type PoolsState } from './state';
import { stillSizes } from '../still-sizes';

/** The tweenable part of a state: how far each snapshot's bar is drawn (0..1), by snapshot id. */
export type PoolsView = Record<string, number>;

export function viewOf(state: PoolsState): PoolsView {
  return Object.fromEntries(POOL_SNAPSHOTS.map((id) => [id, state.snapshots.includes(id) ? 1 : 0]));
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Sizes the picture is drawn at before the browser can measure it (server-rendered stills,
 * no-JS pages, first paint): the shared still widths (still-sizes.ts) at the pools' own
 * heights. Each is shown, scaled to fit, while its container is narrower than `upTo` px
 * (container queries in PoolsChart.svelte), so text stays near its real size.
 */
export const STILL_SIZES = stillSizes([
  { width: 340, height: 185 },
  { width: 560, height: 250 },
  { width: 800, height: 320 },
  { width: 1100, height: 360 },
]);

/** px per character of a 12 px semibold label (Inter): a slight overestimate, on purpose. */
export const LABEL_CHAR_WIDTH = 7;
/** Room kept between a label inside a segment and the segment's edges, each side. */
export const LABEL_PAD = 6;
const SWATCH = 10;
const SWATCH_GAP = 4;
const OUTSIDE_GAP = 12;
const OUTSIDE_ROW = 15;
const DATE_ROW = 18;
const ROW_GAP = 10;
const BAR_MIN = 16;
const BAR_MAX = 52;

export const textWidth = (text: string) => text.length * LABEL_CHAR_WIDTH;

/**
 * Where a segment's label goes, from the segment's width in px:
 * - 'inside': "name share" fits inside with LABEL_PAD each side;
 * - 'share-inside': only the share fits inside; the name goes below the bar;
 * - 'outside': not even the share fits; "name share" goes below the bar.
 */
export type LabelFit = 'inside' | 'share-inside' | 'outside';

export function labelFit(name: string, share: string, segmentWidth: number): LabelFit {
  if (textWidth(`${name} ${share}`) + 2 * LABEL_PAD <= segmentWidth) return 'inside';
  if (textWidth(share) + 2 * LABEL_PAD <= segmentWidth) return 'share-inside';
  return 'outside';
}

export interface SegmentLayout extends Segment {
  /** The share as shown: "26.98%", "~24.5%". */
  share: string;
  fit: LabelFit;
  /** Drawn now (grows as the bar is revealed). */
  x: number;
  width: number;
  /** Width when the bar is fully drawn (labels are placed for this). */
  fullWidth: number;
  /** The segment is fully drawn: its labels show. */
  complete: boolean;
}

export interface OutsideLabel {
  id: string;
  text: string;
  colour: number | null;
  /** Left edge of the swatch; the text starts after it. */
  x: number;
  width: number;
  row: number;
  /** Baseline of the text. */
  y: number;
  shown: boolean;
}

export interface BarRow {
  id: string;
  date: string;
  /** The last snapshot in the data. */
  latest: boolean;
  focus: boolean;
  shown: boolean;
  reveal: number;
  /** Baseline of the date label; top of the bar. */
  dateY: number;
  barY: number;
  segments: SegmentLayout[];
  outside: OutsideLabel[];
  outsideRows: number;
}

export interface PoolsLayout {
  width: number;
  height: number;
  plot: { left: number; width: number };
  barHeight: number;
  rows: BarRow[];
  /**
   * The 50% line: its label sits on the first date line, centred on the line, which crosses
   * each bar drawn (and not the labels under the bars).
   */
  majority: { x: number; labelY: number; spans: { id: string; y1: number; y2: number; shown: boolean }[] };
}

/**
 * Labels that do not fit inside go below the bar, each as close to its segment as it can be:
 * in the first row where it fits after the labels already there, else in a new row.
 */
export function placeOutside(items: readonly { id: string; text: string; colour: number | null; at: number }[], plotWidth: number): { id: string; text: string; colour: number | null; x: number; width: number; row: number }[] {
  const cursors: number[] = [];
  return items.map((item) => {
    const width = SWATCH + SWATCH_GAP + textWidth(item.text);
    const want = Math.max(0, Math.min(item.at, plotWidth - width));
    let row = cursors.findIndex((cursor) => Math.max(want, cursor) + width <= plotWidth);
    if (row < 0) {
      row = cursors.length;
      cursors.push(0);
    }
    const x = Math.max(want, cursors[row]!);
    cursors[row] = x + width + OUTSIDE_GAP;
    return { ...item, x, width, row };
  });
}

/**
 * What goes below a bar for a segment whose label does not all fit inside it. The grey
 * remainder is the same thing in every bar: its long name is written under the first bar
 * that cannot hold it (`nameOther`), and later bars show only its share.
 */
function outsideText(segment: Segment, share: string, fit: LabelFit, nameOther: boolean): string | null {
  if (fit === 'inside') return null;
  if (segment.id === OTHER_ID && !nameOther) return fit === 'outside' ? share : null;
  return fit === 'share-inside' ? segment.label : `${segment.label} ${share}`;
}

const labelsHeight = (rows: number) => (rows > 0 ? rows * OUTSIDE_ROW + 4 : 0);

export function layoutPools(view: PoolsView, state: PoolsState, data: PoolsData, size: Size): PoolsLayout {
  const narrow = size.width < 480;
  const plot = { left: narrow ? 2 : 4, width: Math.max(40, size.width - (narrow ? 4 : 8)) };
  const last = data.snapshots[data.snapshots.length - 1]?.id;

  // Labels first: they depend only on the width, and they decide how much room each bar needs.
  let otherNamed = false;
  const drafts = data.snapshots.map((snapshot) => {
    const segments = segmentsOf(snapshot, data.colours).map((segment) => {
      const share = formatShare(segment.sharePct, segment.approximate, segment.decimals);
      const fullWidth = (segment.sharePct / 100) * plot.width;
      return { segment, share, fullWidth, fit: labelFit(segment.label, share, fullWidth) };
    });
    const nameOther = !otherNamed && segments.some((entry) => entry.segment.id === OTHER_ID && entry.fit !== 'inside');
    otherNamed ||= nameOther;
    const outside = placeOutside(
      segments.flatMap((entry) => {
        const text = outsideText(entry.segment, entry.share, entry.fit, nameOther);
        return text === null ? [] : [{ id: entry.segment.id, text, colour: entry.segment.colour, at: (entry.segment.startPct / 100) * plot.width }];
      }),
      plot.width,
    );
    const outsideRows = outside.reduce((rows, label) => Math.max(rows, label.row + 1), 0);
    return { snapshot, segments, outside, outsideRows };
  });

  const n = Math.max(1, drafts.length);
  const fixed = drafts.reduce((sum, draft) => sum + DATE_ROW + labelsHeight(draft.outsideRows) + ROW_GAP, 0);
  const barHeight = Math.round(Math.min(BAR_MAX, Math.max(BAR_MIN, (size.height - fixed) / n)));

  let y = 0;
  const rows: BarRow[] = drafts.map((draft) => {
    const reveal = Math.min(1, Math.max(0, view[draft.snapshot.id] ?? 0));
    const drawnPct = reveal * 100;
    const dateY = y + DATE_ROW - 5;
    const barY = y + DATE_ROW;
    const segments: SegmentLayout[] = draft.segments.map(({ segment, share, fullWidth, fit }) => {
      const drawn = Math.min(segment.sharePct, Math.max(0, drawnPct - segment.startPct));
      return {
        ...segment,
        share,
        fit,
        x: (segment.startPct / 100) * plot.width,
        width: (drawn / 100) * plot.width,
        fullWidth,
        complete: reveal > 0 && drawnPct >= segment.startPct + segment.sharePct - 1e-6,
      };
    });
    const labelTop = barY + barHeight + 4;
    const outside: OutsideLabel[] = draft.outside.map((label) => ({
      ...label,
      y: labelTop + label.row * OUTSIDE_ROW + 11,
      shown: segments.find((segment) => segment.id === label.id)?.complete ?? false,
    }));
    y = barY + barHeight + labelsHeight(draft.outsideRows) + ROW_GAP;
    return {
      id: draft.snapshot.id,
      date: formatDate(draft.snapshot.id),
      latest: draft.snapshot.id === last,
      focus: draft.snapshot.id === state.focus,
      shown: reveal > 0,
      reveal,
      dateY,
      barY,
      segments,
      outside,
      outsideRows: draft.outsideRows,
    };
  });

  const height = y - ROW_GAP + 2;

  const labelY = DATE_ROW - 5;
  const spans = rows.map((row, index) => ({ id: row.id, y1: index === 0 ? labelY + 4 : row.barY - 4, y2: row.barY + barHeight + 4, shown: row.shown }));
  const majority = { x: plot.left + (MAJORITY_PCT / 100) * plot.width, labelY, spans };
  return { width: size.width, height, plot, barHeight, rows, majority };
}
