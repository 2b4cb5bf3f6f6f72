import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { GEOGRAPHY_STEPS, stateFor } from '../../src/components/charts/geography/state';
import { layoutGeography, viewOf, LABEL_CHAR_WIDTH, TITLE_CHAR_EM, type GeographyView } from '../../src/components/charts/geography/layout';
import { describeGeography } from '../../src/components/charts/geography/describe';
import { loadGeographyData } from '../../src/components/charts/geography/data';
import { snapshotRows } from '../../src/components/charts/geography/model';
import { countryShares } from '../../src/lib/data/datasets';

const data = loadGeographyData();
// The raw rows, read independently of the chart's model, are what the expectations come from.
const raw = countryShares.load();
const rowsOf = (month: string) => raw.filter((row) => row.snapshot === month);
const allCountries = [...new Set(raw.map((row) => row.country))];

// A 320 px phone (the pinned graphic is short), a 390 px phone, and a desktop.
const sizes = [
  { width: 320, height: 260 },
  { width: 288, height: 170 },
  { width: 358, height: 300 },
  { width: 800, height: 560 },
];

describe('geography stateFor', () => {
  test('the steps, in story order, show the three Cambridge snapshots in time order', () => {
    expect(GEOGRAPHY_STEPS).toEqual(['china-dominant', 'before-the-ban', 'after-the-ban']);
    expect(GEOGRAPHY_STEPS.map((step) => stateFor(step).snapshot)).toEqual(['2019-09', '2021-04', '2021-08']);
  });

  test.each(GEOGRAPHY_STEPS.map((step) => [step]))('%s: its snapshot exists in the data and its focus country is reported there', (step) => {
    const state = stateFor(step);
    expect(rowsOf(state.snapshot).length).toBeGreaterThan(0);
    expect(rowsOf(state.snapshot).map((row) => row.country)).toContain(state.focus);
  });

  test('states do not depend on progress; an unknown step falls back to the first', () => {
    for (const step of GEOGRAPHY_STEPS) expect(stateFor(step, 0.8)).toEqual(stateFor(step, 0));
    expect(stateFor('no-such-step')).toEqual(stateFor(GEOGRAPHY_STEPS[0]));
  });
});

