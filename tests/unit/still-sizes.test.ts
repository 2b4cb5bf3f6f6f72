import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { STILL_BREAKPOINTS, STILL_SIZES, stillBands, stillSizes } from '../../src/components/charts/still-sizes';
import HashrateChart from '../../src/components/charts/hashrate/HashrateChart.svelte';
import EfficiencyChart from '../../src/components/charts/efficiency/EfficiencyChart.svelte';
import GeographyChart from '../../src/components/charts/geography/GeographyChart.svelte';
import { loadHashrateData } from '../../src/components/charts/hashrate/data';
import { loadEfficiencyData } from '../../src/components/charts/efficiency/data';
import { loadGeographyData } from '../../src/components/charts/geography/data';
import { chartSteps } from '../../src/components/charts/registry';

describe('still sizes', () => {
  test('each band between breakpoints is covered by exactly one size', () => {
    for (const sizes of [STILL_SIZES, stillSizes([{ width: 340, height: 240 }, { width: 560, height: 280 }])]) {
      const bands = stillBands(sizes).flat();
      expect(bands).toEqual(Array.from({ length: STILL_BREAKPOINTS.length + 1 }, (_, i) => i));
    }
    expect(stillBands(stillSizes([{ width: 340, height: 240 }, { width: 560, height: 280 }]))).toEqual([[0], [1, 2, 3]]);
    expect(STILL_SIZES.map((s) => s.upTo)).toEqual([450, 680, Infinity]);
    expect(() => stillSizes([{ width: 560, height: 1 }, { width: 340, height: 1 }])).toThrow();
    expect(() => stillSizes([{ width: 340, height: 1, upTo: 500 }, { width: 560, height: 1 }])).toThrow();
  });
  test('StillPictures.svelte queries exactly the breakpoints', () => {
    const svelte = readFileSync(new URL('../../src/components/charts/StillPictures.svelte', import.meta.url), 'utf8');
    const queries = [...svelte.matchAll(/@container \(([^)]*)\)/g)].map((m) => m[1]);
    const edges = [0, ...STILL_BREAKPOINTS, Infinity];
    const expected = edges.slice(0, -1).map((from, i) => {
      const to = edges[i + 1]!;
      return from === 0 ? `width < ${to}px` : to === Infinity ? `width >= ${from}px` : `${from}px <= width < ${to}px`;
    });
    expect(queries).toEqual(expected);
    for (let i = 0; i <= STILL_BREAKPOINTS.length; i++) expect(svelte).toContain(`class:band${i}=`);
  });
});

const charts = [
  ['hashrate', HashrateChart, loadHashrateData()],
  ['efficiency', EfficiencyChart, loadEfficiencyData()],
  ['geography', GeographyChart, loadGeographyData()],
] as const;

describe.each(charts)('%s', (name, Chart, data) => {
  test.each(chartSteps[name].map((s) => [s]))('still %s: one picture per size, unique ids, one description', (step) => {
    const body = render(Chart as any, { props: { data, step } }).body;
    expect(body.match(/data-state-step="([^"]+)"/g)).toEqual([`data-state-step="${step}"`]);
    expect(body.match(/role="img"/g)).toHaveLength(STILL_SIZES.length);
    for (const s of STILL_SIZES) expect(body).toContain(`viewBox="0 0 ${s.width} ${s.height}"`);
    const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = [...body.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    for (const ref of refs) expect(ids).toContain(ref);
    const labelled = new Set([...body.matchAll(/aria-labelledby="([^"]+)"/g)].map((m) => m[1]));
    expect(labelled.size).toBe(1);
    expect(ids).toContain([...labelled][0]);
    expect(body.match(/class="visually-hidden/g)).toHaveLength(1);
  });
  test('live: one picture, at the first-paint size', () => {
    const body = render(Chart as any, { props: { data, step: chartSteps[name][0], live: true } }).body;
    expect(body.match(/role="img"/g)).toHaveLength(1);
    expect(body).not.toContain('class="still');
    expect(body).toContain(name === 'geography' ? 'viewBox="0 0 420 380"' : 'viewBox="0 0 640 400"');
  });
});
