/**
 * The chart's state in words, for screen readers (announced politely as steps change) and
 * for anyone who cannot see the picture. Every number comes from the data.
 */
import { formatDate } from '../../../lib/time';
import { formatShare, snapshotRows, type GeographyData } from './model';
import type { GeographyState } from './state';

/** "75.53%", "about 4%", "effectively zero". */
function spokenShare(share: number, approximate: boolean): string {
  if (approximate && share === 0) return 'effectively zero';
  return approximate ? `about ${formatShare(share)}` : formatShare(share);
}

export function describeGeography(state: GeographyState, data: GeographyData): string {
  const { rows, remainder, remainderApproximate } = snapshotRows(data, state.snapshot);
  const reported = rows.flatMap((row) => (row.status === 'reported' ? [row] : []));
  const missing = rows.filter((row) => row.status === 'not-reported').map((row) => row.country);
  const parts = [`Estimated share of the world’s Bitcoin hashrate by country, ${formatDate(state.snapshot)} (Cambridge Centre for Alternative Finance).`];
  const [top, ...others] = reported;
  if (top) {
    parts.push(`${top.country} leads with ${spokenShare(top.share, top.approximate)}.`);
    if (others.length > 0) parts.push(`Then ${others.map((row) => `${row.country} ${spokenShare(row.share, row.approximate)}`).join(', ')}.`);
  }
  if (missing.length > 0) parts.push(`Not reported for this month (unknown, not zero): ${missing.join(', ')}.`);
  parts.push(`The remaining ${spokenShare(remainder, remainderApproximate)} is the rest of the world, not broken down by the source.`);
  return parts.join(' ');
}