describe('geography rows per snapshot', () => {
  test.each(GEOGRAPHY_STEPS.map((step) => [step]))('%s: reported bars are sorted by share, largest first, and come before the rest', (step) => {
    const { rows } = snapshotRows(data, stateFor(step).snapshot);
    const expected = [...rowsOf(stateFor(step).snapshot)].sort((a, b) => b.share_pct - a.share_pct).map((row) => row.share_pct);
    const reported = rows.filter((row) => row.status === 'reported');
    expect(reported.map((row) => row.share)).toEqual(expected);
    expect(rows.map((row) => row.rank)).toEqual(rows.map((_, index) => index));
    const firstMissing = rows.findIndex((row) => row.status === 'not-reported');
    if (firstMissing >= 0) expect(rows.slice(firstMissing).every((row) => row.status === 'not-reported')).toBe(true);
    // Every country ever named has exactly one row.
    expect(rows.map((row) => row.country).sort()).toEqual([...allCountries].sort());
  });

  test.each(GEOGRAPHY_STEPS.map((step) => [step]))('%s: a country missing from the snapshot is "not reported", never zero', (step) => {
    const month = stateFor(step).snapshot;
    const named = new Set(rowsOf(month).map((row) => row.country));
    const missing = allCountries.filter((country) => !named.has(country));
    const { rows } = snapshotRows(data, month);
    for (const country of missing) {
      const row = rows.find((candidate) => candidate.country === country)!;
      expect(row.status, country).toBe('not-reported');
      expect(row.share, country).toBeNull();
    }
    const state = stateFor(step);
    const layout = layoutGeography(viewOf(state, data), state, data, sizes[3]!);
    for (const country of missing) {
      const bar = layout.bars.find((candidate) => candidate.country === country)!;
      expect(bar.status).toBe('not-reported');
      expect(bar.shown).toBe(0);
      expect(bar.valueLabel).toBe('');
    }
    const text = describeGeography(state, data);
    for (const country of missing) expect(text).not.toMatch(new RegExp(`${country} (~|about )?0%`));
    if (missing.length > 0) expect(text).toContain(`Not reported for this month (unknown, not zero): ${missing.join(', ')}`);
  });

  test('2019-09 leaves Kazakhstan, Russia and Canada unreported; China’s declared ~0 in 2021-08 is a reported zero', () => {
    const early = snapshotRows(data, '2019-09').rows;
    for (const country of ['Kazakhstan', 'Russia', 'Canada']) expect(early.find((row) => row.country === country)!.status).toBe('not-reported');
    const china = snapshotRows(data, '2021-08').rows.find((row) => row.country === 'China')!;
    expect(china).toMatchObject({ status: 'reported', share: 0, approximate: true });
    const state = stateFor('after-the-ban');
    const bar = layoutGeography(viewOf(state, data), state, data, sizes[0]!).bars.find((candidate) => candidate.country === 'China')!;
    expect(bar.valueLabel).toBe('~0%');
    expect(bar.shown).toBe(1);
  });

  test.each(GEOGRAPHY_STEPS.map((step) => [step]))('%s: the rest of the world is 100 − the named shares, and is drawn as one bar of that length', (step) => {
    const month = stateFor(step).snapshot;
    const named = rowsOf(month).reduce((sum, row) => sum + row.share_pct, 0);
    const { remainder, remainderApproximate } = snapshotRows(data, month);
    expect(remainder).toBeCloseTo(100 - named, 9);
    expect(remainder).toBeGreaterThan(0);
    expect(remainderApproximate).toBe(rowsOf(month).some((row) => row.approximate));
    const state = stateFor(step);
    const layout = layoutGeography(viewOf(state, data), state, data, sizes[3]!);
    expect(layout.rest.barWidth).toBeCloseTo(((100 - named) / 100) * layout.plot.width, 6);
    expect(layout.rest.valueX).toBeCloseTo(layout.plot.left + layout.rest.barWidth + 6, 6);
    expect(layout.rest.note).toBe('not broken down by the source');
  });

  test('the September 2019 remainder is 100 − 75.53 − 4', () => {
    expect(snapshotRows(data, '2019-09').remainder).toBeCloseTo(20.47, 9);
  });

  test('the US leads after the ban', () => {
    expect(snapshotRows(data, '2021-08').rows[0]!.country).toBe('United States');
    expect(snapshotRows(data, '2019-09').rows[0]!.country).toBe('China');
  });
});

describe('geography description', () => {
  test.each(GEOGRAPHY_STEPS.map((step) => [step]))('%s: names the snapshot month and the top country with its share from the data', (step) => {
    const state = stateFor(step);
    const top = [...rowsOf(state.snapshot)].sort((a, b) => b.share_pct - a.share_pct)[0]!;
    const text = describeGeography(state, data);
    expect(text).toContain(`${top.country} leads with ${top.approximate ? 'about ' : ''}${top.share_pct}%`);
    const [year, month] = state.snapshot.split('-').map(Number) as [number, number];
    const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
    expect(text).toContain(`${monthName} ${year}`);
    expect(text).toContain('not broken down by the source');
  });

  test('approximate shares are said as approximate', () => {
    expect(describeGeography(stateFor('china-dominant'), data)).toContain('United States about 4%');
    expect(describeGeography(stateFor('after-the-ban'), data)).toContain('China effectively zero');
  });

  test('every step has a different description', () => {
    expect(new Set(GEOGRAPHY_STEPS.map((step) => describeGeography(stateFor(step), data))).size).toBe(GEOGRAPHY_STEPS.length);
  });
});

