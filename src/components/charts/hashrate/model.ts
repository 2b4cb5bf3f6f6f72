/** The data the hashrate chart draws, as passed from the build to the browser. */
import type { Point } from '../../../lib/series';

export interface HashrateMilestone {
  id: string;
  /** The date as the source gives it (YYYY-MM-DD or YYYY-MM). */
  date: string;
  t: number;
  label: string;
  detail: string;
  sourceId: string;
}

export interface HashrateEra {
  id: string;
  label: string;
  start: number;
  approximate: boolean;
}

export interface HashrateData {
  /** Monthly means as published, hashes per second. */
  monthly: Point[];
  /** The line drawn: a centred 3-month mean of `monthly` (see Methods). */
  smoothed: Point[];
  milestones: HashrateMilestone[];
  eras: HashrateEra[];
}

/** Months averaged by the drawn line. */
export const SMOOTHING_MONTHS = 3;
