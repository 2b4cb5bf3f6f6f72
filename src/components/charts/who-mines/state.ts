/**
 * What the "Who mines?" chart shows at each step: a pure function of (step, progress) over the
 * build's data. The same 100 marks run through every step: first illustrations (a sketch of
 * an idea, not to scale), then measured snapshots where 1 mark = 1%. The states ignore
 * progress: each step is one picture.
 */
import { apportion } from '../../../lib/apportion';
import { formatDate } from '../../../lib/time';
import { MARK_COUNT, type PoolSnapshot, type WhoMinesData } from './model';
import { POOL_SWATCHES, type Swatch } from './palette';

export const WHO_MINES_STEPS = ['anyones-computer', 'rigs-and-farms', 'pools-form', 'ghash-2014', 'two-pools-2025'] as const;

export type WhoMinesStepId = (typeof WHO_MINES_STEPS)[number];

/** An illustration shows an idea and is not to scale; a measured state draws data. */
export type WhoMinesKind = 'illustration' | 'measured';

export type WhoMinesArrangement = 'scatter' | 'clusters' | 'waffle';

export interface WhoMinesGroup {
  id: string;
  /** Drawn on the picture next to the group; null leaves it unlabelled. */
  label: string | null;
  /** The measured value, as drawn under the label ("about 51%"); null in an illustration. */
  detail: string | null;
  /** Marks in the group. Groups take consecutive marks, in order. */
  count: number;
  swatch: Swatch;
  /** The share the marks stand for, percent; null in an illustration. */
  sharePct: number | null;
  approximate: boolean;
}

export interface WhoMinesState {
  step: WhoMinesStepId;
  kind: WhoMinesKind;
  /** What one mark stands for (and, when measured, of what and when): shown on the picture. */
  legend: string;
  /** One line on the picture saying what it shows. */
  headline: string;
  /** The picture in words (for the description). */
  summary: string;
  arrangement: WhoMinesArrangement;
  groups: WhoMinesGroup[];
  /** A line across the waffle at half the marks. */
  halfLine: boolean;
}

/** Sizes of the groups in the illustrations: made up to show the idea, adding up to MARK_COUNT. */
export const RIG_SIZES = [8, 10, 12, 14] as const;
export const FARM_SIZES = [26, 30] as const;
export const POOL_SIZES = [36, 28, 22, 14] as const;

export function isWhoMinesStep(id: string): id is WhoMinesStepId {
  return (WHO_MINES_STEPS as readonly string[]).includes(id);
}

/** "30.4", "51": a percentage to at most one decimal. */
export function formatShare(pct: number): string {
  return Number(pct.toFixed(1)).toLocaleString('en-US', { maximumFractionDigits: 1 });
}

const shareText = (pct: number, approximate: boolean) => `${approximate ? 'about ' : ''}${formatShare(pct)}%`;

