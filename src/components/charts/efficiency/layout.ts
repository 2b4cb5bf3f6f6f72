/**
 * Geometry of the efficiency chart for a view and a size: pure, so the same picture is drawn
 * in the browser, on the server (no-JS and share images) and in tests. It also decides which
 * labels are drawn: a label is drawn only where it overlaps no dot, span line, note or other label.
 */
import { format } from 'd3-format';
import { formatHashrate } from '../../../lib/format';
import { formatCount, formatMultiple, formatYears } from '../../../lib/ratio';
import { logTicks, plotArea, timeLogScales } from '../../../lib/scales';
import { timeOfYear } from '../../../lib/time';
import { ALL_SPANS, ONE_MACHINE, sameSpan, type EfficiencyState, type Span } from './state';
import { compactName, deviceLabel, firstOfKind, improvement, oneMachine, shortName, type DeviceKind, type EfficiencyData } from './model';

/** The tweenable part of a state: what moves continuously between steps. */
export interface EfficiencyView {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export function viewOf(state: EfficiencyState): EfficiencyView {
  return { x0: state.xDomain[0], x1: state.xDomain[1], y0: state.yDomainLog[0], y1: state.yDomainLog[1] };
}

export interface Size {
  width: number;
  height: number;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Label {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The space the text takes (estimated from its length), in plot coordinates. */
  box: Box;
  /** A vertical line from the dot to a label set a row or more away from it. */
  leader: { x: number; y1: number; y2: number } | null;
}

export interface Dot {
  id: string;
  kind: DeviceKind;
  x: number;
  y: number;
  r: number;
  shown: boolean;
  highlight: boolean;
  derived: boolean;
  /** Null when the dot is hidden or no free place was found for its label. */
  label: Label | null;
}

export interface SpanLine {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  shown: boolean;
  focus: boolean;
}

export interface NoteLine {
  text: string;
  /** Baseline, in plot coordinates. */
  y: number;
  size: number;
  role: 'head' | 'big' | 'text';
}

export interface Note {
  id: string;
  shown: boolean;
  focus: boolean;
  /** Right edge of the text (text-anchor end). */
  x: number;
  box: Box;
  lines: NoteLine[];
  /** A dotted line from the note down to the dot it is about, where the dot sits under it. */
  leader: { x: number; y1: number; y2: number } | null;
}

export interface EfficiencyLayout {
  width: number;
  height: number;
  narrow: boolean;
  /** Font size of the device labels, px. */
  labelSize: number;
  plot: { left: number; top: number; width: number; height: number };
  /** Axis title, in svg coordinates. */
  title: { text: string; x: number; y: number };
  /** The key to hollow dots, in svg coordinates; null when no derived value is shown. */
  footnote: { text: string; x: number; y: number } | null;
  xTicks: { value: number; x: number; label: string }[];
  yTicks: { value: number; y: number; label: string }[];
  dots: Dot[];
  spans: SpanLine[];
  notes: Note[];
}

/** Below this width the chart uses compact labels and notes. */
export const NARROW = 480;
export const LABEL_SIZE = { narrow: 11, wide: 12 } as const;
const DOT_R = 5;
const HIGHLIGHT_R = 6.5;

/** Estimated width of a line of text in Inter (tabular figures); bold runs wider. */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.62 : 0.58);
}

export const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (box: Box, area: Box) => box.left >= area.left && box.right <= area.right && box.top >= area.top && box.bottom <= area.bottom;

/** The box a line of text takes for a baseline and anchor. */
export function textBox(x: number, y: number, anchor: Label['anchor'], width: number, size: number): Box {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left: left - 1, right: left + width + 1, top: y - size * 0.92, bottom: y + size * 0.26 };
}

const spanId = (span: Span) => `${span.from}→${span.to}`;