/** Every label's box, estimated from its length, lies inside the picture. */
function expectInside(layout: ReturnType<typeof layoutGeography>, where: string) {
  const { width, height } = layout;
  const textRight = (x: number, text: string) => x + text.length * LABEL_CHAR_WIDTH;
  expect(layout.title.text.length * TITLE_CHAR_EM * layout.title.size, `${where}: title`).toBeLessThanOrEqual(width);
  expect(layout.title.y - layout.title.size * 0.75, `${where}: title top`).toBeGreaterThanOrEqual(0);
  for (const tick of layout.ticks) {
    const half = tick.anchor === 'middle' ? (tick.label.length * 6) / 2 : 0;
    expect(tick.x - half, `${where}: tick ${tick.label}`).toBeGreaterThanOrEqual(0);
    expect(tick.x + (tick.anchor === 'middle' ? half : tick.label.length * 6), `${where}: tick ${tick.label}`).toBeLessThanOrEqual(width);
  }
  const rowBottom = layout.row.barY + layout.row.barHeight;
  for (const bar of layout.bars) {
    expect(textRight(0, bar.country), `${where}: ${bar.country} name`).toBeLessThanOrEqual(width);
    expect(textRight(bar.valueX, bar.valueLabel), `${where}: ${bar.country} value`).toBeLessThanOrEqual(width);
    expect(textRight(layout.plot.left, 'not reported'), `${where}: ${bar.country} not reported`).toBeLessThanOrEqual(width);
    // The name sits on its own line above the bar, or in a column that ends before the bars.
    if (layout.row.nameY > layout.row.barY) expect(textRight(0, bar.country), `${where}: ${bar.country} name hits its bar`).toBeLessThanOrEqual(layout.plot.left - 4);
    expect(bar.barWidth).toBeLessThanOrEqual(layout.plot.width + 1e-9);
    expect(bar.y, `${where}: ${bar.country} top`).toBeGreaterThan(layout.tickLabelY);
    expect(bar.y + rowBottom, `${where}: ${bar.country} bottom`).toBeLessThanOrEqual(layout.divider);
  }
  const rest = layout.rest;
  expect(textRight(0, rest.label)).toBeLessThanOrEqual(layout.row.nameY > layout.row.barY ? layout.plot.left - 4 : width);
  expect(layout.plot.left + layout.plot.width + 8 * LABEL_CHAR_WIDTH, `${where}: room for "~100.00%"`).toBeLessThanOrEqual(width);
  expect(textRight(rest.valueX, rest.valueLabel), `${where}: rest value`).toBeLessThanOrEqual(width);
  expect(textRight(rest.noteX, rest.note), `${where}: rest note`).toBeLessThanOrEqual(width);
  if (rest.noteX > 0) expect(rest.noteX, `${where}: note clears the label`).toBeGreaterThanOrEqual(textRight(0, rest.label));
  expect(rest.y + Math.max(rowBottom, rest.noteY + 3), `${where}: rest bottom`).toBeLessThanOrEqual(height);
}