const listOf = (items: readonly (string | number)[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

function illustrationGroup(id: string, label: string | null, count: number): WhoMinesGroup {
  return { id, label, detail: null, count, swatch: 'neutral', sharePct: null, approximate: false };
}

/**
 * One group per named pool (largest first, in the warm colours) and one for the rest of the
 * 100%, neutral and not broken down; shares become whole marks by the largest-remainder method.
 */
export function measuredGroups(snapshot: PoolSnapshot, restLabel: string): WhoMinesGroup[] {
  const named = snapshot.pools;
  // Rounded to kill floating-point noise (100 − 30.4 − 21.4 − 13.7 is not exactly 34.5).
  const restPct = Math.max(0, Math.round((100 - named.reduce((sum, pool) => sum + pool.sharePct, 0)) * 1e6) / 1e6);
  const restApproximate = named.some((pool) => pool.approximate);
  const counts = apportion([...named.map((pool) => pool.sharePct), restPct], MARK_COUNT);
  const groups: WhoMinesGroup[] = named.map((pool, index) => ({
    id: `pool-${index + 1}`,
    label: pool.pool,
    detail: shareText(pool.sharePct, pool.approximate),
    count: counts[index]!,
    swatch: POOL_SWATCHES[Math.min(index, POOL_SWATCHES.length - 1)]!,
    sharePct: pool.sharePct,
    approximate: pool.approximate,
  }));
  if (restPct > 0) {
    groups.push({
      id: 'rest',
      label: restLabel,
      detail: `${shareText(restPct, restApproximate)}, not broken down`,
      count: counts[named.length]!,
      swatch: 'neutral',
      sharePct: restPct,
      approximate: restApproximate,
    });
  }
  return groups;
}

/**
 * The state for a step. Progress (0..1) is accepted for the common chart contract but changes
 * nothing. An unknown step id gives the first step, so a stale link never draws a blank chart.
 */
export function stateFor(stepId: string, _progress: number, data: WhoMinesData): WhoMinesState {
  const step: WhoMinesStepId = isWhoMinesStep(stepId) ? stepId : WHO_MINES_STEPS[0];
  switch (step) {
    case 'anyones-computer':
      return {
        step,
        kind: 'illustration',
        legend: 'Each mark: one home computer, mining on its own.',
        headline: 'Anyone’s computer could mine',
        summary: `${MARK_COUNT} marks spread over the picture, each one home computer mining on its own: many owners, none of them big.`,
        arrangement: 'scatter',
        groups: [illustrationGroup('computers', null, MARK_COUNT)],
        halfLine: false,
      };
    case 'rigs-and-farms':
      return {
        step,
        kind: 'illustration',
        legend: 'Each mark: one computer. Groups: GPU rigs and early farms.',
        headline: 'Machines gather into rigs and farms',
        summary: `The marks gather under fewer owners: ${RIG_SIZES.length} GPU rigs of ${listOf(RIG_SIZES)} machines and ${FARM_SIZES.length} early farms of ${listOf(FARM_SIZES)}.`,
        arrangement: 'clusters',
        groups: [
          ...RIG_SIZES.map((count, index) => illustrationGroup(`rig-${index + 1}`, 'GPU rig', count)),
          ...FARM_SIZES.map((count, index) => illustrationGroup(`farm-${index + 1}`, 'Early farm', count)),
        ],
        halfLine: false,
      };
    case 'pools-form':
      return {
        step,
        kind: 'illustration',
        legend: 'Each mark: one miner. Groups: pools that share work and rewards.',
        headline: 'Miners begin to pool their work',
        summary: `The marks gather into ${POOL_SIZES.length} pools of ${listOf(POOL_SIZES)} miners, who share the work and split the rewards.`,
        arrangement: 'clusters',
        groups: POOL_SIZES.map((count, index) => illustrationGroup(`pool-${index + 1}`, `Pool ${'ABCDEFGH'[index] ?? index + 1}`, count)),
        halfLine: false,
      };
    case 'ghash-2014': {
      const groups = measuredGroups(data.ghash, 'All other miners');
      const top = groups[0]!;
      const approximate = data.ghash.pools.some((pool) => pool.approximate);
      return {
        step,
        kind: 'measured',
        legend: `1 mark = 1% of the network's hashrate, ${formatDate(data.ghash.date)}${approximate ? ' (approximate)' : ''}`,
        headline: `${top.label} alone: ${top.detail} of the hashrate`,
        summary: `One pool, ${top.label}, held ${top.detail} of the network's hashrate.`,
        arrangement: 'waffle',
        groups,
        halfLine: true,
      };
    }
    case 'two-pools-2025': {
      const groups = measuredGroups(data.recent, 'All other pools');
      const [first, second] = data.recent.pools;
      const together = (first?.sharePct ?? 0) + (second?.sharePct ?? 0);
      const approximate = data.recent.pools.some((pool) => pool.approximate);
      const pair = `${first?.pool ?? ''} and ${second?.pool ?? ''}`;
      return {
        step,
        kind: 'measured',
        legend: `1 mark = 1% of blocks found, ${formatDate(data.recent.date)}${approximate ? ' (approximate)' : ''}`,
        headline: `${pair} together: ${shareText(together, approximate)} of blocks`,
        summary: `Two pools, ${pair}, found ${shareText(together, approximate)} of the blocks.`,
        arrangement: 'waffle',
        groups,
        halfLine: true,
      };
    }
  }
}
