/**
 * The data the pool-concentration chart draws, as passed from the build to the browser, and
 * the pure arithmetic on it: the 100% segments of a snapshot and how many pools make a
 * majority. Only the pools a source names are listed; the rest of a snapshot is one
 * "all other pools" remainder, never split into pools nobody reported.
 */

export interface PoolShare {
  pool: string;
  /** Share of blocks found (or of hashrate) at the snapshot, in percent. */
  sharePct: number;
  /** The source gives this share only approximately ("about 51%"). */
  approximate: boolean;
  sourceId: string;
}

export interface PoolSnapshot {
  /** The snapshot date as the source gives it (YYYY-MM-DD or YYYY-MM): also its id. */
  id: string;
  t: number;
  /** Named pools, largest first. */
  pools: PoolShare[];
}

export interface PoolsData {
  /** Snapshots in time order. */
  snapshots: PoolSnapshot[];
  /** Pool name → colour slot, one per pool across all snapshots (order of first appearance). */
  colours: Record<string, number>;
}

/** How many warm colours the chart defines for named pools (see PoolsChart.svelte). */
export const POOL_COLOURS = 4;
export const OTHER_ID = 'other';
export const OTHER_LABEL = 'all other pools (not broken down)';
/** A majority of blocks: the named shares must add up to at least this. */
export const MAJORITY_PCT = 50;

export interface Segment {
  /** The pool's name, or OTHER_ID for the remainder. */
  id: string;
  label: string;
  /** Where the segment starts and how wide it is, in percent of the snapshot. */
  startPct: number;
  sharePct: number;
  approximate: boolean;
  /** Colour slot of a named pool; null for the neutral remainder. */
  colour: number | null;
  /** Decimals to show: as many as the source gives (for the remainder, as its inputs). */
  decimals: number;
}

/** Decimal places of a number as written: 26.98 → 2, 24.5 → 1, 51 → 0. */
export function decimalsOf(value: number): number {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 || /e/i.test(text) ? 0 : text.length - point - 1;
}

/** "26.98%", "~24.5%": a share as precise as its source, marked when approximate. */
export function formatShare(value: number, approximate: boolean, decimals = decimalsOf(value)): string {
  const rounded = Number(value.toFixed(decimals));
  return `${approximate ? '~' : ''}${rounded.toLocaleString('en-US', { maximumFractionDigits: decimals })}%`;
}

/** Sum of shares, with float noise (26.98 + 24.5 = 51.480000000000004) rounded away. */
function sumOf(shares: readonly PoolShare[]): { sum: number; decimals: number; approximate: boolean } {
  const decimals = Math.max(0, ...shares.map((share) => decimalsOf(share.sharePct)));
  const raw = shares.reduce((total, share) => total + share.sharePct, 0);
  return { sum: Number(raw.toFixed(decimals)), decimals, approximate: shares.some((share) => share.approximate) };
}

/**
 * The snapshot as a 100% bar: named pools largest first, then the remainder (100 − the named
 * shares) as one neutral segment. The remainder is approximate when any named share is.
 */
export function segmentsOf(snapshot: PoolSnapshot, colours: Readonly<Record<string, number>>): Segment[] {
  const named = [...snapshot.pools].sort((a, b) => b.sharePct - a.sharePct);
  const segments: Segment[] = [];
  let start = 0;
  for (const pool of named) {
    segments.push({
      id: pool.pool,
      label: pool.pool,
      startPct: start,
      sharePct: pool.sharePct,
      approximate: pool.approximate,
      colour: (colours[pool.pool] ?? 0) % POOL_COLOURS,
      decimals: decimalsOf(pool.sharePct),
    });
    start += pool.sharePct;
  }
  const total = sumOf(named);
  const rest = Number((100 - total.sum).toFixed(total.decimals));
  if (rest > 0) {
    segments.push({ id: OTHER_ID, label: OTHER_LABEL, startPct: total.sum, sharePct: rest, approximate: total.approximate, colour: null, decimals: total.decimals });
  }
  return segments;
}

export interface Majority {
  /** The fewest pools whose shares reach MAJORITY_PCT, or null if the named ones never do. */
  count: number | null;
  /** Those pools, largest first (all named pools when count is null). */
  pools: PoolShare[];
  /** Their combined share, and whether it rests on an approximate share. */
  sumPct: number;
  decimals: number;
  approximate: boolean;
  /** How many pools the source names. */
  namedCount: number;
}

/**
 * The smallest number of pools that together found at least half the blocks: add the largest
 * shares until they reach 50%. If the named pools never get there, the honest answer is
 * "more than" their number (the rest is not broken down).
 */
export function majorityOf(shares: readonly PoolShare[]): Majority {
  const sorted = [...shares].sort((a, b) => b.sharePct - a.sharePct);
  for (let count = 1; count <= sorted.length; count += 1) {
    const pools = sorted.slice(0, count);
    const total = sumOf(pools);
    if (total.sum >= MAJORITY_PCT) return { count, pools, sumPct: total.sum, decimals: total.decimals, approximate: total.approximate, namedCount: sorted.length };
  }
  const total = sumOf(sorted);
  return { count: null, pools: sorted, sumPct: total.sum, decimals: total.decimals, approximate: total.approximate, namedCount: sorted.length };
}

/** "2", or "more than 3" when the named pools never reach a majority. */
export function majorityCountText(majority: Majority): string {
  return majority.count === null ? `more than ${majority.namedCount}` : String(majority.count);
}

/** Combined share of the `n` largest named pools (null if fewer are named). */
export function topShare(snapshot: PoolSnapshot, n: number): { sumPct: number; decimals: number; approximate: boolean } | null {
  if (snapshot.pools.length < n) return null;
  const total = sumOf([...snapshot.pools].sort((a, b) => b.sharePct - a.sharePct).slice(0, n));
  return { sumPct: total.sum, decimals: total.decimals, approximate: total.approximate };
}
