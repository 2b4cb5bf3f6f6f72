/**
 * The chart's state in words: the headline ("pools needed for a majority of blocks") drawn
 * large above the bars, and the full description for screen readers (announced politely as
 * steps change). Every number comes from the data.
 */
import { formatDate } from '../../../lib/time';
import { OTHER_ID, OTHER_LABEL, formatShare, majorityCountText, majorityOf, segmentsOf, topShare, type Majority, type PoolSnapshot, type PoolsData } from './model';
import type { PoolsState } from './state';

export interface PoolsHeadline {
  snapshot: string;
  date: string;
  majority: Majority;
  /** "1", "2" or "more than 3". */
  count: string;
  /** "pool needed …" for one, "pools needed …" otherwise. */
  label: string;
  /** "Foundry USA 26.98% + AntPool ~24.5% = ~51.48%" */
  detail: string;
  /** The combined share of the largest `n` pools, when the state asks for it. */
  top: { n: number; share: string } | null;
}

const joinShares = (majority: Majority) =>
  majority.pools.map((pool) => `${pool.pool} ${formatShare(pool.sharePct, pool.approximate)}`).join(' + ');

export function headlineFor(state: PoolsState, data: PoolsData): PoolsHeadline | null {
  const snapshot = data.snapshots.find((candidate) => candidate.id === state.focus);
  if (!snapshot) return null;
  const majority = majorityOf(snapshot.pools);
  const total = formatShare(majority.sumPct, majority.approximate, majority.decimals);
  const detail =
    majority.count === null
      ? `the ${majority.namedCount} named pools together: ${total}`
      : majority.pools.length === 1
        ? joinShares(majority)
        : `${joinShares(majority)} = ${total}`;
  const top = state.topN === null ? null : topShare(snapshot, state.topN);
  return {
    snapshot: snapshot.id,
    date: formatDate(snapshot.id),
    majority,
    count: majorityCountText(majority),
    label: `${majority.count === 1 ? 'pool' : 'pools'} needed for a majority of blocks`,
    detail,
    top: top && state.topN !== null ? { n: state.topN, share: formatShare(top.sumPct, top.approximate, top.decimals) } : null,
  };
}

function describeSnapshot(snapshot: PoolSnapshot, data: PoolsData): string {
  const segments = segmentsOf(snapshot, data.colours);
  const named = segments.filter((segment) => segment.id !== OTHER_ID).map((segment) => `${segment.label} ${formatShare(segment.sharePct, segment.approximate, segment.decimals)}`);
  const other = segments.find((segment) => segment.id === OTHER_ID);
  const rest = other ? `; ${OTHER_LABEL} ${formatShare(other.sharePct, other.approximate, other.decimals)}` : '';
  return `${formatDate(snapshot.id)}: ${named.join(', ')}${rest}.`;
}

export function describePools(state: PoolsState, data: PoolsData): string {
  const shown = data.snapshots.filter((snapshot) => state.snapshots.includes(snapshot.id));
  const parts = [`Shares of Bitcoin's blocks found (or of its hashrate) held by the largest mining pools, one 100% bar per date, with a line at 50% (a majority).`];
  for (const snapshot of shown) parts.push(describeSnapshot(snapshot, data));
  const headline = headlineFor(state, data);
  if (headline) {
    const { majority } = headline;
    const who = majority.count === null ? `${headline.detail}, short of half` : headline.detail;
    const when = /^\d{4}-\d{2}$/.test(headline.snapshot) ? `in ${headline.date}` : `on ${headline.date}`;
    parts.push(`${headline.count[0]!.toUpperCase()}${headline.count.slice(1)} ${headline.label} ${when} (${who}).`);
    if (headline.top) parts.push(`The ${headline.top.n} largest pools together: ${headline.top.share}.`);
  }
  if (shown.some((snapshot) => snapshot.pools.some((pool) => pool.approximate))) parts.push('A tilde (~) marks a share the source gives only approximately.');
  return parts.join(' ');
}
