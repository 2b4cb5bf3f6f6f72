import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import WhoMinesChart from '../../src/components/charts/who-mines/WhoMinesChart.svelte';
import { WHO_MINES_STEPS, FARM_SIZES, POOL_SIZES, RIG_SIZES, measuredGroups, stateFor, formatShare } from '../../src/components/charts/who-mines/state';
import { describeWhoMines } from '../../src/components/charts/who-mines/describe';
import { arrangeWhoMines } from '../../src/components/charts/who-mines/arrange';
import { GHASH_SNAPSHOT, RECENT_SNAPSHOT, loadWhoMinesData, whoMinesSourceIds } from '../../src/components/charts/who-mines/data';
import { MARK_COUNT } from '../../src/components/charts/who-mines/model';
import { PALETTE, POOL_SWATCHES } from '../../src/components/charts/who-mines/palette';
import { toPixels, type Size } from '../../src/components/charts/mark-field/layouts';
import { apportion } from '../../src/lib/apportion';
import { loadDataset, poolShares, sourceIds } from '../../src/lib/data/datasets';
import { chartSteps } from '../../src/components/charts/registry';

const data = loadWhoMinesData();
const rawRows = loadDataset(poolShares);
const SIZES: Size[] = [
  { width: 288, height: 250 },
  { width: 358, height: 300 },
  { width: 560, height: 300 },
  { width: 780, height: 640 },
];
const sum = (values: readonly number[]) => values.reduce((acc, value) => acc + value, 0);

/** Marks expected per group, worked out here from the raw CSV rows, largest pool first, then the rest. */
function expectedCounts(snapshot: string) {
  const rows = rawRows.filter((row) => row.snapshot === snapshot).sort((a, b) => b.share_pct - a.share_pct);
  const shares = [...rows.map((row) => row.share_pct), 100 - sum(rows.map((row) => row.share_pct))];
  return { pools: rows.map((row) => row.pool), counts: apportion(shares, 100) };
}

