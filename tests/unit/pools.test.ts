import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { POOL_SNAPSHOTS, POOL_STEPS, stateFor } from '../../src/components/charts/pools/state';
import { LABEL_PAD, STILL_SIZES, labelFit, layoutPools, placeOutside, textWidth, viewOf } from '../../src/components/charts/pools/layout';
import { describePools, headlineFor } from '../../src/components/charts/pools/describe';
import { loadPoolsData, poolsDataOf } from '../../src/components/charts/pools/data';
import { OTHER_ID, OTHER_LABEL, decimalsOf, formatShare, majorityCountText, majorityOf, segmentsOf, type PoolShare } from '../../src/components/charts/pools/model';
import { poolShares } from '../../src/lib/data/datasets';

const rows = poolShares.load();
const data = loadPoolsData();
const rowsOf = (snapshot: string) => rows.filter((row) => row.snapshot === snapshot);
const share = (sharePct: number, pool = `pool ${sharePct}`, approximate = false): PoolShare => ({ pool, sharePct, approximate, sourceId: 'test' });
const sizes = [
  { width: 320, height: 240 },
  { width: 800, height: 480 },
];

describe('pools stateFor', () => {
  test('the steps, in story order', () => {
    expect([...POOL_STEPS]).toEqual(['pools-2014', 'pools-2022', 'pools-2025']);
  });

  test('each step adds the next snapshot and puts the headline on it', () => {
    expect(stateFor('pools-2014').snapshots).toEqual(['2014-06-13']);
    expect(stateFor('pools-2022').snapshots).toEqual(['2014-06-13', '2022-12']);
    expect(stateFor('pools-2025').snapshots).toEqual(['2014-06-13', '2022-12', '2025-03-20']);
    for (const step of POOL_STEPS) {
      const state = stateFor(step);
      expect(state.focus).toBe(state.snapshots[state.snapshots.length - 1]);
    }
    expect(stateFor('pools-2025').topN).toBe(3);
    expect(stateFor('pools-2014').topN).toBeNull();
  });

  test('the snapshots named by the states are the snapshots in the data, in time order', () => {
    const inData = [...new Set(rows.map((row) => row.snapshot))];
    expect([...POOL_SNAPSHOTS].sort()).toEqual([...inData].sort());
    expect(data.snapshots.map((snapshot) => snapshot.id)).toEqual([...POOL_SNAPSHOTS]);
    for (const step of POOL_STEPS) for (const id of stateFor(step).snapshots) expect(inData).toContain(id);
  });

  test('progress does not change a step, and an unknown step falls back to the first', () => {
    for (const step of POOL_STEPS) expect(stateFor(step, 0.9)).toEqual(stateFor(step, 0));
    expect(stateFor('no-such-step')).toEqual(stateFor('pools-2014'));
  });

  test('the view draws shown snapshots fully and hidden ones not at all', () => {
    expect(viewOf(stateFor('pools-2022'))).toEqual({ '2014-06-13': 1, '2022-12': 1, '2025-03-20': 0 });
  });
});

