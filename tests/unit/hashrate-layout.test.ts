import { describe, expect, test } from 'vitest';
import { HASHRATE_STEPS, stateFor } from '../../src/components/charts/hashrate/state';
import { layoutHashrate, viewOf, valueAt } from '../../src/components/charts/hashrate/layout';
import { describeHashrate } from '../../src/components/charts/hashrate/describe';
import { loadHashrateData } from '../../src/components/charts/hashrate/data';
import { significant } from '../../src/lib/format';

const data = loadHashrateData();
const sizes = [
  { width: 320, height: 260 },
  { width: 800, height: 560 },
];

function layoutAt(step: string, size = sizes[1]!, progress = 0) {
  const state = stateFor(step, progress);
  return layoutHashrate(viewOf(state), state, data, size);
}

describe('hashrate layout', () => {
  test.each(HASHRATE_STEPS.flatMap((step) => sizes.map((size) => [step, size] as const)))('%s at %o: line, axes and labels stay inside the picture', (step, size) => {
    const layout = layoutAt(step, size);
    expect(layout.linePath).toMatch(/^M[\d.-]+,[\d.-]+L/);
    expect(layout.yTicks.length).toBeGreaterThanOrEqual(2);
    expect(layout.xTicks.length).toBeGreaterThanOrEqual(2);
    for (const tick of layout.yTicks) {
      expect(tick.y).toBeGreaterThanOrEqual(-0.5);
      expect(tick.y).toBeLessThanOrEqual(layout.plot.height + 0.5);
    }
    expect(layout.head).not.toBeNull();
    expect(layout.head!.x).toBeLessThanOrEqual(layout.plot.width + 0.5);
    expect(layout.head!.y).toBeGreaterThanOrEqual(-0.5);
    expect(layout.head!.y).toBeLessThanOrEqual(layout.plot.height + 0.5);
  });

  test.each(HASHRATE_STEPS.flatMap((step) => sizes.map((size) => [step, size] as const)))('%s at %o: shown milestone labels do not overlap each other', (step, size) => {
    const shown = layoutAt(step, size).markers.filter((marker) => marker.labelled);
    const boxes = shown.map((marker) => {
      const width = marker.label.length * 6.6;
      const left = marker.anchor === 'start' ? marker.x : marker.x - width;
      return { id: marker.id, left, right: left + width, top: marker.labelY - 12, bottom: marker.labelY + 2 };
    });
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id >= b.id) continue;
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  test('the milestones shown are exactly the ones the state names that are already drawn', () => {
    const layout = layoutAt('zettahash');
    expect(layout.markers.filter((marker) => marker.shown).map((marker) => marker.id).sort()).toEqual([...stateFor('zettahash').milestones].sort());
    const early = layoutAt('exahash-treadmill', sizes[1], 0);
    expect(early.markers.find((marker) => marker.id === 'one-exahash')!.shown).toBe(false);
    const late = layoutAt('exahash-treadmill', sizes[1], 1);
    expect(late.markers.find((marker) => marker.id === 'one-exahash')!.shown).toBe(true);
  });

  test('the milestone in focus always keeps its label, even on a narrow screen', () => {
    for (const step of HASHRATE_STEPS) {
      for (const size of sizes) {
        const focus = layoutAt(step, size, 1).markers.find((marker) => marker.focus)!;
        expect(focus.labelled, `${step} at ${size.width}px`).toBe(true);
      }
    }
  });

  test('a label is never drawn for a hidden milestone', () => {
    for (const marker of layoutAt('one-laptop').markers) if (!marker.shown) expect(marker.labelled).toBe(false);
  });

  test('each milestone point sits on the drawn line', () => {
    const layout = layoutAt('zettahash');
    const china = layout.markers.find((marker) => marker.id === 'china-ban')!;
    const value = valueAt(data.smoothed, data.milestones.find((milestone) => milestone.id === 'china-ban')!.t)!;
    expect(value).toBeGreaterThan(1e20);
    expect(value).toBeLessThan(2e20);
    expect(china.y).toBeGreaterThan(0);
  });

  test('era bands tile the time axis without gaps', () => {
    const bands = layoutAt('zettahash').bands;
    for (let i = 1; i < bands.length; i += 1) expect(bands[i]!.x).toBeCloseTo(bands[i - 1]!.x + bands[i - 1]!.width, 6);
  });

  test('y ticks are labelled with hashrate units', () => {
    expect(layoutAt('zettahash').yTicks.map((tick) => tick.label)).toEqual(['1 MH/s', '1 GH/s', '1 TH/s', '1 PH/s', '1 EH/s', '1 ZH/s']);
    expect(layoutAt('china-ban-dip').yTicks.map((tick) => tick.label)).toEqual(['50 EH/s', '100 EH/s', '200 EH/s']);
  });
});

describe('hashrate description', () => {
  test('says what is drawn, with numbers from the data', () => {
    const text = describeHashrate(stateFor('one-laptop'), data);
    expect(text).toContain('January 2009 to December 2009');
    expect(text).toContain('Genesis block (3 January 2009)');
  });

  test('the China-ban step reports the May–July 2021 fall computed from the data', () => {
    const text = describeHashrate(stateFor('china-ban-dip'), data);
    const may = data.monthly.find((point) => new Date(point.t).toISOString().startsWith('2021-05'))!.v;
    const july = data.monthly.find((point) => new Date(point.t).toISOString().startsWith('2021-07'))!.v;
    expect(text).toContain(`${significant(may / 1e18, 3)} EH/s in May 2021`);
    expect(text).toContain(`${significant(july / 1e18, 3)} EH/s in July`);
    expect(text).toContain(`\u2212${Math.round((1 - july / may) * 100)}%`);
  });

  test('every step has a description that differs from the others', () => {
    const texts = HASHRATE_STEPS.map((step) => describeHashrate(stateFor(step), data));
    expect(new Set(texts).size).toBe(HASHRATE_STEPS.length);
  });
});
