/** The data the "Who mines?" chart draws, as passed from the build to the browser. */

export interface PoolShare {
  pool: string;
  /** Share of the snapshot's hashrate or blocks, percent. */
  sharePct: number;
  /** Whether the source gives the share only approximately ("about 51%"). */
  approximate: boolean;
  sourceId: string;
}

/** The largest pools at one moment; the rest of the 100% is "all other pools", not broken down. */
export interface PoolSnapshot {
  /** As the dataset gives it: YYYY-MM-DD or YYYY-MM. */
  date: string;
  /** Largest first. */
  pools: PoolShare[];
}

export interface WhoMinesData {
  /** 13 June 2014: GHash.io's share of the network's hashrate. */
  ghash: PoolSnapshot;
  /** 20 March 2025: the largest pools' shares of blocks found. */
  recent: PoolSnapshot;
}

/** Marks in the field, in every step: in the measured steps 1 mark = 1%. */
export const MARK_COUNT = 100;