describe('pools segments', () => {
  test.each(data.snapshots.map((snapshot) => [snapshot.id, snapshot] as const))('%s: named pools as listed, then one remainder of 100 − their sum; all sum to 100', (id, snapshot) => {
    const listed = rowsOf(id);
    const segments = segmentsOf(snapshot, data.colours);
    const named = segments.filter((segment) => segment.id !== OTHER_ID);
    const others = segments.filter((segment) => segment.id === OTHER_ID);
    expect(named.map((segment) => [segment.label, segment.sharePct]).sort()).toEqual(listed.map((row) => [row.pool, row.share_pct]).sort());
    expect(others).toHaveLength(1);
    expect(others[0]!.label).toBe(OTHER_LABEL);
    expect(others[0]!.colour).toBeNull();
    const namedSum = listed.reduce((sum, row) => sum + row.share_pct, 0);
    expect(others[0]!.sharePct).toBeCloseTo(100 - namedSum, 9);
    expect(segments.reduce((sum, segment) => sum + segment.sharePct, 0)).toBeCloseTo(100, 9);
    // Contiguous, largest named pool first.
    let start = 0;
    for (const segment of segments) {
      expect(segment.startPct).toBeCloseTo(start, 9);
      start += segment.sharePct;
    }
    for (let i = 1; i < named.length; i += 1) expect(named[i]!.sharePct).toBeLessThanOrEqual(named[i - 1]!.sharePct);
    // The remainder is approximate exactly when it rests on an approximate share.
    expect(others[0]!.approximate).toBe(listed.some((row) => row.approximate));
  });

  test('one colour per pool across snapshots, and different pools in a snapshot differ', () => {
    const byPool = new Map<string, Set<number | null>>();
    for (const snapshot of data.snapshots) {
      const colours = segmentsOf(snapshot, data.colours).filter((segment) => segment.id !== OTHER_ID).map((segment) => segment.colour);
      expect(new Set(colours).size).toBe(colours.length);
      for (const segment of segmentsOf(snapshot, data.colours)) {
        if (segment.id === OTHER_ID) continue;
        byPool.set(segment.id, (byPool.get(segment.id) ?? new Set()).add(segment.colour));
      }
    }
    expect(byPool.get('Foundry USA')?.size).toBe(1);
    for (const colours of byPool.values()) expect(colours.size).toBe(1);
  });

  test('no remainder segment when the named pools cover everything', () => {
    const whole = poolsDataOf([
      { snapshot: '2020-01', pool: 'A', share_pct: 60, approximate: false, source_id: 'x' },
      { snapshot: '2020-01', pool: 'B', share_pct: 40, approximate: false, source_id: 'x' },
    ]);
    expect(segmentsOf(whole.snapshots[0]!, whole.colours).map((segment) => segment.id)).toEqual(['A', 'B']);
  });

  test('shares are shown as precisely as the source gives them, ~ when approximate', () => {
    expect(decimalsOf(26.98)).toBe(2);
    expect(decimalsOf(24.5)).toBe(1);
    expect(decimalsOf(51)).toBe(0);
    expect(formatShare(51, true)).toBe('~51%');
    expect(formatShare(26.98, false)).toBe('26.98%');
    expect(formatShare(100 - 26.98 - 24.5, true, 2)).toBe('~48.52%');
  });
});

describe('pools needed for a majority', () => {
  test('constructed cases: adds the largest shares until they reach 50%', () => {
    expect(majorityOf([share(51)]).count).toBe(1);
    expect(majorityOf([share(10), share(45), share(44)]).count).toBe(2);
    // Exactly half counts (≥ 50%), including when float addition lands just off it.
    expect(majorityOf([share(20), share(10), share(20)]).count).toBe(3);
    expect(majorityOf([share(30.1), share(19.9)]).count).toBe(2);
    expect(majorityOf([share(25), share(24.99)]).count).toBeNull();
  });

  test('named pools that never reach half: "more than N", never a guess', () => {
    const short = majorityOf([share(30), share(15), share(4.5)]);
    expect(short.count).toBeNull();
    expect(short.namedCount).toBe(3);
    expect(short.sumPct).toBeCloseTo(49.5, 9);
    expect(majorityCountText(short)).toBe('more than 3');
  });

  test('an approximate share makes the sum approximate', () => {
    const result = majorityOf([share(26.98), share(24.5, 'B', true)]);
    expect(result.approximate).toBe(true);
    expect(result.sumPct).toBeCloseTo(51.48, 9);
  });

  test.each([
    ['2014-06-13', 1],
    ['2022-12', 2],
    ['2025-03-20', 2],
  ] as const)('%s: %i, and no fewer pools would do', (id, expected) => {
    const snapshot = data.snapshots.find((candidate) => candidate.id === id)!;
    const majority = majorityOf(snapshot.pools);
    expect(majority.count).toBe(expected);
    // Checked against the rows directly: the largest `count` reach 50%, one fewer do not.
    const sorted = rowsOf(id).map((row) => row.share_pct).sort((a, b) => b - a);
    const sumOfTop = (n: number) => sorted.slice(0, n).reduce((sum, value) => sum + value, 0);
    expect(sumOfTop(expected)).toBeGreaterThanOrEqual(50);
    expect(sumOfTop(expected - 1)).toBeLessThan(50);
    expect(majority.sumPct).toBeCloseTo(sumOfTop(expected), 9);
  });
});