export function layoutEfficiency(view: EfficiencyView, state: EfficiencyState, data: EfficiencyData, size: Size): EfficiencyLayout {
  const narrow = size.width < NARROW;
  const labelSize = narrow ? LABEL_SIZE.narrow : LABEL_SIZE.wide;
  const margin = { top: 28, right: narrow ? 8 : 16, bottom: 44, left: narrow ? 40 : 74 };
  const plot = plotArea(size, margin);
  const { x, y } = timeLogScales(view, plot);

  const shown = new Set(state.shown);
  const highlight = new Set(state.highlight);
  const dots: Dot[] = data.devices.map((device) => {
    const isHighlight = highlight.has(device.id);
    return {
      id: device.id,
      kind: device.kind,
      x: x(device.t),
      y: y(device.joulesPerTh),
      r: isHighlight ? HIGHLIGHT_R : DOT_R,
      shown: shown.has(device.id),
      highlight: isHighlight,
      derived: device.derived,
      label: null,
    };
  });
  const dotOf = new Map(dots.map((dot) => [dot.id, dot]));

  const spans: SpanLine[] = ALL_SPANS.map((span) => {
    const a = dotOf.get(span.from);
    const b = dotOf.get(span.to);
    return {
      id: spanId(span),
      x1: a?.x ?? 0,
      y1: a?.y ?? 0,
      x2: b?.x ?? 0,
      y2: b?.y ?? 0,
      shown: state.spans.some((drawn) => sameSpan(drawn, span)) && a !== undefined && b !== undefined,
      focus: sameSpan(state.focusSpan, span),
    };
  });

  const notes = placeAll(state, data, dots, spans, narrow, labelSize, plot);

  const xTicks = yearTicks(view.x0, view.x1, Math.max(2, Math.floor(plot.width / (narrow ? 60 : 80)))).map((year) => ({ value: timeOfYear(year), x: x(timeOfYear(year)), label: String(year) }));
  const yTicks = logTicks([view.y0, view.y1], 7).map((tick) => ({ value: tick, y: y(tick), label: formatJoules(tick, narrow) }));

  const anyDerived = dots.some((dot) => dot.shown && dot.derived);
  return {
    width: size.width,
    height: size.height,
    narrow,
    labelSize,
    plot,
    title: { text: narrow ? 'Joules per terahash (log) · lower is better ↓' : 'Energy per terahash, in joules (log scale) · lower is better ↓', x: 4, y: 15 },
    footnote: anyDerived ? { text: 'computed here from power ÷ hashrate', x: 18, y: size.height - 6 } : null,
    xTicks,
    yTicks,
    dots,
    spans,
    notes,
  };
}

/**
 * Whole years between two times, every 1, 2, 5 or 10 years: the fewest that gives at most
 * `maxTicks` ticks.
 */
export function yearTicks(from: number, to: number, maxTicks: number): number[] {
  const first = new Date(from).getUTCFullYear() + (timeOfYear(new Date(from).getUTCFullYear()) < from ? 1 : 0);
  const last = new Date(to).getUTCFullYear();
  for (const every of [1, 2, 5, 10, 20, 50]) {
    const ticks: number[] = [];
    for (let year = Math.ceil(first / every) * every; year <= last; year += every) ticks.push(year);
    if (ticks.length <= maxTicks) return ticks;
  }
  return [first, last];
}

/**
 * Which labels are drawn, and where, and where the notes go: a pure rule. Labels of the
 * highlighted devices come first, in the order the state names them; then the labels of the
 * first device of each kind (they name the kinds); then the notes; then every other label by
 * release date. A label or note takes the first free place: one that overlaps no dot drawn,
 * no label or note already placed, and stays inside the plot. Where a note finds no place
 * that way, the notes go before the kind labels, then before every label, then the same
 * again with the compact wording of the notes: the notes carry the step's message.
 */
