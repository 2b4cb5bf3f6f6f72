/**
 * Build-time loading of the pool-concentration chart's data (validated; a bad row fails the
 * build). Runs on the server only: the browser receives the result as the island's props.
 */
import { poolShares, sourcesOfRows } from '../../../lib/data/datasets';
import { timeOf } from '../../../lib/time';
import type { PoolSnapshot, PoolsData } from './model';

type PoolRow = ReturnType<typeof poolShares.load>[number];

/** Groups rows into snapshots (time order, pools largest first) and gives each pool one colour. */
export function poolsDataOf(rows: readonly PoolRow[]): PoolsData {
  const bySnapshot = new Map<string, PoolSnapshot>();
  for (const row of rows) {
    const snapshot = bySnapshot.get(row.snapshot) ?? { id: row.snapshot, t: timeOf(row.snapshot), pools: [] };
    snapshot.pools.push({ pool: row.pool, sharePct: row.share_pct, approximate: row.approximate, sourceId: row.source_id });
    bySnapshot.set(row.snapshot, snapshot);
  }
  const snapshots = [...bySnapshot.values()].sort((a, b) => a.t - b.t);
  const colours: Record<string, number> = {};
  for (const snapshot of snapshots) {
    snapshot.pools.sort((a, b) => b.sharePct - a.sharePct);
    for (const pool of snapshot.pools) colours[pool.pool] ??= Object.keys(colours).length;
  }
  return { snapshots, colours };
}

export function loadPoolsData(): PoolsData {
  return poolsDataOf(poolShares.load());
}

/** Every source the chart draws on, for the line under it. */
export function poolsSourceIds(): string[] {
  return sourcesOfRows(poolShares.load());
}

export const poolsDatasets = [poolShares];