describe('who-mines steps', () => {
  test('the steps, in order', () => {
    expect(WHO_MINES_STEPS).toEqual(['anyones-computer', 'rigs-and-farms', 'pools-form', 'ghash-2014', 'two-pools-2025']);
    expect(chartSteps['who-mines']).toBe(WHO_MINES_STEPS);
  });

  test.each(WHO_MINES_STEPS.map((step) => [step]))('%s: 100 marks in all, a kind and a legend', (step) => {
    const state = stateFor(step, 0, data);
    expect(state.step).toBe(step);
    expect(sum(state.groups.map((group) => group.count))).toBe(MARK_COUNT);
    expect(MARK_COUNT).toBe(100);
    expect(['illustration', 'measured']).toContain(state.kind);
    expect(state.legend.length).toBeGreaterThan(10);
    expect(state.headline.length).toBeGreaterThan(5);
    for (const group of state.groups) expect(group.count).toBeGreaterThan(0);
    expect(new Set(state.groups.map((group) => group.id)).size).toBe(state.groups.length);
  });

  test('the first three steps are illustrations, in neutral marks with no measured values', () => {
    for (const step of ['anyones-computer', 'rigs-and-farms', 'pools-form']) {
      const state = stateFor(step, 0, data);
      expect(state.kind).toBe('illustration');
      expect(state.legend).not.toMatch(/%/);
      for (const group of state.groups) {
        expect(group.swatch).toBe('neutral');
        expect(group.sharePct).toBeNull();
        expect(group.detail).toBeNull();
      }
    }
  });

  test('anyone’s computer: one scattered group of home computers', () => {
    const state = stateFor('anyones-computer', 0, data);
    expect(state.arrangement).toBe('scatter');
    expect(state.groups).toHaveLength(1);
    expect(state.legend).toMatch(/home computer/);
  });

  test('rigs and farms: a handful of small clusters, labelled as rigs and farms', () => {
    const state = stateFor('rigs-and-farms', 0, data);
    expect(state.arrangement).toBe('clusters');
    expect(state.groups.map((group) => group.count)).toEqual([...RIG_SIZES, ...FARM_SIZES]);
    expect(state.groups.length).toBeGreaterThanOrEqual(4);
    expect(state.groups.length).toBeLessThanOrEqual(8);
    expect(new Set(state.groups.map((group) => group.label))).toEqual(new Set(['GPU rig', 'Early farm']));
  });

  test('pools form: a few pools, no date on the picture (the narrative gives it)', () => {
    const state = stateFor('pools-form', 0, data);
    expect(state.arrangement).toBe('clusters');
    expect(state.groups.map((group) => group.count)).toEqual([...POOL_SIZES]);
    expect(state.groups.length).toBeLessThan(stateFor('rigs-and-farms', 0, data).groups.length);
    expect(state.headline).toBe('Miners begin to pool their work');
    expect(`${state.headline} ${state.legend} ${state.summary}`).not.toMatch(/\b(19|20)\d\d\b/);
  });

  test('ghash-2014: measured, GHash.io about 51 marks against 49 for everyone else, from the data', () => {
    const state = stateFor('ghash-2014', 0, data);
    const expected = expectedCounts(GHASH_SNAPSHOT);
    expect(state.kind).toBe('measured');
    expect(state.arrangement).toBe('waffle');
    expect(state.legend).toBe("1 mark = 1% of the network's hashrate, 13 June 2014 (approximate)");
    expect(state.groups.map((group) => group.label)).toEqual([...expected.pools, 'All other miners']);
    expect(state.groups.map((group) => group.count)).toEqual(expected.counts);
    expect(state.groups.map((group) => group.count)).toEqual([51, 49]);
    expect(state.groups[0]!.detail).toBe('about 51%');
    expect(state.groups[1]!.detail).toMatch(/^about 49%.*not broken down/);
    expect(state.groups.map((group) => group.swatch)).toEqual(['lead', 'neutral']);
    expect(state.halfLine).toBe(true);
  });

  test('two-pools-2025: measured, three named pools and the rest, apportioned to exactly 100 marks', () => {
    const state = stateFor('two-pools-2025', 0, data);
    const expected = expectedCounts(RECENT_SNAPSHOT);
    expect(state.kind).toBe('measured');
    expect(state.legend).toBe('1 mark = 1% of blocks found, 20 March 2025');
    expect(state.groups.map((group) => group.label)).toEqual([...expected.pools, 'All other pools']);
    expect(expected.pools).toEqual(['Foundry USA', 'AntPool', 'ViaBTC']);
    expect(state.groups.map((group) => group.count)).toEqual(expected.counts);
    // Worked by hand: floors 30, 21, 13, 34 leave 2 marks, for remainders 0.7 (ViaBTC) and 0.5 (the rest).
    expect(state.groups.map((group) => group.count)).toEqual([30, 21, 14, 35]);
    expect(state.groups.map((group) => group.sharePct)).toEqual([30.4, 21.4, 13.7, 34.5]);
    expect(state.groups.map((group) => group.detail)).toEqual(['30.4%', '21.4%', '13.7%', '34.5%, not broken down']);
    expect(state.groups.map((group) => group.swatch)).toEqual([...POOL_SWATCHES, 'neutral']);
    // The two largest pools together pass the half line.
    expect(state.groups[0]!.count + state.groups[1]!.count).toBeGreaterThan(50);
    expect(state.headline).toBe('Foundry USA and AntPool together: 51.8% of blocks');
  });

  test('measured marks always add up to 100, where rounding each share would give 99 or 101', () => {
    const snapshot = (shares: number[]) => ({ date: '2020-01-01', pools: shares.map((sharePct, index) => ({ pool: `P${index}`, sharePct, approximate: false, sourceId: 's' })) });
    // 33.4 + 33.3 + 33.3: each rounds down (99 in all); the spare mark goes to the largest remainder.
    expect(measuredGroups(snapshot([33.4, 33.3]), 'Rest').map((group) => group.count)).toEqual([34, 33, 33]);
    // 12.5 + 12.5 + 75: each rounds up (101 in all); of two equal remainders the first pool wins.
    expect(measuredGroups(snapshot([12.5, 12.5]), 'Rest').map((group) => group.count)).toEqual([13, 12, 75]);
    // Named pools covering everything leave no "rest" group.
    expect(measuredGroups(snapshot([60, 40]), 'Rest').map((group) => group.id)).toEqual(['pool-1', 'pool-2']);
  });

  test('progress changes nothing; an unknown step gives the first', () => {
    for (const step of WHO_MINES_STEPS) expect(stateFor(step, 0.8, data)).toEqual(stateFor(step, 0, data));
    expect(stateFor('no-such-step', 0, data)).toEqual(stateFor(WHO_MINES_STEPS[0], 0, data));
  });

  test('formatShare keeps at most one decimal and drops a trailing zero', () => {
    expect(formatShare(30.4)).toBe('30.4');
    expect(formatShare(51)).toBe('51');
    expect(formatShare(34.49999999)).toBe('34.5');
    expect(formatShare(12.06)).toBe('12.1');
  });
});

