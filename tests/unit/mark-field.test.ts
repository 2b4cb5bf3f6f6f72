import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  LABEL_CHAR_PX,
  LABEL_LINE_PX,
  SWATCH_PX,
  WAFFLE_FILL,
  clusters,
  scatter,
  seededRandom,
  toPixels,
  waffle,
  waffleRadius,
  wrapText,
  type Arrangement,
  type GroupSpec,
  type Size,
} from '../../src/components/charts/mark-field/layouts';

const SIZES: Size[] = [
  { width: 300, height: 240 },
  { width: 360, height: 320 },
  { width: 800, height: 520 },
  { width: 420, height: 760 },
];

const pixels = (arrangement: Arrangement, size: Size) => arrangement.marks.map((mark) => toPixels(mark, size));

function expectInside(arrangement: Arrangement, size: Size) {
  for (const [index, mark] of pixels(arrangement, size).entries()) {
    expect(mark.r, `mark ${index} radius`).toBeGreaterThan(0);
    expect(mark.x - mark.r, `mark ${index} left`).toBeGreaterThanOrEqual(-1e-9);
    expect(mark.y - mark.r, `mark ${index} top`).toBeGreaterThanOrEqual(-1e-9);
    expect(mark.x + mark.r, `mark ${index} right`).toBeLessThanOrEqual(size.width + 1e-9);
    expect(mark.y + mark.r, `mark ${index} bottom`).toBeLessThanOrEqual(size.height + 1e-9);
  }
  // And in the unit space itself.
  for (const mark of arrangement.marks) {
    expect(mark.x).toBeGreaterThanOrEqual(0);
    expect(mark.x).toBeLessThanOrEqual(1);
    expect(mark.y).toBeGreaterThanOrEqual(0);
    expect(mark.y).toBeLessThanOrEqual(1);
  }
}

function overlappingPairs(arrangement: Arrangement, size: Size): string[] {
  const marks = pixels(arrangement, size);
  const pairs: string[] = [];
  for (let i = 0; i < marks.length; i += 1) {
    for (let j = i + 1; j < marks.length; j += 1) {
      const a = marks[i]!;
      const b = marks[j]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 1e-9) pairs.push(`${i}–${j}`);
    }
  }
  return pairs;
}

const countBy = (arrangement: Arrangement) => {
  const counts = new Map<string, number>();
  for (const mark of arrangement.marks) counts.set(mark.group, (counts.get(mark.group) ?? 0) + 1);
  return Object.fromEntries(counts);
};

/** Label boxes in pixels, from their first baseline and line count (text width estimated as the layouts do). */
function labelBoxes(arrangement: Arrangement, size: Size) {
  return arrangement.labels.map((label) => {
    const width = Math.max(...label.lines.map((line) => line.text.length * LABEL_CHAR_PX)) + (label.colorKey ? SWATCH_PX : 0);
    const x = label.x * size.width;
    const left = label.anchor === 'start' ? x : label.anchor === 'middle' ? x - width / 2 : x - width;
    const top = label.y * size.height - 11;
    return { id: label.id, left, right: left + width, top, bottom: top + label.lines.length * LABEL_LINE_PX };
  });
}

afterEach(() => vi.restoreAllMocks());

