/**
 * What the efficiency chart shows at each step: a pure function of (step, progress).
 * States name devices by their dataset id; the numbers come from the data (see model.ts).
 */
import { timeOfYear } from '../../../lib/time';

export const EFFICIENCY_STEPS = ['joules-per-hash', 'asic-leap', 'slowing-gains', 'one-machine'] as const;

export type EfficiencyStepId = (typeof EFFICIENCY_STEPS)[number];

/** A comparison between two devices, drawn as a straight line between their dots: on a log
 * axis a straight line is a steady yearly rate, so its slope is the pace of improvement. */
export interface Span {
  from: string;
  to: string;
}

export interface EfficiencyState {
  step: EfficiencyStepId;
  /** Time window on the x axis (ms, UTC). */
  xDomain: [number, number];
  /** log10 of joules per terahash at the bottom and top of the y axis. */
  yDomainLog: [number, number];
  /** Devices drawn, by id. */
  shown: readonly string[];
  /** Devices to look at: drawn larger, labelled first. */
  highlight: readonly string[];
  /** Comparisons drawn, each with its "N× in Y years" note; the focus one is in the accent colour. */
  spans: readonly Span[];
  focusSpan: Span | null;
  /** Whether the "one machine vs. the past" numbers are drawn (see ONE_MACHINE). */
  oneMachine: boolean;
}

export const EARLY = ['phenom-ii-x6', 'radeon-hd-6990', 'spartan-6-board'] as const;
export const FIRST_ASICS = ['avalon-batch-1', 'antminer-s1', 'antminer-s3', 'antminer-s5', 'antminer-s7', 'antminer-s9'] as const;
export const LATER_ASICS = ['antminer-s19-pro', 'antminer-s19-xp', 'antminer-s21', 'antminer-s23-hydro'] as const;
const ALL = [...EARLY, ...FIRST_ASICS, ...LATER_ASICS] as const;

/** The first ASIC to the S9: the big drop. */
export const LEAP: Span = { from: 'avalon-batch-1', to: 'antminer-s9' };
/** The S9 to the newest machine: the slow years. */
export const LATER: Span = { from: 'antminer-s9', to: 'antminer-s23-hydro' };
/** Every span any step draws, so the chart can fade them in and out. */
export const ALL_SPANS: readonly Span[] = [LEAP, LATER];

/** One machine against a 2010 desktop CPU and the 2009 network. */
export const ONE_MACHINE = { machine: 'antminer-s21', cpu: 'phenom-ii-x6' } as const;

const START = timeOfYear(2009.5);
const FULL_X: [number, number] = [START, timeOfYear(2026.25)];
const FULL_Y: [number, number] = [0.3, 7.2];

export function isEfficiencyStep(id: string): id is EfficiencyStepId {
  return (EFFICIENCY_STEPS as readonly string[]).includes(id);
}

export const sameSpan = (a: Span | null, b: Span | null) => a !== null && b !== null && a.from === b.from && a.to === b.to;

/**
 * The state for a step at a given progress (0..1). An unknown step id gives the first
 * step's state, so a stale link degrades to the start of the section, never to a blank chart.
 * No step scrubs: progress is accepted for the common chart contract and ignored.
 */
export function stateFor(stepId: string, _progress = 0): EfficiencyState {
  const step: EfficiencyStepId = isEfficiencyStep(stepId) ? stepId : EFFICIENCY_STEPS[0];
  switch (step) {
    case 'joules-per-hash':
      return {
        step,
        xDomain: [START, timeOfYear(2012.5)],
        yDomainLog: [4.4, 7.2],
        shown: EARLY,
        // Nothing singled out yet: the three kinds are the whole picture.
        highlight: [],
        spans: [],
        focusSpan: null,
        oneMachine: false,
      };
    case 'asic-leap':
      return {
        step,
        xDomain: [START, timeOfYear(2017.5)],
        yDomainLog: [1.6, 7.2],
        shown: [...EARLY, ...FIRST_ASICS],
        highlight: [LEAP.from, LEAP.to],
        spans: [LEAP],
        focusSpan: LEAP,
        oneMachine: false,
      };
    case 'slowing-gains':
      return {
        step,
        xDomain: FULL_X,
        yDomainLog: FULL_Y,
        shown: ALL,
        // The span's ends first: where labels are scarce, they keep theirs.
        highlight: [LATER.from, LATER.to, ...LATER_ASICS.filter((id) => id !== LATER.to)],
        spans: [LEAP, LATER],
        focusSpan: LATER,
        oneMachine: false,
      };
    case 'one-machine':
      return {
        step,
        xDomain: FULL_X,
        yDomainLog: FULL_Y,
        shown: ALL,
        highlight: [ONE_MACHINE.machine, ONE_MACHINE.cpu],
        spans: [],
        focusSpan: null,
        oneMachine: true,
      };
  }
}
