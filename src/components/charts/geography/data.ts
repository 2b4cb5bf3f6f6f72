/**
 * Build-time loading of the geography chart's data (validated; a bad row fails the build).
 * Runs on the server only: the browser receives the result as the island's props.
 */
import { countryShares, sourcesOfRows } from '../../../lib/data/datasets';
import type { CountrySnapshot, GeographyData } from './model';

export function loadGeographyData(): GeographyData {
  const rows = countryShares.load();
  const snapshots: CountrySnapshot[] = [];
  const countries: string[] = [];
  for (const row of rows) {
    let snapshot = snapshots.find((candidate) => candidate.month === row.snapshot);
    if (!snapshot) {
      snapshot = { month: row.snapshot, shares: [] };
      snapshots.push(snapshot);
    }
    snapshot.shares.push({ country: row.country, share: row.share_pct, approximate: row.approximate, sourceId: row.source_id });
    if (!countries.includes(row.country)) countries.push(row.country);
  }
  snapshots.sort((a, b) => a.month.localeCompare(b.month));
  return { snapshots, countries };
}

/** Every source the chart draws on, for the line under it. */
export function geographySourceIds(): string[] {
  return sourcesOfRows(countryShares.load());
}

export const geographyDatasets = [countryShares];
