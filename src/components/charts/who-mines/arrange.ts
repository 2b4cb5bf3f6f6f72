/**
 * Where the chart's 100 marks go for a state, at a size: the state's arrangement, drawn by the
 * shared mark field. Pure, so the same picture is drawn in the browser, on the server and in tests.
 */
import { clusters, scatter, waffle, waffleRadius, type Arrangement, type GroupSpec, type Size, type WaffleGuideSpec, type WaffleOptions } from '../mark-field/layouts';
import { MARK_COUNT } from './model';
import type { WhoMinesState } from './state';

/** Largest waffle cell, in pixels: a big screen gets more room around the marks, not bigger marks. */
export const MAX_CELL = 36;
const WAFFLE: WaffleOptions = { columns: 10, maxCell: MAX_CELL };
const HALF: readonly WaffleGuideSpec[] = [{ at: MARK_COUNT / 2, label: 'Half' }];
/** A stand-in label for sizing: every waffle step reserves the same room for its labels. */
const SIZING_GROUPS: GroupSpec[] = [{ id: 'sizing', size: MARK_COUNT, colorKey: 'neutral', label: 'All other pools' }];
/** Same seed, same scatter, on every screen and in every build. */
const SCATTER_SEED = 2009;

function specsOf(state: WhoMinesState): GroupSpec[] {
  return state.groups.map((group) => ({
    id: group.id,
    size: group.count,
    colorKey: group.swatch,
    ...(group.label === null ? {} : { label: group.label }),
    ...(group.detail === null ? {} : { detail: group.detail }),
  }));
}

export function arrangeWhoMines(state: WhoMinesState, size: Size): Arrangement {
  // Marks keep the size they have in the waffle, so the same marks are seen to move.
  const radius = waffleRadius(MARK_COUNT, SIZING_GROUPS, size, { ...WAFFLE, guides: HALF });
  switch (state.arrangement) {
    case 'scatter':
      return scatter(MARK_COUNT, size, { seed: SCATTER_SEED, radius, group: state.groups[0]?.id ?? 'all', colorKey: state.groups[0]?.swatch ?? 'neutral' });
    case 'clusters':
      return clusters(specsOf(state), size, { radius });
    case 'waffle':
      return waffle(specsOf(state), size, { ...WAFFLE, ...(state.halfLine ? { guides: HALF } : {}) });
  }
}