function placeAll(state: EfficiencyState, data: EfficiencyData, dots: Dot[], spans: readonly SpanLine[], narrow: boolean, labelSize: number, plot: { width: number; height: number }): Note[] {
  const area: Box = { left: 0, right: plot.width, top: 0, bottom: plot.height };
  const dotOf = new Map(dots.map((dot) => [dot.id, dot]));
  const dotBoxes = dots.filter((dot) => dot.shown).map((dot) => ({ id: dot.id, box: { left: dot.x - dot.r - 2, right: dot.x + dot.r + 2, top: dot.y - dot.r - 2, bottom: dot.y + dot.r + 2 } }));
  const lines = spans.filter((span) => span.shown);
  const tagged = firstOfKind(data.devices);
  const highlighted = state.highlight.map((id) => dotOf.get(id)).filter((dot): dot is Dot => dot?.shown === true);
  const rest = dots.filter((dot) => dot.shown && !dot.highlight);
  const kinds = rest.filter((dot) => tagged.has(dot.id));
  const others = rest.filter((dot) => !tagged.has(dot.id));

  const attempt = (order: readonly ('highlighted' | 'kinds' | 'notes')[], compactNotes: boolean) => {
    const drafts = buildNotes(state, data, compactNotes, plot.width);
    const placed: Box[] = [];
    const labels = new Map<string, Label>();
    let notes: Note[] = [];
    /** Null where the box is free; else how far down a box must move to clear what blocks it. */
    const blocker = (box: Box, ownDot?: string): number | null => {
      if (!inside(box, area)) return Number.POSITIVE_INFINITY;
      for (const other of placed) if (overlaps(other, box)) return other.bottom;
      for (const dot of dotBoxes) if (dot.id !== ownDot && overlaps(dot.box, box)) return dot.box.bottom;
      for (const line of lines) if (crosses(line, box)) return box.top + 2;
      return null;
    };
    const free = (box: Box, ownDot?: string) => blocker(box, ownDot) === null;
    const placeLabel = (dot: Dot) => {
      const device = data.devices.find((candidate) => candidate.id === dot.id)!;
      const text = deviceLabel(device, narrow, tagged.has(device.id));
      const label = findLabelPlace(dot, text, labelSize, dot.highlight, (box) => free(box, dot.id));
      if (!label) return;
      placed.push(label.box);
      if (label.leader) placed.push(leaderBox(label.leader));
      labels.set(dot.id, label);
    };
    for (const group of order) {
      if (group === 'highlighted') highlighted.forEach(placeLabel);
      if (group === 'kinds') kinds.forEach(placeLabel);
      if (group === 'notes') {
        notes = drafts.map((draft) => {
          const note = placeNote(draft, (box) => blocker(box), plot, dotOf);
          if (note.shown) placed.push(note.box);
          if (note.leader) placed.push(leaderBox(note.leader));
          return note;
        });
      }
    }
    others.forEach(placeLabel);
    const complete = notes.every((note, index) => note.shown === drafts[index]!.shown);
    return { labels, notes, complete };
  };

  // Fallbacks, in order, until every note the state asks for has a place.
  const orders = [
    ['highlighted', 'kinds', 'notes'],
    ['highlighted', 'notes', 'kinds'],
    ['notes', 'highlighted', 'kinds'],
  ] as const;
  const tries = [...(narrow ? [] : orders.map((order) => ({ order, compact: false }))), ...orders.map((order) => ({ order, compact: true }))];
  let result = attempt(tries[0]!.order, tries[0]!.compact);
  for (const next of tries.slice(1)) {
    if (result.complete) break;
    result = attempt(next.order, next.compact);
  }
  for (const dot of dots) dot.label = result.labels.get(dot.id) ?? null;
  return result.notes;
}

/** Whether a straight line from (x1, y1) to (x2, y2) passes through a box (Liang–Barsky clipping). */
export function crosses(line: { x1: number; y1: number; x2: number; y2: number }, box: Box): boolean {
  const dx = line.x2 - line.x1;
  const dy = line.y2 - line.y1;
  let enter = 0;
  let leave = 1;
  const edges: [number, number][] = [
    [-dx, line.x1 - box.left],
    [dx, box.right - line.x1],
    [-dy, line.y1 - box.top],
    [dy, box.bottom - line.y1],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const ratio = q / p;
    if (p < 0) enter = Math.max(enter, ratio);
    else leave = Math.min(leave, ratio);
    if (enter >= leave) return false;
  }
  return true;
}

const leaderBox = (leader: NonNullable<Label['leader']>): Box => ({ left: leader.x - 1, right: leader.x + 1, top: Math.min(leader.y1, leader.y2), bottom: Math.max(leader.y1, leader.y2) });

const siFormat = format('~s');

const tickLabels = new Map<string, string>();

/** Tick labels for J/TH: "1,000", "1 million" where there is room; "1k", "1M" where not. */
export function formatJoules(value: number, narrow: boolean): string {
  const key = `${narrow}:${value}`;
  let label = tickLabels.get(key);
  if (label === undefined) {
    label = narrow ? siFormat(value) : value >= 1e6 ? formatCount(value, 2) : value.toLocaleString('en-US', { maximumFractionDigits: 2 });
    tickLabels.set(key, label);
  }
  return label;
}

/**
 * Places a dot's label in the first free spot around it: right, left, the four diagonals,
 * above, below; then a row or two further above or below, joined to the dot by a leader line.
 * `free` says whether a box is clear. Null if none is.
 */
