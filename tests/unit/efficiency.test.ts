import { describe, expect, test } from 'vitest';
import { EFFICIENCY_STEPS, stateFor, LATER, LEAP, ONE_MACHINE } from '../../src/components/charts/efficiency/state';
import { crosses, findLabelPlace, layoutEfficiency, overlaps, viewOf, yearTicks, type Box, type EfficiencyLayout } from '../../src/components/charts/efficiency/layout';
import { describeEfficiency } from '../../src/components/charts/efficiency/describe';
import { loadEfficiencyData, efficiencySourceIds } from '../../src/components/charts/efficiency/data';
import { compactName, deviceLabel, improvement, oneMachine, shortName } from '../../src/components/charts/efficiency/model';
import { chartForStep, chartSteps } from '../../src/components/charts/registry';
import { hashrateMonthly, miningHardware } from '../../src/lib/data/datasets';
import { formatCount, formatMultiple, formatYears, MS_PER_YEAR } from '../../src/lib/ratio';
import { timeOf } from '../../src/lib/time';

const data = loadEfficiencyData();
// The CSV rows themselves: every expectation below is arithmetic on these, not on the chart's model.
const rows = miningHardware.load();
const row = (id: string) => {
  const found = rows.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const rows2009 = hashrateMonthly.load().filter((month) => month.month.startsWith('2009-'));
const mean2009Ths = (rows2009.reduce((sum, month) => sum + month.hashrate_eh_s, 0) / rows2009.length) * 1e6;

const SMALL = { width: 320, height: 260 };
const LARGE = { width: 800, height: 560 };
const sizes = [SMALL, LARGE];

function layoutAt(step: string, size = LARGE): EfficiencyLayout {
  const state = stateFor(step);
  return layoutEfficiency(viewOf(state), state, data, size);
}

const S9_ON = ['antminer-s9', 'antminer-s19-pro', 'antminer-s19-xp', 'antminer-s21', 'antminer-s23-hydro'];

describe('efficiency steps', () => {
  test('the four steps, in order, registered under the chart name', () => {
    expect([...EFFICIENCY_STEPS]).toEqual(['joules-per-hash', 'asic-leap', 'slowing-gains', 'one-machine']);
    expect(chartSteps.efficiency).toBe(EFFICIENCY_STEPS);
    for (const step of EFFICIENCY_STEPS) expect(chartForStep(step)).toBe('efficiency');
  });

  test.each(EFFICIENCY_STEPS.map((step) => [step]))('%s: names only devices in the CSV; highlights and span ends are drawn', (step) => {
    const state = stateFor(step);
    const ids = rows.map((candidate) => candidate.id);
    for (const id of state.shown) expect(ids).toContain(id);
    for (const id of state.highlight) expect(state.shown).toContain(id);
    for (const span of state.spans) {
      expect(state.shown).toContain(span.from);
      expect(state.shown).toContain(span.to);
    }
    if (state.focusSpan) expect(state.spans).toContainEqual(state.focusSpan);
  });

  test.each(EFFICIENCY_STEPS.map((step) => [step]))('%s: the domains contain every device shown, with room for its dot', (step) => {
    const state = stateFor(step);
    for (const id of state.shown) {
      const device = row(id);
      const log = Math.log10(device.efficiency_j_per_th);
      expect(log, id).toBeGreaterThan(state.yDomainLog[0] + 0.1);
      expect(log, id).toBeLessThan(state.yDomainLog[1] - 0.1);
      expect(timeOf(device.date), id).toBeGreaterThan(state.xDomain[0]);
      expect(timeOf(device.date), id).toBeLessThan(state.xDomain[1]);
    }
  });

  test('joules-per-hash: the CPU, GPU and FPGA only, and the y domain frames them (within a decade)', () => {
    const state = stateFor('joules-per-hash');
    const early = rows.filter((candidate) => candidate.kind !== 'asic');
    expect([...state.shown].sort()).toEqual(early.map((candidate) => candidate.id).sort());
    expect(new Set(early.map((candidate) => candidate.kind))).toEqual(new Set(['cpu', 'gpu', 'fpga']));
    const logs = early.map((candidate) => Math.log10(candidate.efficiency_j_per_th));
    expect(state.yDomainLog[0]).toBeGreaterThan(Math.min(...logs) - 1);
    expect(state.yDomainLog[1]).toBeLessThan(Math.max(...logs) + 1);
    expect(state.highlight).toEqual([]);
    expect(state.spans).toEqual([]);
    expect(state.oneMachine).toBe(false);
  });

  test('asic-leap: adds every ASIC from the first (Avalon) to the S9, and compares those two', () => {
    const state = stateFor('asic-leap');
    const asics = rows.filter((candidate) => candidate.kind === 'asic').sort((a, b) => timeOf(a.date) - timeOf(b.date));
    expect(asics[0]!.id).toBe('avalon-batch-1');
    const upToS9 = asics.filter((candidate) => timeOf(candidate.date) <= timeOf(row('antminer-s9').date));
    const expected = [...rows.filter((candidate) => candidate.kind !== 'asic'), ...upToS9].map((candidate) => candidate.id);
    expect([...state.shown].sort()).toEqual(expected.sort());
    expect(state.highlight).toEqual(['avalon-batch-1', 'antminer-s9']);
    expect(state.focusSpan).toEqual({ from: 'avalon-batch-1', to: 'antminer-s9' });
    // The y domain now reaches down to the S9.
    expect(state.yDomainLog[0]).toBeLessThan(Math.log10(row('antminer-s9').efficiency_j_per_th));
    expect(state.yDomainLog[0]).toBeLessThan(stateFor('joules-per-hash').yDomainLog[0]);
  });

  test('slowing-gains: every device; the S9 and later machines highlighted; both eras compared', () => {
    const state = stateFor('slowing-gains');
    expect([...state.shown].sort()).toEqual(rows.map((candidate) => candidate.id).sort());
    expect([...state.highlight].sort()).toEqual([...S9_ON].sort());
    // The two ends of the focused span come first, so they keep their labels when space is short.
    expect(state.highlight.slice(0, 2)).toEqual(['antminer-s9', 'antminer-s23-hydro']);
    expect(state.spans).toEqual([LEAP, LATER]);
    expect(state.focusSpan).toEqual(LATER);
  });

  test('one-machine: every device; the S21 and the 2010 CPU highlighted; the big numbers on', () => {
    const state = stateFor('one-machine');
    expect(state.shown).toHaveLength(rows.length);
    expect([...state.highlight].sort()).toEqual(['antminer-s21', 'phenom-ii-x6']);
    expect(ONE_MACHINE).toEqual({ machine: 'antminer-s21', cpu: 'phenom-ii-x6' });
    expect(state.oneMachine).toBe(true);
    expect(stateFor('slowing-gains').oneMachine).toBe(false);
  });

  test('no step depends on progress; an unknown step falls back to the first', () => {
    for (const step of EFFICIENCY_STEPS) expect(stateFor(step, 0.9)).toEqual(stateFor(step, 0));
    expect(stateFor('no-such-step')).toEqual(stateFor('joules-per-hash'));
    expect(stateFor('asic-leap', Number.NaN)).toEqual(stateFor('asic-leap'));
  });
});

describe('efficiency data and computed factors', () => {
  test('devices carry the CSV values unchanged, in release order', () => {
    expect(data.devices).toHaveLength(rows.length);
    for (const device of data.devices) {
      const source = row(device.id);
      expect(device.joulesPerTh).toBe(source.efficiency_j_per_th);
      expect(device.hashrateThs).toBe(source.hashrate_ths);
      expect(device.powerW).toBe(source.power_w);
      expect(device.derived).toBe(source.derived);
      expect(device.t).toBe(timeOf(source.date));
    }
    const times = data.devices.map((device) => device.t);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  test('the 2009 network is the mean of the twelve 2009 monthly means', () => {
    expect(rows2009).toHaveLength(12);
    expect(data.network.months).toBe(12);
    expect(data.network.meanThs).toBeCloseTo(mean2009Ths, 15);
  });

  test('Avalon → S9: the factor and years are arithmetic on the two rows', () => {
    const change = improvement(data, 'avalon-batch-1', 'antminer-s9');
    const factor = row('avalon-batch-1').efficiency_j_per_th / row('antminer-s9').efficiency_j_per_th;
    const years = (timeOf(row('antminer-s9').date) - timeOf(row('avalon-batch-1').date)) / MS_PER_YEAR;
    expect(change.factor).toBe(factor);
    expect(change.years).toBeCloseTo(years, 12);
    expect(change.perYear).toBeCloseTo(factor ** (1 / years), 12);
    expect(formatMultiple(change.factor)).toBe('68×');
    expect(formatYears(change.years)).toBe('3.4 years');
  });

  test('S9 → S23 Hydro is much slower per year than Avalon → S9: gains are slowing', () => {
    const leap = improvement(data, LEAP.from, LEAP.to);
    const later = improvement(data, LATER.from, LATER.to);
    const factor = row('antminer-s9').efficiency_j_per_th / row('antminer-s23-hydro').efficiency_j_per_th;
    expect(later.factor).toBe(factor);
    expect(formatMultiple(later.factor)).toBe('10×');
    expect(formatYears(later.years)).toBe('9 years');
    expect(later.perYear).toBeLessThan(leap.perYear / 2);
    expect(formatMultiple(leap.perYear)).toBe('3.4×');
    expect(formatMultiple(later.perYear)).toBe('1.3×');
  });

  test('one S21 against the 2010 CPU and the 2009 network: arithmetic on the rows', () => {
    const one = oneMachine(data, 'antminer-s21', 'phenom-ii-x6');
    const s21 = row('antminer-s21').hashrate_ths!;
    const phenom = row('phenom-ii-x6').hashrate_ths!;
    expect(one.cpus).toBe(s21 / phenom);
    expect(one.networks).toBeCloseTo(s21 / mean2009Ths, 6);
    expect(one.energyFactor).toBe(row('phenom-ii-x6').efficiency_j_per_th / row('antminer-s21').efficiency_j_per_th);
    expect(formatCount(one.cpus)).toBe('9.1 million');
    expect(formatCount(one.networks)).toBe('44 million');
  });

  test('the chart cites the source of every row it draws', () => {
    const ids = efficiencySourceIds();
    for (const source of rows) expect(ids).toContain(source.source_id);
    for (const month of rows2009) expect(ids).toContain(month.source_id);
  });
});

describe('efficiency description', () => {
  const text = (step: string) => describeEfficiency(stateFor(step), data);

  test('joules-per-hash: each early device with its J/TH, and the arithmetic of derived ones', () => {
    const words = text('joules-per-hash');
    expect(words).toContain('lower is better');
    expect(words).toContain('Phenom II X6 (CPU, 2010): 5,680,000 J/TH, computed here from power ÷ hashrate: 125 W ÷ 0.000022 TH/s');
    expect(words).toContain('Radeon HD 6990 (GPU, 2011): 510,000 J/TH.');
    expect(words).toContain('Spartan-6 FPGA board (FPGA, June 2011): 68,000 J/TH, computed here');
    expect(words).not.toContain('Avalon');
  });

  test('asic-leap: the Avalon → S9 factor, with its arithmetic', () => {
    const words = text('asic-leap');
    expect(words).toContain(`Avalon → Antminer S9: ${row('avalon-batch-1').efficiency_j_per_th} ÷ ${row('antminer-s9').efficiency_j_per_th} J/TH = 68× less energy per hash in 3.4 years (January 2013 to June 2016), about 3.4× a year`);
    expect(words).toContain('Antminer S7 (ASIC, August 2015): 250 J/TH');
  });

  test('slowing-gains: both eras, per year, and each later step', () => {
    const words = text('slowing-gains');
    expect(words).toContain('Antminer S9 → Antminer S23 Hydro: 98 ÷ 9.7 J/TH = 10× less energy per hash in 9 years (June 2016 to 2025), about 1.3× a year');
    expect(words).toContain('about 3.4× a year');
    const s9 = row('antminer-s9').efficiency_j_per_th;
    const pro = row('antminer-s19-pro').efficiency_j_per_th;
    expect(words).toContain(`Antminer S9 → Antminer S19 Pro ${formatMultiple(s9 / pro)} in`);
    expect(words).toContain('Antminer S23 Hydro (ASIC, 2025): 9.7 J/TH');
  });

  test('one-machine: the counts and the sums behind them', () => {
    const words = text('one-machine');
    const s21 = row('antminer-s21').hashrate_ths!;
    const cpus = Math.round(s21 / row('phenom-ii-x6').hashrate_ths!).toLocaleString('en-US');
    const networks = Math.round(s21 / mean2009Ths).toLocaleString('en-US');
    expect(words).toContain(`9.1 million Phenom II X6 desktop CPUs of 2010: 200 TH/s ÷ 22 MH/s = ${cpus}.`);
    expect(cpus).toBe('9,090,909');
    expect(words).toContain(`44 million copies of the whole 2009 network: 200 TH/s ÷ 4.52 MH/s (the mean of 2009's 12 monthly means) = ${networks}.`);
  });

  test('every step says something different', () => {
    expect(new Set(EFFICIENCY_STEPS.map(text)).size).toBe(EFFICIENCY_STEPS.length);
  });
});

describe('efficiency layout', () => {
  const cases = EFFICIENCY_STEPS.flatMap((step) => sizes.map((size) => [step, size] as const));

  /** Every box the labels and notes take, with a name, recomputed from the text so a layout cannot shrink them. */
  function boxesOf(layout: EfficiencyLayout) {
    const boxes: { name: string; box: Box }[] = [];
    for (const dot of layout.dots) {
      if (!dot.label) continue;
      const minWidth = dot.label.text.length * layout.labelSize * 0.55;
      expect(dot.label.box.right - dot.label.box.left, dot.id).toBeGreaterThanOrEqual(minWidth);
      boxes.push({ name: `label ${dot.id}`, box: dot.label.box });
    }
    for (const note of layout.notes.filter((candidate) => candidate.shown)) {
      for (const line of note.lines) {
        expect(note.box.right - note.box.left, note.id).toBeGreaterThanOrEqual(line.text.length * line.size * 0.55);
      }
      boxes.push({ name: `note ${note.id}`, box: note.box });
    }
    return boxes;
  }

  test.each(cases)('%s at %o: no label or note overlaps another, a dot, or a span line, and all stay in the plot', (step, size) => {
    const layout = layoutAt(step, size);
    const boxes = boxesOf(layout);
    expect(boxes.length).toBeGreaterThan(2);
    for (const [i, a] of boxes.entries()) {
      expect(a.box.left, a.name).toBeGreaterThanOrEqual(0);
      expect(a.box.right, a.name).toBeLessThanOrEqual(layout.plot.width);
      expect(a.box.top, a.name).toBeGreaterThanOrEqual(0);
      expect(a.box.bottom, a.name).toBeLessThanOrEqual(layout.plot.height);
      for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `${a.name} overlaps ${b.name}`).toBe(false);
      for (const dot of layout.dots.filter((candidate) => candidate.shown && `label ${candidate.id}` !== a.name)) {
        const dotBox = { left: dot.x - dot.r, right: dot.x + dot.r, top: dot.y - dot.r, bottom: dot.y + dot.r };
        expect(overlaps(a.box, dotBox), `${a.name} covers the dot of ${dot.id}`).toBe(false);
      }
      for (const span of layout.spans.filter((candidate) => candidate.shown)) expect(crosses(span, a.box), `${span.id} crosses ${a.name}`).toBe(false);
    }
  });

  test.each(cases)('%s at %o: dots sit inside the plot; hidden dots have no label', (step, size) => {
    const layout = layoutAt(step, size);
    for (const dot of layout.dots) {
      if (!dot.shown) {
        expect(dot.label, dot.id).toBeNull();
        continue;
      }
      expect(dot.x - dot.r, dot.id).toBeGreaterThanOrEqual(0);
      expect(dot.x + dot.r, dot.id).toBeLessThanOrEqual(layout.plot.width);
      expect(dot.y - dot.r, dot.id).toBeGreaterThanOrEqual(0);
      expect(dot.y + dot.r, dot.id).toBeLessThanOrEqual(layout.plot.height);
    }
    expect(layout.dots.filter((dot) => dot.shown).map((dot) => dot.id).sort()).toEqual([...stateFor(step).shown].sort());
  });

  test.each(cases)('%s at %o: every note the step asks for is drawn; others are hidden', (step, size) => {
    const state = stateFor(step);
    const layout = layoutAt(step, size);
    const wanted = [...state.spans.map((span) => `${span.from}→${span.to}`), ...(state.oneMachine ? ['one-machine'] : [])];
    expect(layout.notes.filter((note) => note.shown).map((note) => note.id).sort()).toEqual(wanted.sort());
  });

  test('half-way through a tween between steps, labels and notes still never overlap', () => {
    for (const [index, step] of EFFICIENCY_STEPS.entries()) {
      const previous = EFFICIENCY_STEPS[index - 1];
      if (!previous) continue;
      const from = viewOf(stateFor(previous));
      const to = viewOf(stateFor(step));
      const mid = { x0: (from.x0 + to.x0) / 2, x1: (from.x1 + to.x1) / 2, y0: (from.y0 + to.y0) / 2, y1: (from.y1 + to.y1) / 2 };
      for (const size of sizes) {
        const layout = layoutEfficiency(mid, stateFor(step), data, size);
        const boxes = boxesOf(layout);
        for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `${step} at ${size.width}: ${a.name} overlaps ${b.name}`).toBe(false);
        // A dot still outside the moving domain gets no label.
        for (const dot of layout.dots) if (dot.label) expect(dot.y, dot.id).toBeLessThanOrEqual(layout.plot.height);
      }
    }
  });

  test('at 800 px every highlighted device is labelled, and every device in the first three steps', () => {
    for (const step of EFFICIENCY_STEPS) {
      const layout = layoutAt(step, LARGE);
      for (const dot of layout.dots.filter((candidate) => candidate.highlight)) expect(dot.label, `${step}: ${dot.id}`).not.toBeNull();
      if (step !== 'one-machine') for (const dot of layout.dots.filter((candidate) => candidate.shown)) expect(dot.label, `${step}: ${dot.id}`).not.toBeNull();
    }
  });

  test('at 320 px the devices each step is about keep their labels; crowded ones give way', () => {
    const labelled = (step: string) => layoutAt(step, SMALL).dots.filter((dot) => dot.label).map((dot) => dot.id);
    expect(labelled('joules-per-hash').sort()).toEqual(['phenom-ii-x6', 'radeon-hd-6990', 'spartan-6-board']);
    expect(labelled('asic-leap')).toEqual(expect.arrayContaining(['avalon-batch-1', 'antminer-s9']));
    expect(labelled('slowing-gains')).toEqual(expect.arrayContaining(['antminer-s9', 'antminer-s23-hydro', 'antminer-s19-pro']));
    expect(labelled('one-machine')).toEqual(expect.arrayContaining(['antminer-s21', 'phenom-ii-x6']));
    // S19 XP and S21 are a year and 4 J/TH apart: at 320 px not both labels fit, and the rule drops one.
    const crowded = layoutAt('slowing-gains', SMALL).dots.filter((dot) => ['antminer-s19-xp', 'antminer-s21'].includes(dot.id));
    expect(crowded.filter((dot) => dot.label)).toHaveLength(1);
  });

  test('labels are compact on narrow screens and full on wide ones, and tag the first of each kind', () => {
    const label = (size: typeof SMALL, id: string) => layoutAt('slowing-gains', size).dots.find((dot) => dot.id === id)!.label?.text;
    expect(label(LARGE, 'antminer-s9')).toBe('Antminer S9');
    expect(label(SMALL, 'antminer-s9')).toBe('S9');
    expect(label(LARGE, 'avalon-batch-1')).toBe('Avalon · ASIC');
    expect(label(LARGE, 'phenom-ii-x6')).toBe('Phenom II X6 · CPU');
    // The FPGA board names its kind already.
    expect(label(LARGE, 'spartan-6-board')).toBe('Spartan-6 FPGA board');
    expect(shortName('AMD Phenom II X6 (6-core desktop CPU)')).toBe('Phenom II X6');
    expect(compactName('Bitmain Antminer S19 XP')).toBe('S19 XP');
    const s21 = data.devices.find((device) => device.id === 'antminer-s21')!;
    expect(deviceLabel(s21, true, false)).toBe('S21');
  });

  test('the layout is a pure function: the same inputs give the same picture', () => {
    for (const step of EFFICIENCY_STEPS) for (const size of sizes) expect(layoutAt(step, size)).toEqual(layoutAt(step, size));
  });

  test('notes print the computed numbers', () => {
    const leap = layoutAt('asic-leap').notes.find((note) => note.id === 'avalon-batch-1→antminer-s9')!;
    expect(leap.lines.map((line) => line.text)).toEqual(expect.arrayContaining(['Avalon → S9', '68×', 'about 3.4× a year']));
    const slow = layoutAt('slowing-gains', SMALL).notes.find((note) => note.id === 'antminer-s9→antminer-s23-hydro')!;
    expect(slow.lines.map((line) => line.text)).toEqual(expect.arrayContaining(['S9 → S23 Hydro', '10×', 'in 9 years', 'about 1.3× a year']));
    for (const size of sizes) {
      const one = layoutAt('one-machine', size).notes.find((note) => note.id === 'one-machine')!;
      const big = one.lines.filter((line) => line.role === 'big').map((line) => line.text);
      expect(big).toEqual(['9.1 million', '44 million']);
      expect(Math.min(...one.lines.filter((line) => line.role === 'big').map((line) => line.size))).toBeGreaterThan(layoutAt('one-machine', size).labelSize);
    }
  });

  test('hollow dots are exactly the derived values, and the footnote explains them', () => {
    const layout = layoutAt('slowing-gains');
    expect(layout.dots.filter((dot) => dot.derived).map((dot) => dot.id).sort()).toEqual(rows.filter((candidate) => candidate.derived).map((candidate) => candidate.id).sort());
    expect(layout.footnote?.text).toBe('computed here from power ÷ hashrate');
  });

  test('axes: J/TH ticks one per decade, readable at both sizes; whole years on x', () => {
    expect(layoutAt('slowing-gains', LARGE).yTicks.map((tick) => tick.label)).toEqual(['10', '100', '1,000', '10,000', '100,000', '1 million', '10 million']);
    expect(layoutAt('slowing-gains', SMALL).yTicks.map((tick) => tick.label)).toEqual(['10', '100', '1k', '10k', '100k', '1M', '10M']);
    expect(layoutAt('slowing-gains', SMALL).title.text).toContain('lower is better');
    expect(layoutAt('joules-per-hash', LARGE).xTicks.map((tick) => tick.label)).toEqual(['2010', '2011', '2012']);
    expect(yearTicks(timeOf('2009-07'), timeOf('2026-03'), 4)).toEqual([2010, 2015, 2020, 2025]);
  });
});

describe('label placement rule', () => {
  const dot = { x: 100, y: 100, r: 5 };
  test('takes the first free place: right, then left, then the diagonals', () => {
    const right = findLabelPlace(dot, 'S9', 12, false, () => true)!;
    expect(right.anchor).toBe('start');
    expect(right.box.left).toBeGreaterThan(dot.x + dot.r);
    const left = findLabelPlace(dot, 'S9', 12, false, (box) => box.left < dot.x)!;
    expect(left.anchor).toBe('end');
    expect(left.box.right).toBeLessThan(dot.x - dot.r);
    const above = findLabelPlace(dot, 'S9', 12, false, (box) => box.bottom < dot.y - dot.r)!;
    expect(above.box.bottom).toBeLessThan(dot.y);
    expect(above.leader).toBeNull();
  });

  test('further away it draws a leader line; with no free place there is no label', () => {
    // Free: anything well above the dot, and the thin box of a leader line.
    const far = findLabelPlace(dot, 'S9', 12, false, (box) => box.bottom < dot.y - 30 || box.right - box.left <= 2)!;
    expect(far.leader).not.toBeNull();
    expect(far.leader!.x).toBe(dot.x);
    expect(far.box.bottom).toBeLessThan(dot.y - 30);
    expect(findLabelPlace(dot, 'S9', 12, false, () => false)).toBeNull();
  });

  test('a span line blocks the boxes it passes through', () => {
    const line = { x1: 0, y1: 0, x2: 100, y2: 100 };
    expect(crosses(line, { left: 40, right: 60, top: 40, bottom: 60 })).toBe(true);
    expect(crosses(line, { left: 60, right: 90, top: 0, bottom: 20 })).toBe(false);
  });
});
