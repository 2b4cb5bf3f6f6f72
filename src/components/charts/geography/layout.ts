/**
 * Geometry of the geography chart for a view and a size: pure, so the same picture is drawn
 * in the browser, on the server (no-JS and share images) and in tests.
 *
 * One row per country ever named (ranked by share; countries a snapshot does not report sit
 * below, marked "not reported", never drawn as zero), then, apart, one hatched bar for the
 * rest of the world that the source does not break down. The x scale is fixed at 0–100% of
 * the world's hashrate, so a bar's length means the same thing in every snapshot.
 */
import { formatDate } from '../../../lib/time';
import { formatShare, snapshotRows, type GeographyData } from './model';
import type { GeographyState } from './state';

/**
 * The tweenable part of a state: per country (by its index in data.countries) its row
 * (`rank<i>`), its share in percent (`share<i>`) and whether it is reported (`shown<i>`, 0–1),
 * plus the rest of the world (`rest`). Sizes are not in it, so a resize never animates.
 */
export type GeographyView = Record<string, number>;

export function viewOf(state: GeographyState, data: GeographyData): GeographyView {
  const { rows, remainder } = snapshotRows(data, state.snapshot);
  const view: GeographyView = { rest: remainder };
  data.countries.forEach((country, index) => {
    const row = rows.find((candidate) => candidate.country === country);
    const reported = row?.status === 'reported';
    view[`rank${index}`] = row?.rank ?? index;
    view[`share${index}`] = reported ? row.share : 0;
    view[`shown${index}`] = reported ? 1 : 0;
  });
  return view;
}

export interface Size {
  width: number;
  height: number;
}

export type BarColour = 'china' | 'us' | 'other';

export interface CountryBar {
  country: string;
  colour: BarColour;
  /** Status in the target state (labels follow the target; positions follow the view). */
  status: 'reported' | 'not-reported';
  focus: boolean;
  /** Top of the row. */
  y: number;
  barWidth: number;
  /** Opacity of the bar and its value: 1 when reported, 0 when not (fades between). */
  shown: number;
  valueLabel: string;
  valueX: number;
}

export interface RestBar {
  y: number;
  barWidth: number;
  label: string;
  valueLabel: string;
  valueX: number;
  note: string;
  noteX: number;
  /** Baseline of the note, relative to the row's top. */
  noteY: number;
}

export interface GeographyLayout {
  width: number;
  height: number;
  title: { text: string; y: number; size: number };
  /** Where the bars run: x from plot.left (0%) to plot.left + plot.width (100%), down to plot.bottom. */
  plot: { top: number; left: number; width: number; bottom: number };
  ticks: { value: number; x: number; label: string; anchor: 'start' | 'middle' }[];
  tickLabelY: number;
  /**
   * Inside each row: the name's baseline, and the bar's top and height. Rows are two lines
   * (the name above the bar) where there is height, else one line (the name in a column left
   * of the bars): `compact`.
   */
  row: { height: number; nameY: number; barY: number; barHeight: number; compact: boolean };
  bars: CountryBar[];
  divider: number;
  rest: RestBar;
}

/** px per character at the 12 px label size (Inter, tabular); the tests use it too. */
export const LABEL_CHAR_WIDTH = 6.6;
/** Width of one character of the title, as a share of its font size (Inter, bold). */
export const TITLE_CHAR_EM = 0.62;
/** Room kept right of the 100% mark for the widest value label, "~100.00%". */
const VALUE_ROOM = 8 * LABEL_CHAR_WIDTH + 6;
const REST_GAP = 14;
const NOTE_LINE = 14;

const COLOURS: Record<string, BarColour> = { China: 'china', 'United States': 'us' };

export const REST_LABEL = 'Rest of the world';
export const REST_NOTE = 'not broken down by the source';

