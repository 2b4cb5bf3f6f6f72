/**
 * The data the geography chart draws, as passed from the build to the browser, and the pure
 * questions asked of it: which countries a snapshot reports, in rank order, and how much of
 * the world's hashrate the sources leave unassigned.
 */

export interface CountryShare {
  country: string;
  /** Estimated share of global hashrate, percent. */
  share: number;
  /** The source gives it only approximately ("about 4%", "effectively zero"). */
  approximate: boolean;
  sourceId: string;
}

export interface CountrySnapshot {
  /** Month of the estimate, YYYY-MM. */
  month: string;
  /** Only the countries the sources name, as listed in the data. */
  shares: CountryShare[];
}

export interface GeographyData {
  snapshots: CountrySnapshot[];
  /** Every country named in any snapshot, in order of first appearance: one bar each. */
  countries: string[];
}

export type CountryRow =
  | { country: string; status: 'reported'; share: number; approximate: boolean; rank: number }
  /** Named in another snapshot but not in this one: unknown, never zero. */
  | { country: string; status: 'not-reported'; share: null; approximate: false; rank: number };

export interface SnapshotRows {
  month: string;
  /** Reported countries by share, largest first, then the countries not reported. */
  rows: CountryRow[];
  /** 100 − the named shares: the rest of the world, which the sources do not break down. */
  remainder: number;
  /** The remainder inherits the approximation of any share it is computed from. */
  remainderApproximate: boolean;
}

export function snapshotOf(data: GeographyData, month: string): CountrySnapshot | undefined {
  return data.snapshots.find((snapshot) => snapshot.month === month);
}

/**
 * One snapshot as ranked rows. Ties keep alphabetical order, and countries not reported keep
 * the order of `data.countries`, so the picture is the same on every run.
 */
export function snapshotRows(data: GeographyData, month: string): SnapshotRows {
  const shares = snapshotOf(data, month)?.shares ?? [];
  const reported = [...shares].sort((a, b) => b.share - a.share || a.country.localeCompare(b.country));
  const named = new Set(reported.map((share) => share.country));
  const rows: CountryRow[] = reported.map((share, rank) => ({ country: share.country, status: 'reported', share: share.share, approximate: share.approximate, rank }));
  for (const country of data.countries) {
    if (!named.has(country)) rows.push({ country, status: 'not-reported', share: null, approximate: false, rank: rows.length });
  }
  const total = reported.reduce((sum, share) => sum + share.share, 0);
  return {
    month,
    rows,
    remainder: Math.max(0, 100 - total),
    remainderApproximate: reported.some((share) => share.approximate),
  };
}

/** A share as a label: "75.53%", "~4%" (approximate), at most two decimals as the sources give them. */
export function formatShare(share: number, approximate = false): string {
  const text = share.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return `${approximate ? '~' : ''}${text}%`;
}