export function findLabelPlace(dot: { x: number; y: number; r: number }, text: string, size: number, bold: boolean, free: (box: Box) => boolean): Label | null {
  const width = textWidth(text, size, bold);
  const mid = size * 0.34; // baseline offset that centres the text on the dot
  const gap = 4;
  const row = size + 3;
  const above = dot.y - dot.r - gap;
  const below = dot.y + dot.r + gap + size * 0.92;
  const candidates: Omit<Label, 'box' | 'text'>[] = [
    { x: dot.x + dot.r + gap, y: dot.y + mid, anchor: 'start', leader: null },
    { x: dot.x - dot.r - gap, y: dot.y + mid, anchor: 'end', leader: null },
    { x: dot.x + 2, y: above, anchor: 'start', leader: null },
    { x: dot.x - 2, y: above, anchor: 'end', leader: null },
    { x: dot.x + 2, y: below, anchor: 'start', leader: null },
    { x: dot.x - 2, y: below, anchor: 'end', leader: null },
    { x: dot.x, y: above, anchor: 'middle', leader: null },
    { x: dot.x, y: below, anchor: 'middle', leader: null },
  ];
  for (const rows of [1, 2, 3]) {
    const up = above - rows * row;
    const down = below + rows * row;
    const upLeader = { x: dot.x, y1: dot.y - dot.r - 1, y2: up + size * 0.26 };
    const downLeader = { x: dot.x, y1: dot.y + dot.r + 1, y2: down - size * 0.92 };
    candidates.push(
      { x: dot.x + 2, y: up, anchor: 'start', leader: upLeader },
      { x: dot.x - 2, y: up, anchor: 'end', leader: upLeader },
      { x: dot.x + 2, y: down, anchor: 'start', leader: downLeader },
      { x: dot.x - 2, y: down, anchor: 'end', leader: downLeader },
    );
  }
  for (const candidate of candidates) {
    const box = textBox(candidate.x, candidate.y, candidate.anchor, width, size);
    if (free(box) && (!candidate.leader || free(leaderBox(candidate.leader)))) return { ...candidate, text, box };
  }
  return null;
}

interface NoteDraft {
  id: string;
  shown: boolean;
  focus: boolean;
  lines: { text: string; size: number; role: NoteLine['role'] }[];
  /** The dot a leader line runs to, if any. */
  about: string | null;
}

// Note texts depend on the state, not on the view, but formatting them costs about a
// millisecond: layouts run on every frame of a tween, so they are kept per data set.
const noteCache = new WeakMap<EfficiencyData, Map<string, NoteDraft[]>>();

/** The text of every note the chart can show (hidden ones too, so they can fade). */
export function buildNotes(state: EfficiencyState, data: EfficiencyData, compact: boolean, plotWidth: number): NoteDraft[] {
  const key = JSON.stringify([state.spans, state.focusSpan, state.oneMachine, compact, Math.round(plotWidth)]);
  let cache = noteCache.get(data);
  if (!cache) noteCache.set(data, (cache = new Map()));
  const cached = cache.get(key);
  if (cached) return cached;
  const drafts = draftNotes(state, data, compact, plotWidth);
  cache.set(key, drafts);
  return drafts;
}