describe('pools headline and description', () => {
  test('headline per step: the count for the newest snapshot, the top-3 share at the end', () => {
    expect(headlineFor(stateFor('pools-2014'), data)).toMatchObject({ snapshot: '2014-06-13', count: '1', label: 'pool needed for a majority of blocks', top: null });
    expect(headlineFor(stateFor('pools-2022'), data)).toMatchObject({ snapshot: '2022-12', count: '2', label: 'pools needed for a majority of blocks', top: null });
    const last = headlineFor(stateFor('pools-2025'), data)!;
    expect(last).toMatchObject({ snapshot: '2025-03-20', count: '2' });
    const top3 = rowsOf('2025-03-20').map((row) => row.share_pct).sort((a, b) => b - a).slice(0, 3).reduce((sum, value) => sum + value, 0);
    expect(last.top?.n).toBe(3);
    expect(last.top?.share).toBe(`${Number(top3.toFixed(1))}%`);
  });

  test('the 2022 majority rests on an approximate share, and says so', () => {
    const headline = headlineFor(stateFor('pools-2022'), data)!;
    expect(headline.majority.approximate).toBe(true);
    expect(headline.detail).toMatch(/= ~\d/);
  });

  test.each(POOL_STEPS.map((step) => [step]))('%s: describes every snapshot shown and no other', (step) => {
    const state = stateFor(step);
    const text = describePools(state, data);
    for (const snapshot of data.snapshots) {
      const shown = state.snapshots.includes(snapshot.id);
      for (const row of rowsOf(snapshot.id)) {
        const phrase = `${row.pool} ${formatShare(row.share_pct, row.approximate)}`;
        if (shown) expect(text).toContain(phrase);
      }
    }
    expect(text).toContain(OTHER_LABEL);
    expect(text.includes('2022')).toBe(state.snapshots.includes('2022-12'));
    expect(text.includes('2025')).toBe(state.snapshots.includes('2025-03-20'));
  });

  test('description texts name the count and its pools', () => {
    expect(describePools(stateFor('pools-2014'), data)).toContain('1 pool needed for a majority of blocks on 13 June 2014 (GHash.io ~51%)');
    expect(describePools(stateFor('pools-2014'), data)).toContain('all other pools (not broken down) ~49%');
    expect(describePools(stateFor('pools-2022'), data)).toContain('2 pools needed for a majority of blocks in December 2022 (Foundry USA 26.98% + AntPool ~24.5% = ~51.48%)');
    const last = describePools(stateFor('pools-2025'), data);
    expect(last).toContain('2 pools needed for a majority of blocks on 20 March 2025');
    expect(last).toMatch(/The 3 largest pools together: \d+(\.\d+)?%\./);
  });
});