export function layoutGeography(view: GeographyView, state: GeographyState, data: GeographyData, size: Size): GeographyLayout {
  const { width, height } = size;
  const narrow = width < 480;
  const target = snapshotRows(data, state.snapshot);
  const textWidth = (text: string) => text.length * LABEL_CHAR_WIDTH;

  const titleText = formatDate(state.snapshot);
  const titleSize = Math.max(14, Math.min(narrow ? 24 : 32, height / 9, width / (titleText.length * TITLE_CHAR_EM)));
  const titleY = Math.round(titleSize * 0.9);
  const tickLabelY = titleY + 20;
  const top = tickLabelY + 10;

  // Two-line rows (name above the bar) while the bars can stay at least 8 px thick.
  const rowCount = data.countries.length + 1;
  const room = height - top - 4 - REST_GAP;
  const noteBeside = textWidth(REST_LABEL) + 12 + textWidth(REST_NOTE) <= width;
  const twoLineHeight = Math.min(56, (room - (noteBeside ? 0 : NOTE_LINE)) / rowCount);
  const compact = twoLineHeight < 30;
  let left = 0;
  let row: GeographyLayout['row'];
  let note: { x: number; y: number };
  if (!compact) {
    row = { height: twoLineHeight, nameY: 12, barY: 16, barHeight: Math.min(24, twoLineHeight - 22), compact };
    note = noteBeside ? { x: textWidth(REST_LABEL) + 12, y: row.nameY } : { x: 0, y: row.barY + row.barHeight + 13 };
  } else {
    const rowHeight = Math.max(14, (room - NOTE_LINE) / rowCount);
    const barHeight = Math.max(3, Math.min(16, rowHeight - 6));
    left = Math.max(...[...data.countries, REST_LABEL].map(textWidth)) + 8;
    row = { height: rowHeight, nameY: rowHeight / 2 + 4, barY: (rowHeight - barHeight) / 2, barHeight, compact };
    note = { x: 0, y: rowHeight + 9 };
  }
  const plot = { top, left, width: Math.max(40, width - left - VALUE_ROOM), bottom: 0 };
  const x = (share: number) => plot.left + (Math.min(100, Math.max(0, share)) / 100) * plot.width;

  const bars: CountryBar[] = data.countries.map((country, index) => {
    const rank = view[`rank${index}`] ?? index;
    const share = view[`share${index}`] ?? 0;
    const shown = view[`shown${index}`] ?? 0;
    const targetRow = target.rows.find((candidate) => candidate.country === country);
    const reported = targetRow?.status === 'reported';
    const barWidth = x(share) - plot.left;
    return {
      country,
      colour: COLOURS[country] ?? 'other',
      status: reported ? 'reported' : 'not-reported',
      focus: state.focus === country,
      y: plot.top + rank * row.height,
      barWidth,
      shown: Math.min(1, Math.max(0, shown)),
      valueLabel: reported ? formatShare(targetRow.share, targetRow.approximate) : '',
      valueX: plot.left + barWidth + 6,
    };
  });

  const restY = plot.top + data.countries.length * row.height + REST_GAP;
  const restWidth = x(view['rest'] ?? target.remainder) - plot.left;
  const rest: RestBar = {
    y: restY,
    barWidth: restWidth,
    label: REST_LABEL,
    valueLabel: formatShare(target.remainder, target.remainderApproximate),
    valueX: plot.left + restWidth + 6,
    note: REST_NOTE,
    noteX: note.x,
    noteY: note.y,
  };
  // Gridlines run down to the bottom of the last bar (a note below it stays clear of them).
  plot.bottom = restY + row.barY + row.barHeight;

  const tickValues = narrow ? [0, 50, 100] : [0, 25, 50, 75, 100];
  const ticks = tickValues.map((value) => ({ value, x: x(value), label: `${value}%`, anchor: value === 0 ? ('start' as const) : ('middle' as const) }));

  return {
    width,
    height,
    title: { text: titleText, y: titleY, size: titleSize },
    plot,
    ticks,
    tickLabelY,
    row,
    bars,
    divider: restY - REST_GAP / 2,
    rest,
  };
}