function draftNotes(state: EfficiencyState, data: EfficiencyData, compact: boolean, plotWidth: number): NoteDraft[] {
  const text = compact ? 11 : 12;
  const drafts: NoteDraft[] = ALL_SPANS.map((span) => {
    const change = improvement(data, span.from, span.to);
    const focus = sameSpan(state.focusSpan, span);
    const head = `${compactName(change.from.device)} → ${compactName(change.to.device)}`;
    const factor = formatMultiple(change.factor);
    const years = formatYears(change.years);
    const perYear = `about ${formatMultiple(change.perYear)} a year`;
    const lines: NoteDraft['lines'] = focus
      ? [
          { text: head, size: text, role: 'head' },
          { text: factor, size: compact ? 22 : 30, role: 'big' },
          { text: compact ? 'less energy per hash' : `less energy per hash in ${years}`, size: text, role: 'text' },
          ...(compact ? [{ text: `in ${years}`, size: text, role: 'text' as const }] : []),
          { text: perYear, size: text, role: 'text' },
        ]
      : [
          { text: head, size: text, role: 'head' },
          { text: `${factor} in ${years}`, size: text, role: 'text' },
          { text: perYear, size: text, role: 'text' },
        ];
    return { id: spanId(span), shown: state.spans.some((drawn) => sameSpan(drawn, span)), focus, lines, about: null };
  });

  const one = oneMachine(data, ONE_MACHINE.machine, ONE_MACHINE.cpu);
  const machine = compactName(one.machine.device);
  const cpu = compactName(one.cpu.device);
  const cpuYear = one.cpu.date.slice(0, 4);
  const lines: NoteDraft['lines'] = compact
    ? [
        { text: `One ${machine} does the hashing of`, size: text, role: 'text' },
        { text: formatCount(one.cpus), size: 24, role: 'big' },
        { text: `${cpuYear} desktop CPUs, or`, size: text, role: 'text' },
        { text: formatCount(one.networks), size: 20, role: 'big' },
        { text: `whole ${one.network.year} networks`, size: text, role: 'text' },
      ]
    : [
        { text: `One ${shortName(one.machine.device)} (${formatHashrate(one.machineThs * 1e12, 3)}) does the hashing of`, size: text, role: 'text' },
        { text: formatCount(one.cpus), size: 34, role: 'big' },
        { text: `${cpuYear} desktop CPUs (${cpu}, ${formatHashrate(one.cpuThs * 1e12)} each), or`, size: text, role: 'text' },
        { text: formatCount(one.networks), size: 26, role: 'big' },
        { text: `copies of the whole ${one.network.year} network (mean ${formatHashrate(one.network.meanThs * 1e12)})`, size: text, role: 'text' },
      ];
  drafts.push({ id: 'one-machine', shown: state.oneMachine, focus: true, lines: fitLines(lines, plotWidth), about: ONE_MACHINE.machine });
  return drafts;
}

/** Shrinks text lines that would not fit the plot (a last resort; notes are written to fit). */
function fitLines(lines: NoteDraft['lines'], plotWidth: number): NoteDraft['lines'] {
  return lines.map((line) => {
    const width = textWidth(line.text, line.size, line.role !== 'text');
    return width > plotWidth - 4 ? { ...line, size: Math.floor((line.size * (plotWidth - 4)) / width) } : line;
  });
}

/**
 * A note goes in the first free place scanning from the top-right corner of the plot (the
 * empty corner of a falling cloud of dots): down past whatever blocks it, then 8 px further
 * left, and so on. `blocker` gives null for a free box, else the y the box must move below.
 */
function placeNote(draft: NoteDraft, blocker: (box: Box) => number | null, plot: { width: number; height: number }, dotOf: Map<string, Dot>): Note {
  const widths = draft.lines.map((line) => textWidth(line.text, line.size, line.role !== 'text'));
  const width = Math.max(...widths);
  const gaps = draft.lines.map((line, index) => (index === 0 ? line.size * 0.92 : line.size * (line.role === 'big' ? 1.05 : 1.25)));
  const height = gaps.reduce((sum, gap) => sum + gap, 0) + (draft.lines[draft.lines.length - 1]?.size ?? 0) * 0.26;
  const boxAt = (right: number, top: number): Box => ({ left: right - width - 2, right: right + 1, top, bottom: top + height + 2 });
  let choice: { right: number; top: number } | null = null;
  if (draft.shown) {
    search: for (let right = plot.width - 1; right - width >= 2; right -= 8) {
      let top = 0;
      while (top + height + 2 <= plot.height) {
        const below = blocker(boxAt(right, top));
        if (below === null) {
          choice = { right, top };
          break search;
        }
        top = Math.max(top + 2, Math.ceil(below + 1));
      }
    }
  }
  const { right, top } = choice ?? { right: plot.width - 1, top: 0 };
  let baseline = top;
  const lines = draft.lines.map((line, index) => {
    baseline += gaps[index]!;
    return { text: line.text, y: baseline, size: line.size, role: line.role };
  });
  const box = boxAt(right, top);
  const dot = draft.about ? dotOf.get(draft.about) : undefined;
  const leader = dot && dot.shown && dot.x >= box.left && dot.x <= box.right && dot.y - dot.r - 3 > box.bottom + 4 ? { x: dot.x, y1: box.bottom + 3, y2: dot.y - dot.r - 3 } : null;
  const leaderFree = leader !== null && choice !== null && blocker(leaderBox(leader)) === null;
  return { id: draft.id, shown: draft.shown && choice !== null, focus: draft.focus, x: right, box, lines, leader: leaderFree ? leader : null };
}