describe('seededRandom', () => {
  test('the same seed gives the same sequence, in [0, 1); another seed another one', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(first);
    expect(Array.from({ length: 50 }, () => c())).not.toEqual(first);
    for (const value of first) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('wrapText', () => {
  test('breaks at spaces within the limit, keeping a long word whole', () => {
    expect(wrapText('All other pools (not broken down)', 12)).toEqual(['All other', 'pools (not', 'broken down)']);
    expect(wrapText('Short', 12)).toEqual(['Short']);
    expect(wrapText('Extraordinarily long', 5)).toEqual(['Extraordinarily', 'long']);
    expect(wrapText('  ', 5)).toEqual([]);
  });
});

describe('toPixels', () => {
  test('x and y scale with width and height, r with the shorter side', () => {
    expect(toPixels({ x: 0.5, y: 0.25, r: 0.1 }, { width: 400, height: 200 })).toEqual({ x: 200, y: 50, r: 20 });
  });
});

describe('scatter', () => {
  test('is deterministic: same seed and size, same marks; another seed, other places', () => {
    const size = { width: 360, height: 320 };
    expect(scatter(100, size, { seed: 3 })).toEqual(scatter(100, size, { seed: 3 }));
    expect(scatter(100, size, { seed: 3 }).marks).not.toEqual(scatter(100, size, { seed: 4 }).marks);
  });

  test('never calls Math.random', () => {
    const spy = vi.spyOn(Math, 'random');
    scatter(100, { width: 360, height: 320 }, { seed: 1 });
    clusters([{ id: 'a', size: 30, colorKey: 'k', label: 'A' }], { width: 360, height: 320 });
    waffle([{ id: 'a', size: 100, colorKey: 'k', label: 'A' }], { width: 360, height: 320 });
    expect(spy).not.toHaveBeenCalled();
  });

  test.each(SIZES.map((size) => [`${size.width}×${size.height}`, size] as const))('%s: count marks inside the box, none touching, all in one group', (_name, size) => {
    const arrangement = scatter(100, size, { seed: 2009, radius: 9, group: 'g', colorKey: 'k' });
    expect(arrangement.marks).toHaveLength(100);
    expectInside(arrangement, size);
    expect(overlappingPairs(arrangement, size)).toEqual([]);
    expect(countBy(arrangement)).toEqual({ g: 100 });
    expect(new Set(arrangement.marks.map((mark) => mark.colorKey))).toEqual(new Set(['k']));
  });

  test('spreads over the whole area: every quarter of the box holds a fair share of the marks', () => {
    const size = { width: 800, height: 520 };
    const marks = pixels(scatter(100, size, { seed: 2009 }), size);
    for (const [right, bottom] of [
      [false, false],
      [true, false],
      [false, true],
      [true, true],
    ]) {
      const inQuarter = marks.filter((mark) => mark.x >= size.width / 2 === right && mark.y >= size.height / 2 === bottom).length;
      expect(inQuarter).toBeGreaterThanOrEqual(15);
      expect(inQuarter).toBeLessThanOrEqual(35);
    }
  });

  test('keeps the wanted radius when there is room for it', () => {
    const size = { width: 800, height: 520 };
    for (const mark of pixels(scatter(100, size, { radius: 6 }), size)) expect(mark.r).toBeCloseTo(6, 9);
  });
});

describe('clusters', () => {
  const groups: GroupSpec[] = [
    { id: 'a', size: 8, colorKey: 'x', label: 'Small group' },
    { id: 'b', size: 14, colorKey: 'x', label: 'Small group' },
    { id: 'c', size: 30, colorKey: 'y', label: 'A much larger group' },
    { id: 'd', size: 48, colorKey: 'z' },
  ];

  test.each(SIZES.map((size) => [`${size.width}×${size.height}`, size] as const))('%s: cluster sizes as asked, in index order, inside the box, none touching', (_name, size) => {
    const arrangement = clusters(groups, size, { radius: 10 });
    expect(countBy(arrangement)).toEqual({ a: 8, b: 14, c: 30, d: 48 });
    // Groups take consecutive marks, in the order given.
    expect(arrangement.marks.map((mark) => mark.group).join('')).toBe(['a'.repeat(8), 'b'.repeat(14), 'c'.repeat(30), 'd'.repeat(48)].join(''));
    expect(arrangement.marks.filter((mark) => mark.group === 'c').every((mark) => mark.colorKey === 'y')).toBe(true);
    expectInside(arrangement, size);
    expect(overlappingPairs(arrangement, size)).toEqual([]);
  });

  test('each cluster is compact and apart from the others: its marks are nearer its own centre than any other cluster', () => {
    const size = { width: 800, height: 520 };
    const arrangement = clusters(groups, size, { radius: 8 });
    const marks = arrangement.marks.map((mark) => ({ ...toPixels(mark, size), group: mark.group }));
    const centres = new Map<string, { x: number; y: number }>();
    for (const id of ['a', 'b', 'c', 'd']) {
      const own = marks.filter((mark) => mark.group === id);
      centres.set(id, { x: own.reduce((s, m) => s + m.x, 0) / own.length, y: own.reduce((s, m) => s + m.y, 0) / own.length });
    }
    for (const mark of marks) {
      const own = centres.get(mark.group)!;
      const ownDistance = Math.hypot(mark.x - own.x, mark.y - own.y);
      for (const [id, centre] of centres) {
        if (id !== mark.group) expect(ownDistance).toBeLessThan(Math.hypot(mark.x - centre.x, mark.y - centre.y));
      }
    }
  });

  test('labels every labelled group, under its cluster, and only those', () => {
    const size = { width: 800, height: 520 };
    const arrangement = clusters(groups, size, { radius: 8 });
    expect(arrangement.labels.map((label) => label.id)).toEqual(['a', 'b', 'c']);
    for (const label of arrangement.labels) {
      const own = pixels({ ...arrangement, marks: arrangement.marks.filter((mark) => mark.group === label.id) }, size);
      const lowest = Math.max(...own.map((mark) => mark.y + mark.r));
      expect(label.y * size.height).toBeGreaterThan(lowest);
      expect(label.lines[0]!.strong).toBe(true);
    }
  });

  test('shrinks the marks when the wanted radius would not fit', () => {
    const size = { width: 300, height: 240 };
    const arrangement = clusters(groups, size, { radius: 40 });
    const r = pixels(arrangement, size)[0]!.r;
    expect(r).toBeLessThan(40);
    expectInside(arrangement, size);
    expect(overlappingPairs(arrangement, size)).toEqual([]);
  });

  test('is deterministic', () => {
    expect(clusters(groups, { width: 500, height: 400 })).toEqual(clusters(groups, { width: 500, height: 400 }));
  });
});

describe('waffle', () => {
  const groups: GroupSpec[] = [
    { id: 'first', size: 30, colorKey: 'a', label: 'First group', detail: '30.4%' },
    { id: 'second', size: 21, colorKey: 'b', label: 'Second', detail: '21.4%' },
    { id: 'third', size: 14, colorKey: 'c', label: 'Third', detail: '13.7%' },
    { id: 'rest', size: 35, colorKey: 'd', label: 'Everything else together', detail: '34.5%, not broken down' },
  ];

  test.each(SIZES.map((size) => [`${size.width}×${size.height}`, size] as const))('%s: a 10 × 10 grid inside the box, no two marks overlapping', (_name, size) => {
    const arrangement = waffle(groups, size, { columns: 10, guides: [{ at: 50, label: 'Half' }] });
    expect(arrangement.marks).toHaveLength(100);
    expectInside(arrangement, size);
    expect(overlappingPairs(arrangement, size)).toEqual([]);
    const marks = pixels(arrangement, size);
    const round = (value: number) => Math.round(value * 1000) / 1000;
    expect(new Set(marks.map((mark) => round(mark.x))).size).toBe(10);
    expect(new Set(marks.map((mark) => round(mark.y))).size).toBe(10);
    // Every mark the same size: 1 mark is 1 unit.
    expect(new Set(marks.map((mark) => round(mark.r))).size).toBe(1);
  });

  test('fills row by row from the top left, group after group', () => {
    const size = { width: 400, height: 300 };
    const marks = pixels(waffle(groups, size), size);
    expect(countBy(waffle(groups, size))).toEqual({ first: 30, second: 21, third: 14, rest: 35 });
    for (let i = 1; i < marks.length; i += 1) {
      const [a, b] = [marks[i - 1]!, marks[i]!];
      if (i % 10 === 0) expect(b.y).toBeGreaterThan(a.y);
      else {
        expect(b.x).toBeGreaterThan(a.x);
        expect(b.y).toBeCloseTo(a.y, 9);
      }
    }
  });

  test('the half guide runs between row 5 and row 6, across the grid', () => {
    const size = { width: 400, height: 300 };
    const arrangement = waffle(groups, size, { guides: [{ at: 50, label: 'Half' }] });
    const marks = pixels(arrangement, size);
    const [guide] = arrangement.guides;
    expect(guide?.label).toBe('Half');
    const y = guide!.y1 * size.height;
    expect(guide!.y2).toBe(guide!.y1);
    expect(y).toBeGreaterThan(marks[49]!.y + marks[49]!.r);
    expect(y).toBeLessThan(marks[50]!.y - marks[50]!.r);
    expect(guide!.x1 * size.width).toBeLessThan(marks[0]!.x - marks[0]!.r);
    expect(guide!.x2 * size.width).toBeGreaterThan(marks[9]!.x + marks[9]!.r);
  });

  test('a guide that does not fall between whole rows is left out', () => {
    expect(waffle(groups, { width: 400, height: 300 }, { guides: [{ at: 45, label: 'x' }] }).guides).toEqual([]);
  });

  test.each(SIZES.map((size) => [`${size.width}×${size.height}`, size] as const))('%s: labels sit right of the grid, in group order, without overlapping, each with its swatch', (_name, size) => {
    const arrangement = waffle(groups, size, { guides: [{ at: 50, label: 'Half' }] });
    const gridRight = Math.max(...pixels(arrangement, size).map((mark) => mark.x + mark.r));
    expect(arrangement.labels.map((label) => label.id)).toEqual(['first', 'second', 'third', 'rest']);
    const boxes = labelBoxes(arrangement, size);
    for (const [index, box] of boxes.entries()) {
      expect(box.left).toBeGreaterThan(gridRight);
      expect(box.right).toBeLessThanOrEqual(size.width + 1);
      if (index > 0) expect(box.top).toBeGreaterThanOrEqual(boxes[index - 1]!.bottom);
    }
    for (const [index, label] of arrangement.labels.entries()) expect(label.colorKey).toBe(groups[index]!.colorKey);
  });

  test('a large screen gets no giant marks: the cell is capped', () => {
    const size = { width: 1200, height: 900 };
    const marks = pixels(waffle(groups, size, { maxCell: 30 }), size);
    expect(marks[0]!.r).toBeCloseTo((30 * WAFFLE_FILL) / 2, 9);
    expect(waffleRadius(100, groups, size, { maxCell: 30 })).toBeCloseTo(marks[0]!.r, 9);
  });
});

describe('the mark field is data-agnostic', () => {
  test('no subject words in mark-field/ (chapter 2 reuses it for another story)', () => {
    const folder = new URL('../../src/components/charts/mark-field/', import.meta.url);
    const files = readdirSync(folder);
    expect(files).toContain('layouts.ts');
    expect(files).toContain('MarkField.svelte');
    for (const file of files) {
      const text = readFileSync(new URL(file, folder), 'utf8');
      expect(text, file).not.toMatch(/\b(bitcoin|btc|mining|miners?|mined?|pools?|hash\w*|rigs?|farms?|asics?|gpus?|ghash|foundry|antpool)\b/i);
    }
  });
});
