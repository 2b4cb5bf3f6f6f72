import { describe, expect, test } from 'vitest';
import { HASHRATE_STEPS, stateFor, DATA_END } from '../../src/components/charts/hashrate/state';
import { loadHashrateData } from '../../src/components/charts/hashrate/data';
import { revealUntil } from '../../src/lib/series';
import { timeOf } from '../../src/lib/time';

const data = loadHashrateData();
const year = (t: number) => new Date(t).getUTCFullYear();

describe('hashrate stateFor', () => {
  test.each(HASHRATE_STEPS.map((step) => [step]))('%s: every point drawn lies inside the y domain', (step) => {
    for (const progress of [0, 0.5, 1]) {
      const state = stateFor(step, progress);
      const drawn = revealUntil(data.smoothed, state.revealTo).filter((point) => point.t >= state.xDomain[0] && point.t <= state.xDomain[1]);
      expect(drawn.length).toBeGreaterThan(1);
      for (const point of drawn) {
        const log = Math.log10(point.v);
        expect(log, `${step} at ${new Date(point.t).toISOString()}`).toBeGreaterThanOrEqual(state.yDomainLog[0]);
        expect(log, `${step} at ${new Date(point.t).toISOString()}`).toBeLessThanOrEqual(state.yDomainLog[1]);
      }
    }
  });

  test.each(HASHRATE_STEPS.map((step) => [step]))('%s: names only eras and milestones that exist, and its focus is among those shown', (step) => {
    const state = stateFor(step);
    const eraIds = data.eras.map((era) => era.id);
    const milestoneIds = data.milestones.map((milestone) => milestone.id);
    for (const id of state.eras) expect(eraIds).toContain(id);
    for (const id of state.milestones) expect(milestoneIds).toContain(id);
    if (state.focusEra) expect(state.eras).toContain(state.focusEra);
    if (state.focusMilestone) expect(state.milestones).toContain(state.focusMilestone);
  });

  test.each(HASHRATE_STEPS.map((step) => [step]))('%s: the focused milestone is on screen and drawn by the end of the step', (step) => {
    const state = stateFor(step, 1);
    const focus = data.milestones.find((milestone) => milestone.id === state.focusMilestone);
    expect(focus).toBeDefined();
    expect(focus!.t).toBeGreaterThanOrEqual(state.xDomain[0]);
    expect(focus!.t).toBeLessThanOrEqual(Math.min(state.xDomain[1], state.revealTo));
  });

  test('the story moves forward in time: each step reveals at least as far as the one before', () => {
    const reveals = HASHRATE_STEPS.map((step) => stateFor(step, 0).revealTo);
    expect([...reveals].sort((a, b) => a - b)).toEqual(reveals);
  });

  test('steps frame the eras the text talks about', () => {
    expect(year(stateFor('one-laptop').revealTo)).toBe(2009);
    expect(stateFor('gpu-arms-race').focusEra).toBe('gpu');
    expect(stateFor('first-asics').focusMilestone).toBe('first-asic');
    expect(year(stateFor('china-ban-dip').xDomain[0])).toBe(2019);
    expect(stateFor('zettahash').xDomain).toEqual([timeOf('2009-01-01'), DATA_END]);
  });

  test('exahash-treadmill scrubs: the line grows with progress, from mid-2014 to the end of 2017', () => {
    const at = (progress: number) => stateFor('exahash-treadmill', progress).revealTo;
    expect(at(0)).toBe(timeOf('2014-06-30'));
    expect(at(1)).toBe(timeOf('2017-12-31'));
    expect(at(0.25)).toBeLessThan(at(0.75));
    // Everything else in the state ignores progress.
    const { revealTo: _a, ...start } = stateFor('exahash-treadmill', 0);
    const { revealTo: _b, ...end } = stateFor('exahash-treadmill', 1);
    expect(start).toEqual(end);
  });

  test('steps without scrubbing do not depend on progress', () => {
    for (const step of HASHRATE_STEPS.filter((id) => id !== 'exahash-treadmill')) {
      expect(stateFor(step, 0.9)).toEqual(stateFor(step, 0));
    }
  });

  test('an unknown step falls back to the first step; bad progress is clamped', () => {
    expect(stateFor('no-such-step')).toEqual(stateFor(HASHRATE_STEPS[0]));
    expect(stateFor('exahash-treadmill', 7)).toEqual(stateFor('exahash-treadmill', 1));
    expect(stateFor('exahash-treadmill', -1)).toEqual(stateFor('exahash-treadmill', 0));
    expect(stateFor('exahash-treadmill', Number.NaN)).toEqual(stateFor('exahash-treadmill', 0));
  });
});