describe('pools layout', () => {
  test('label-fit rule: inside when name and share fit, else the share alone, else outside', () => {
    const name = 'Foundry USA';
    const value = '30.4%';
    const full = textWidth(`${name} ${value}`) + 2 * LABEL_PAD;
    const shareOnly = textWidth(value) + 2 * LABEL_PAD;
    expect(labelFit(name, value, full)).toBe('inside');
    expect(labelFit(name, value, full - 1)).toBe('share-inside');
    expect(labelFit(name, value, shareOnly)).toBe('share-inside');
    expect(labelFit(name, value, shareOnly - 1)).toBe('outside');
  });

  test.each(POOL_STEPS.flatMap((step) => sizes.map((size) => [step, size] as const)))('%s at %o: every segment label follows the rule and no name is lost', (step, size) => {
    const state = stateFor(step);
    const layout = layoutPools(viewOf(state), state, data, size);
    for (const row of layout.rows) {
      const width = row.segments.reduce((sum, segment) => sum + segment.fullWidth, 0);
      expect(width).toBeCloseTo(layout.plot.width, 6);
      for (const segment of row.segments) {
        const fullText = textWidth(`${segment.label} ${segment.share}`) + 2 * LABEL_PAD;
        const shareText = textWidth(segment.share) + 2 * LABEL_PAD;
        if (segment.fit === 'inside') expect(fullText).toBeLessThanOrEqual(segment.fullWidth);
        if (segment.fit === 'share-inside') expect([fullText > segment.fullWidth, shareText <= segment.fullWidth]).toEqual([true, true]);
        if (segment.fit === 'outside') expect(shareText).toBeGreaterThan(segment.fullWidth);
        const below = row.outside.find((label) => label.id === segment.id);
        if (segment.fit === 'inside') expect(below).toBeUndefined();
        // The remainder's name goes under the first bar that cannot hold it (checked below).
        else if (segment.id !== OTHER_ID) expect(below?.text).toContain(segment.label);
        if (segment.fit === 'outside') expect(below?.text).toContain(segment.share);
      }
      // Labels below the bar stay inside the plot and do not overlap.
      for (const label of row.outside) {
        expect(label.x).toBeGreaterThanOrEqual(0);
        expect(label.x + label.width).toBeLessThanOrEqual(layout.plot.width + 0.5);
        for (const other of row.outside) {
          if (other === label || other.row !== label.row) continue;
          expect(label.x + label.width <= other.x || other.x + other.width <= label.x, `${label.id} / ${other.id}`).toBe(true);
        }
      }
    }
  });

  test('a narrow screen moves labels out of small segments that fit inside on a wide one', () => {
    const state = stateFor('pools-2025');
    const at = (width: number) => layoutPools(viewOf(state), state, data, { width, height: 400 }).rows.find((row) => row.id === '2025-03-20')!;
    const narrow = at(320);
    const wide = at(800);
    const inside = (row: typeof narrow) => row.segments.filter((segment) => segment.fit === 'inside').length;
    expect(inside(wide)).toBeGreaterThan(inside(narrow));
    // ViaBTC (the smallest named share) cannot hold even its share at 320 px.
    const smallest = narrow.segments.filter((segment) => segment.id !== OTHER_ID).at(-1)!;
    expect(textWidth(smallest.share) + 2 * LABEL_PAD).toBeGreaterThan(smallest.fullWidth);
    expect(smallest.fit).toBe('outside');
    expect(wide.segments.find((segment) => segment.id === smallest.id)!.fit).toBe('inside');
  });

  test.each(sizes.map((size) => [size] as const))('at %o: the bars stack without overlapping and fit the height given', (size) => {
    const state = stateFor('pools-2025');
    const layout = layoutPools(viewOf(state), state, data, size);
    expect(layout.height).toBeLessThanOrEqual(size.height);
    for (let i = 1; i < layout.rows.length; i += 1) {
      const above = layout.rows[i - 1]!;
      const lowest = Math.max(above.barY + layout.barHeight, ...above.outside.map((label) => label.y + 3));
      expect(layout.rows[i]!.dateY - 12).toBeGreaterThanOrEqual(lowest);
    }
    const lastRow = layout.rows.at(-1)!;
    expect(layout.height).toBeGreaterThanOrEqual(Math.max(lastRow.barY + layout.barHeight, ...lastRow.outside.map((label) => label.y + 3)));
    expect(layout.majority.x).toBeCloseTo(layout.plot.left + layout.plot.width / 2, 6);
    // The "50% · majority" label shares the first date line without touching the date.
    const first = layout.rows[0]!;
    const majorityLeft = layout.majority.x - layout.plot.left - textWidth('50% · majority') / 2;
    expect(first.dateY).toBe(layout.majority.labelY);
    expect(textWidth(first.date + (first.latest ? ' · latest' : ''))).toBeLessThan(majorityLeft);
  });

  test.each(POOL_STEPS.map((step) => [step]))('%s: the 50% line crosses every bar shown and none of the labels under them', (step) => {
    const state = stateFor(step);
    const layout = layoutPools(viewOf(state), state, data, sizes[0]!);
    for (const row of layout.rows) {
      const span = layout.majority.spans.find((candidate) => candidate.id === row.id)!;
      expect(span.shown).toBe(state.snapshots.includes(row.id));
      expect(span.y1).toBeLessThan(row.barY);
      expect(span.y2).toBeGreaterThan(row.barY + layout.barHeight);
      for (const label of row.outside) expect(span.y2).toBeLessThan(label.y - 10);
    }
  });

  test.each(sizes.map((size) => [size] as const))('at %o: the remainder is named under the first bar that cannot hold its name, and only there', (size) => {
    const state = stateFor('pools-2025');
    const layout = layoutPools(viewOf(state), state, data, size);
    const holdsName = (row: (typeof layout.rows)[number]) => row.segments.some((segment) => segment.id === OTHER_ID && segment.fit === 'inside');
    const first = layout.rows.find((row) => !holdsName(row));
    for (const row of layout.rows) {
      const named = row.outside.some((label) => label.text.startsWith(OTHER_LABEL));
      expect(named, row.id).toBe(row === first);
    }
    // Where every remainder fits inside its bar, nothing is written under the bars for it.
    const roomy = layoutPools(viewOf(state), state, data, { width: 4000, height: 480 });
    for (const row of roomy.rows) expect(row.outside).toEqual([]);
  });

  test('a bar grows from its left end as its snapshot is revealed, and its labels wait for it', () => {
    const state = stateFor('pools-2022');
    const half = { ...viewOf(state), '2022-12': 0.3 };
    const row = layoutPools(half, state, data, sizes[1]!).rows.find((candidate) => candidate.id === '2022-12')!;
    const drawn = row.segments.reduce((sum, segment) => sum + segment.width, 0);
    expect(drawn).toBeCloseTo(0.3 * layoutPools(half, state, data, sizes[1]!).plot.width, 6);
    expect(row.segments[0]!.complete).toBe(true); // the largest pool is under 30%
    expect(row.segments.at(-1)!.complete).toBe(false);
    const hidden = layoutPools(viewOf(stateFor('pools-2014')), stateFor('pools-2014'), data, sizes[1]!).rows.find((candidate) => candidate.id === '2025-03-20')!;
    expect(hidden.shown).toBe(false);
    expect(hidden.segments.every((segment) => segment.width === 0 && !segment.complete)).toBe(true);
  });

  test('outside labels take the first row where they fit', () => {
    const placed = placeOutside(
      [
        { id: 'a', text: 'aaaaaaaaaa', colour: 0, at: 0 },
        { id: 'b', text: 'bbbbbbbbbb', colour: 1, at: 10 },
        { id: 'c', text: 'cccccccccccccccccccccccccccccc', colour: null, at: 250 },
      ],
      300,
    );
    expect(placed.map((label) => label.row)).toEqual([0, 0, 1]);
    expect(placed[1]!.x).toBeGreaterThanOrEqual(placed[0]!.x + placed[0]!.width);
    expect(placed[2]!.x + placed[2]!.width).toBeLessThanOrEqual(300);
  });
});

