/**
 * What the pool-concentration chart shows at each step: a pure function of (step, progress).
 * The state names snapshots by their date (the `snapshot` column of bitcoin-pool-shares.csv);
 * the numbers drawn come from the data (see model.ts and layout.ts).
 */

export const POOL_STEPS = ['pools-2014', 'pools-2022', 'pools-2025'] as const;

export type PoolsStepId = (typeof POOL_STEPS)[number];

/** The snapshots the story walks through, in time order (one bar each). */
export const POOL_SNAPSHOTS = ['2014-06-13', '2022-12', '2025-03-20'] as const;

export interface PoolsState {
  step: PoolsStepId;
  /** Snapshots drawn as bars. */
  snapshots: readonly string[];
  /** The snapshot the headline ("pools needed for a majority") is about. */
  focus: string;
  /** Also give the combined share of this many largest pools in the focus snapshot. */
  topN: number | null;
}

export function isPoolsStep(id: string): id is PoolsStepId {
  return (POOL_STEPS as readonly string[]).includes(id);
}

/**
 * The state for a step. Nothing here moves with progress inside a step: each step is one
 * picture. An unknown step id gives the first step's state, never a blank chart.
 */
export function stateFor(stepId: string, _progress = 0): PoolsState {
  const step: PoolsStepId = isPoolsStep(stepId) ? stepId : POOL_STEPS[0];
  switch (step) {
    case 'pools-2014':
      return { step, snapshots: ['2014-06-13'], focus: '2014-06-13', topN: null };
    case 'pools-2022':
      return { step, snapshots: ['2014-06-13', '2022-12'], focus: '2022-12', topN: null };
    case 'pools-2025':
      return { step, snapshots: ['2014-06-13', '2022-12', '2025-03-20'], focus: '2025-03-20', topN: 3 };
  }
}
