/**
 * What the hashrate chart shows at each step: a pure function of (step, progress).
 * No data is needed to decide the view; data is drawn through it (see layout.ts).
 */
import { timeOf, timeOfYear } from '../../../lib/time';

export const HASHRATE_STEPS = ['one-laptop', 'gpu-arms-race', 'first-asics', 'exahash-treadmill', 'china-ban-dip', 'zettahash'] as const;

export type HashrateStepId = (typeof HASHRATE_STEPS)[number];

/*
 * Steps that show the early years start the y axis at 100 kH/s, a decade below the 2009
 * network, so the line clears the era labels along the bottom.
 */
export interface HashrateState {
  step: HashrateStepId;
  /** Time window on the x axis (ms, UTC). */
  xDomain: [number, number];
  /** log10 of hashes per second at the bottom and top of the y axis. */
  yDomainLog: [number, number];
  /** The line is drawn up to this time. */
  revealTo: number;
  /** Hardware eras shown as bands, and the one to look at. */
  eras: readonly string[];
  focusEra: string | null;
  /** Milestones annotated, and the one to look at. */
  milestones: readonly string[];
  focusMilestone: string | null;
}

const START = timeOf('2009-01-01');
/** The last month of data (August 2026) ends the chart. */
export const DATA_END = timeOf('2026-08-31');
const ALL_ERAS = ['cpu', 'gpu', 'fpga', 'asic'] as const;

const lerp = (from: number, to: number, share: number) => from + (to - from) * share;

export function isHashrateStep(id: string): id is HashrateStepId {
  return (HASHRATE_STEPS as readonly string[]).includes(id);
}

/**
 * The state for a step at a given progress (0..1). An unknown step id gives the first
 * step's state, so a stale link degrades to the start of the section, never to a blank chart.
 */
export function stateFor(stepId: string, progress = 0): HashrateState {
  const step: HashrateStepId = isHashrateStep(stepId) ? stepId : HASHRATE_STEPS[0];
  const p = Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0;
  switch (step) {
    case 'one-laptop':
      return {
        step,
        xDomain: [START, timeOfYear(2010.25)],
        yDomainLog: [6, 8],
        revealTo: timeOf('2009-12-31'),
        eras: ['cpu'],
        focusEra: 'cpu',
        milestones: ['genesis'],
        focusMilestone: 'genesis',
      };
    case 'gpu-arms-race':
      return {
        step,
        xDomain: [START, timeOfYear(2012.5)],
        yDomainLog: [5, 14],
        revealTo: timeOf('2012-06-30'),
        eras: ['cpu', 'gpu'],
        focusEra: 'gpu',
        milestones: ['genesis', 'gpu-miner'],
        focusMilestone: 'gpu-miner',
      };
    case 'first-asics':
      return {
        step,
        xDomain: [START, timeOfYear(2014.5)],
        yDomainLog: [5, 18],
        revealTo: timeOf('2014-06-30'),
        eras: ALL_ERAS,
        focusEra: 'asic',
        milestones: ['gpu-miner', 'first-asic'],
        focusMilestone: 'first-asic',
      };
    case 'exahash-treadmill':
      // Scrubbed: the line climbs from mid-2014 to the end of 2017 as the reader scrolls.
      return {
        step,
        xDomain: [START, timeOfYear(2018)],
        yDomainLog: [5, 20],
        revealTo: lerp(timeOf('2014-06-30'), timeOf('2017-12-31'), p),
        eras: ALL_ERAS,
        focusEra: null,
        milestones: ['first-asic', 'one-exahash'],
        focusMilestone: 'one-exahash',
      };
    case 'china-ban-dip':
      // Zoomed in: on a window this narrow the log scale reads almost like a linear one.
      return {
        step,
        xDomain: [timeOfYear(2019), timeOfYear(2023)],
        yDomainLog: [Math.log10(3e19), Math.log10(4e20)],
        revealTo: timeOf('2022-12-31'),
        eras: ['asic'],
        focusEra: null,
        milestones: ['china-ban'],
        focusMilestone: 'china-ban',
      };
    case 'zettahash':
      return {
        step,
        xDomain: [START, DATA_END],
        yDomainLog: [5, 21.5],
        revealTo: DATA_END,
        eras: ALL_ERAS,
        focusEra: null,
        milestones: ['genesis', 'first-asic', 'one-exahash', 'china-ban', 'one-zettahash'],
        focusMilestone: 'one-zettahash',
      };
  }
}