describe('pools still pictures', () => {
  test('the container queries switch pictures exactly where STILL_SIZES says', () => {
    const svelte = readFileSync(new URL('../../src/components/charts/pools/PoolsChart.svelte', import.meta.url), 'utf8');
    const breakpoints = [...svelte.matchAll(/@container \(min-width: (\d+)px\)/g)].map((match) => Number(match[1]));
    expect(breakpoints).toEqual(STILL_SIZES.slice(0, -1).map((size) => size.upTo));
    for (const size of STILL_SIZES) expect(svelte).toContain(`.picture--w${size.width}`);
  });
});

describe('pools colours', () => {
  const svelte = readFileSync(new URL('../../src/components/charts/pools/PoolsChart.svelte', import.meta.url), 'utf8');
  const tokensCss = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
  const darkAt = (css: string) => css.indexOf('@media (prefers-color-scheme: dark)');
  const vars = (block: string) => Object.fromEntries([...block.matchAll(/--([a-z0-9-]+):\s*([^;]+);/gi)].map((match) => [match[1]!, match[2]!.trim()]));
  const themes = {
    light: { ...vars(tokensCss.slice(0, darkAt(tokensCss))), ...vars(svelte.slice(0, darkAt(svelte))) },
    dark: { ...vars(tokensCss.slice(0, darkAt(tokensCss))), ...vars(tokensCss.slice(darkAt(tokensCss))), ...vars(svelte.slice(0, darkAt(svelte))), ...vars(svelte.slice(darkAt(svelte))) },
  };
  const resolve = (theme: Record<string, string>, name: string): string => {
    const value = theme[name] ?? '';
    const reference = /^var\(--([a-z0-9-]+)\)$/.exec(value);
    return reference ? resolve(theme, reference[1]!) : value;
  };
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const fills = [...Array.from({ length: 4 }, (_, i) => `pool-${i}`), 'pool-other'];

  test.each(Object.entries(themes))('%s theme: text inside every segment is readable (4.5:1)', (_name, theme) => {
    for (const fill of fills) {
      const background = resolve(theme, fill);
      const ink = resolve(theme, `${fill}-ink`);
      expect(background, fill).toMatch(/^#[0-9a-f]{6}$/i);
      expect(contrast(ink, background), `${fill}-ink on ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  test.each(Object.entries(themes))('%s theme: neighbouring colours differ in lightness, not only in hue', (_name, theme) => {
    for (const snapshot of data.snapshots) {
      const segments = segmentsOf(snapshot, data.colours).map((segment) => resolve(theme, segment.colour === null ? 'pool-other' : `pool-${segment.colour}`));
      for (let i = 1; i < segments.length; i += 1) expect(contrast(segments[i - 1]!, segments[i]!), `${snapshot.id} #${i}`).toBeGreaterThanOrEqual(1.3);
    }
  });
});