describe('who-mines arrangement', () => {
  test.each(WHO_MINES_STEPS.flatMap((step) => SIZES.map((size) => [step, `${size.width}×${size.height}`, size] as const)))('%s at %s: the groups’ marks, inside the box, none overlapping', (step, _name, size) => {
    const state = stateFor(step, 0, data);
    const arrangement = arrangeWhoMines(state, size);
    expect(arrangement.marks).toHaveLength(100);
    const counts = new Map<string, number>();
    for (const mark of arrangement.marks) counts.set(mark.group, (counts.get(mark.group) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(state.groups.map((group) => [group.id, group.count])));
    for (const mark of arrangement.marks) expect(mark.colorKey).toBe(state.groups.find((group) => group.id === mark.group)!.swatch);
    const marks = arrangement.marks.map((mark) => toPixels(mark, size));
    for (const mark of marks) {
      expect(mark.x - mark.r).toBeGreaterThanOrEqual(-1e-9);
      expect(mark.x + mark.r).toBeLessThanOrEqual(size.width + 1e-9);
      expect(mark.y - mark.r).toBeGreaterThanOrEqual(-1e-9);
      expect(mark.y + mark.r).toBeLessThanOrEqual(size.height + 1e-9);
    }
    for (let i = 0; i < marks.length; i += 1) {
      for (let j = i + 1; j < marks.length; j += 1) {
        expect(Math.hypot(marks[i]!.x - marks[j]!.x, marks[i]!.y - marks[j]!.y)).toBeGreaterThanOrEqual(marks[i]!.r + marks[j]!.r - 1e-9);
      }
    }
    // Measured states draw a half line; illustrations do not.
    expect(arrangement.guides.length > 0).toBe(state.kind === 'measured');
  });

  test('the marks keep one size from the waffle back to the scatter (where it fits)', () => {
    const size = { width: 780, height: 640 };
    const radiusOf = (step: string) => toPixels(arrangeWhoMines(stateFor(step, 0, data), size).marks[0]!, size).r;
    expect(radiusOf('anyones-computer')).toBeCloseTo(radiusOf('ghash-2014'), 6);
    expect(radiusOf('rigs-and-farms')).toBeCloseTo(radiusOf('two-pools-2025'), 6);
  });
});

describe('describeWhoMines', () => {
  test.each(['anyones-computer', 'rigs-and-farms', 'pools-form'].map((step) => [step]))('%s: says it is an illustration, not measured data', (step) => {
    const text = describeWhoMines(stateFor(step, 0, data));
    expect(text).toMatch(/^Illustration, not to scale, not measured data/);
    expect(text).not.toMatch(/Measured/);
    expect(text).not.toMatch(/%/);
  });

  test('anyones-computer tells what a mark stands for', () => {
    expect(describeWhoMines(stateFor('anyones-computer', 0, data))).toMatch(/100 marks.*home computer/);
  });

  test('rigs-and-farms gives the made-up group sizes', () => {
    const text = describeWhoMines(stateFor('rigs-and-farms', 0, data));
    for (const size of [...RIG_SIZES, ...FARM_SIZES]) expect(text).toContain(String(size));
    expect(text).toMatch(/GPU rigs/);
    expect(text).toMatch(/early farms/);
  });

  test('ghash-2014: measured and approximate, with what a mark is, the date and each group', () => {
    const text = describeWhoMines(stateFor('ghash-2014', 0, data));
    expect(text).toMatch(/^Measured data, approximate: 1 mark = 1% of the network's hashrate, 13 June 2014/);
    expect(text).toContain('GHash.io: 51 marks (about 51%)');
    expect(text).toContain('All other miners: 49 marks (about 49%, not broken down)');
    expect(text).toMatch(/largest-remainder/);
    expect(text).not.toMatch(/Illustration/);
  });

  test('two-pools-2025: measured (not approximate), with each pool’s marks and share', () => {
    const text = describeWhoMines(stateFor('two-pools-2025', 0, data));
    expect(text).toMatch(/^Measured data: 1 mark = 1% of blocks found, 20 March 2025/);
    expect(text).not.toMatch(/approximate/);
    for (const part of ['Foundry USA: 30 marks (30.4%)', 'AntPool: 21 marks (21.4%)', 'ViaBTC: 14 marks (13.7%)', 'All other pools: 35 marks (34.5%, not broken down)', '51.8%']) {
      expect(text).toContain(part);
    }
  });
});

describe('WhoMinesChart, as the server draws a still', () => {
  const html = (step: string) => render(WhoMinesChart, { props: { data, step } }).body;
  const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  test.each(WHO_MINES_STEPS.map((step) => [step]))('%s: the picture says what kind it is and shows the legend', (step) => {
    const state = stateFor(step, 0, data);
    const body = html(step);
    expect(body).toContain(`data-state-step="${step}"`);
    expect(body).toContain(`data-kind="${state.kind}"`);
    const visible = text(body.replace(/<p class="visually-hidden[\s\S]*?<\/p>/, ''));
    expect(visible).toContain(state.kind === 'illustration' ? 'Illustration — not to scale' : 'Measured data');
    expect(visible).not.toContain(state.kind === 'illustration' ? 'Measured data' : 'Illustration');
    expect(visible).toContain(state.legend);
    // Two stills (phone and wide), 100 marks each; one description.
    expect(body.match(/<circle class="mark[ "]/g)).toHaveLength(200);
    expect(body.match(/role="img"/g)).toHaveLength(2);
  });

  test('measured steps label each group on the picture', () => {
    const visible = text(html('two-pools-2025'));
    for (const label of ['Foundry USA', 'AntPool', 'ViaBTC', 'All other pools', '30.4%', 'Half']) expect(visible).toContain(label);
  });
});

describe('who-mines data and colours', () => {
  test('the snapshots come from the pool-shares dataset, largest pool first, with registered sources', () => {
    expect(data.ghash.date).toBe(GHASH_SNAPSHOT);
    expect(data.recent.pools.map((pool) => pool.sharePct)).toEqual([...data.recent.pools.map((pool) => pool.sharePct)].sort((a, b) => b - a));
    const ids = whoMinesSourceIds();
    expect(ids).toEqual(expect.arrayContaining(['techcrunch-ghash-2014', 'mempool-pools-2025']));
    // Only the rows drawn: the December 2022 snapshot is not.
    expect(ids).not.toContain('cryptoslate-pools-2022');
    for (const id of ids) expect(sourceIds.has(id)).toBe(true);
  });

  const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
  const tokens = (block: string) => Object.fromEntries([...block.matchAll(/--(c-[a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((match) => [match[1]!, match[2]!]));
  const split = css.indexOf('@media (prefers-color-scheme: dark)');
  const themes = { light: tokens(css.slice(0, split)), dark: { ...tokens(css.slice(0, split)), ...tokens(css.slice(split)) } };
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  test.each(['light', 'dark'] as const)('%s theme: every mark colour stands out from the page (3:1), the biggest pool most', (theme) => {
    const bg = themes[theme]['c-bg']!;
    for (const [swatch, pair] of Object.entries(PALETTE)) expect(contrast(pair[theme], bg), swatch).toBeGreaterThanOrEqual(3);
    const pools = POOL_SWATCHES.map((swatch) => contrast(PALETTE[swatch][theme], bg));
    expect([...pools].sort((a, b) => b - a)).toEqual(pools);
    // Neighbouring pool colours differ enough to tell apart.
    for (let i = 1; i < POOL_SWATCHES.length; i += 1) expect(contrast(PALETTE[POOL_SWATCHES[i - 1]!][theme], PALETTE[POOL_SWATCHES[i]!][theme])).toBeGreaterThanOrEqual(1.4);
    // The middle pool is the Bitcoin colour itself.
    expect(PALETTE.second[theme]).toBe(themes[theme]['c-btc']);
  });
});
