/**
 * The chart's state in words, for screen readers (announced politely as steps change) and for
 * anyone who cannot see the picture. It says first whether the picture is an illustration or
 * measured data; every measured number comes from the data.
 */
import { MARK_COUNT } from './model';
import type { WhoMinesState } from './state';

export function describeWhoMines(state: WhoMinesState): string {
  if (state.kind === 'illustration') {
    return `Illustration, not to scale, not measured data: ${state.headline}. ${state.legend} ${state.summary}`;
  }
  const approximate = state.groups.some((group) => group.approximate);
  const groups = state.groups.map((group) => `${group.label ?? group.id}: ${group.count} ${group.count === 1 ? 'mark' : 'marks'} (${group.detail ?? ''})`);
  return [
    `Measured data${approximate ? ', approximate' : ''}: ${state.legend}.`,
    state.summary,
    `${groups.join('; ')}.`,
    `Shares are rounded to whole marks by the largest-remainder method, so the ${MARK_COUNT} marks add up to 100%.`,
  ].join(' ');
}
