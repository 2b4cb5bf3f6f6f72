/**
 * The chart's state in words, for screen readers (announced politely as steps change) and
 * for anyone who cannot see the picture. Every number comes from the data.
 */
import { formatHashrate, formatPercentChange } from '../../../lib/format';
import { formatDate, formatMonthOfTime } from '../../../lib/time';
import { revealUntil } from '../../../lib/series';
import type { HashrateData } from './model';
import type { HashrateState } from './state';

export function describeHashrate(state: HashrateState, data: HashrateData): string {
  const [from, to] = state.xDomain;
  const shown = revealUntil(data.monthly, state.revealTo).filter((point) => point.t >= from);
  const first = shown[0];
  const last = shown[shown.length - 1];
  const parts: string[] = [];
  if (first && last) {
    parts.push(
      `Bitcoin network hashrate on a logarithmic scale, ${formatMonthOfTime(first.t)} to ${formatMonthOfTime(last.t)}: from ${formatHashrate(first.v, 3)} to ${formatHashrate(last.v, 3)} (monthly mean).`,
    );
  }
  if (state.step === 'china-ban-dip') {
    const may = data.monthly.find((point) => formatMonthOfTime(point.t) === 'May 2021');
    const july = data.monthly.find((point) => formatMonthOfTime(point.t) === 'July 2021');
    if (may && july) {
      parts.push(`After China's ban the monthly mean fell from ${formatHashrate(may.v, 3)} in May 2021 to ${formatHashrate(july.v, 3)} in July (${formatPercentChange(may.v, july.v)}).`);
    }
  }
  const eras = data.eras.filter((era) => state.eras.includes(era.id) && era.start <= to);
  if (eras.length > 0) parts.push(`Hardware eras shown: ${eras.map((era) => era.label).join(', ')}.`);
  const milestones = data.milestones.filter((milestone) => state.milestones.includes(milestone.id) && milestone.t <= state.revealTo && milestone.t >= from && milestone.t <= to);
  if (milestones.length > 0) parts.push(`Marked: ${milestones.map((milestone) => `${milestone.label} (${formatDate(milestone.date)})`).join('; ')}.`);
  return parts.join(' ');
}