describe('geography layout', () => {
  test.each(GEOGRAPHY_STEPS.flatMap((step) => sizes.map((size) => [step, size] as const)))('%s at %o: labels stay inside the picture', (step, size) => {
    const state = stateFor(step);
    expectInside(layoutGeography(viewOf(state, data), state, data, size), `${step} ${size.width}×${size.height}`);
  });

  test.each(sizes.map((size) => [size]))('at %o: bars are at least 8 px thick, whichever row form fits', (size) => {
    const state = stateFor('china-dominant');
    expect(layoutGeography(viewOf(state, data), state, data, size).row.barHeight).toBeGreaterThanOrEqual(8);
  });

  test('short pictures put the names in a column beside the bars; tall ones above them', () => {
    const state = stateFor('china-dominant');
    expect(layoutGeography(viewOf(state, data), state, data, sizes[1]!).row.compact).toBe(true);
    expect(layoutGeography(viewOf(state, data), state, data, sizes[3]!).row.compact).toBe(false);
  });

  test.each(GEOGRAPHY_STEPS.flatMap((step) => sizes.map((size) => [step, size] as const)))('%s at %o: rows do not overlap and go down in rank order', (step, size) => {
    const state = stateFor(step);
    const layout = layoutGeography(viewOf(state, data), state, data, size);
    const { rows } = snapshotRows(data, state.snapshot);
    const ys = rows.map((row) => layout.bars.find((bar) => bar.country === row.country)!.y);
    const rowBottom = layout.row.barY + layout.row.barHeight;
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!, `${rows[i]!.country} below ${rows[i - 1]!.country}`).toBeGreaterThanOrEqual(rowBottom);
  });

  test('bar lengths are proportional to the shares on one fixed 0–100% scale', () => {
    const widthOf = (step: string, country: string) => {
      const state = stateFor(step);
      return layoutGeography(viewOf(state, data), state, data, sizes[3]!).bars.find((bar) => bar.country === country)!.barWidth;
    };
    const share = (month: string, country: string) => rowsOf(month).find((row) => row.country === country)!.share_pct;
    const plotWidth = layoutGeography(viewOf(stateFor('china-dominant'), data), stateFor('china-dominant'), data, sizes[3]!).plot.width;
    expect(widthOf('china-dominant', 'China')).toBeCloseTo((share('2019-09', 'China') / 100) * plotWidth, 6);
    expect(widthOf('china-dominant', 'China') / widthOf('china-dominant', 'United States')).toBeCloseTo(share('2019-09', 'China') / share('2019-09', 'United States'), 6);
    // The same share draws the same length in every snapshot: the US bar grows from step to step.
    expect(widthOf('after-the-ban', 'United States') / widthOf('before-the-ban', 'United States')).toBeCloseTo(share('2021-08', 'United States') / share('2021-04', 'United States'), 6);
  });

  test('positions follow the (tweened) view, labels follow the target state', () => {
    const from = viewOf(stateFor('before-the-ban'), data);
    const to = viewOf(stateFor('after-the-ban'), data);
    const halfway: GeographyView = Object.fromEntries(Object.keys(to).map((key) => [key, ((from[key] ?? 0) + (to[key] ?? 0)) / 2]));
    const target = stateFor('after-the-ban');
    for (const size of sizes) {
      const layout = layoutGeography(halfway, target, data, size);
      expectInside(layout, `halfway at ${size.width}px`);
      const kazakhstan = layout.bars.find((bar) => bar.country === 'Kazakhstan')!;
      expect(kazakhstan.shown).toBeCloseTo(0.5, 9);
      expect(kazakhstan.valueLabel).toBe('18.1%');
    }
  });

  test('the title is the snapshot month', () => {
    const titles = GEOGRAPHY_STEPS.map((step) => layoutGeography(viewOf(stateFor(step), data), stateFor(step), data, sizes[0]!).title.text);
    expect(titles).toEqual(['September 2019', 'April 2021', 'August 2021']);
  });
});

describe('geography colours', () => {
  // The chart-local colours and the page backgrounds they sit on, in both themes.
  const svelte = readFileSync(new URL('../../src/components/charts/geography/GeographyChart.svelte', import.meta.url), 'utf8');
  const tokens = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
  const split = (css: string) => {
    const at = css.indexOf('@media (prefers-color-scheme: dark)');
    const read = (block: string) => Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1]!, match[2]!]));
    const light = read(css.slice(0, at));
    return { light, dark: { ...light, ...read(css.slice(at)) } };
  };
  const local = split(svelte);
  const page = split(tokens);
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  test.each(['light', 'dark'] as const)('%s: every bar colour stands out as a mark (3:1) on the page', (theme) => {
    const colours = { 'geo-us': local[theme]['geo-us'], 'geo-other': local[theme]['geo-other'], 'c-btc': page[theme]['c-btc'] };
    for (const [name, colour] of Object.entries(colours)) {
      expect(colour, name).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrast(colour!, page[theme]['c-bg']!), name).toBeGreaterThanOrEqual(3);
    }
  });
});
