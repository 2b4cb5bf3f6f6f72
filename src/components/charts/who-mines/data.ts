/**
 * Build-time loading of the "Who mines?" chart's data (validated; a bad row fails the build).
 * Runs on the server only: the browser receives the result as the island's props.
 */
import { loadDataset, poolShares, sourcesOfRows, type RowOf } from '../../../lib/data/datasets';
import type { PoolSnapshot, WhoMinesData } from './model';

/** The two snapshots the measured steps draw. */
export const GHASH_SNAPSHOT = '2014-06-13';
export const RECENT_SNAPSHOT = '2025-03-20';

type PoolRow = RowOf<typeof poolShares>;

function rowsOf(snapshot: string): PoolRow[] {
  const rows = loadDataset(poolShares).filter((row) => row.snapshot === snapshot);
  if (rows.length === 0) throw new Error(`who-mines: no rows for snapshot ${snapshot} in src/data/${poolShares.id}.csv`);
  return rows;
}

function snapshotOf(date: string): PoolSnapshot {
  return {
    date,
    pools: rowsOf(date)
      .map((row) => ({ pool: row.pool, sharePct: row.share_pct, approximate: row.approximate, sourceId: row.source_id }))
      .sort((a, b) => b.sharePct - a.sharePct),
  };
}

export function loadWhoMinesData(): WhoMinesData {
  return { ghash: snapshotOf(GHASH_SNAPSHOT), recent: snapshotOf(RECENT_SNAPSHOT) };
}

/** The sources of the rows the chart draws, for the line under it. */
export function whoMinesSourceIds(): string[] {
  return sourcesOfRows([...rowsOf(GHASH_SNAPSHOT), ...rowsOf(RECENT_SNAPSHOT)]);
}

export const whoMinesDatasets = [poolShares];
