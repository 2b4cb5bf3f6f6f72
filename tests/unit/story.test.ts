import { describe, expect, test } from 'vitest';
import { checkStorySteps, findSteps } from '../../src/lib/story/steps';
import { storyFiles } from '../../src/lib/story/check';
import { chartForStep, chartSteps, isChartName } from '../../src/components/charts/registry';

const charts = { hashrate: ['one-laptop', 'first-asics'] };
const mdx = (body: string) => [{ file: 'src/content/story/test.mdx', source: body }];

describe('story step checks', () => {
  test('a sound story has no problems', () => {
    const source = '<Scrolly chart="hashrate">\n<Step id="one-laptop">a</Step>\n<Step id="first-asics">b</Step>\n</Scrolly>';
    expect(checkStorySteps(mdx(source), charts)).toEqual([]);
  });

  test('a duplicate step id is reported with both places', () => {
    const source = '<Scrolly chart="hashrate">\n<Step id="one-laptop">a</Step>\n<Step id="one-laptop">b</Step>\n</Scrolly>';
    expect(checkStorySteps(mdx(source), charts)).toEqual(['src/content/story/test.mdx:3, step "one-laptop": duplicate step id (first used at src/content/story/test.mdx:2)']);
  });

  test('duplicates across chapters are caught too', () => {
    const files = [
      { file: 'a.mdx', source: '<Scrolly chart="hashrate"><Step id="one-laptop">a</Step></Scrolly>' },
      { file: 'b.mdx', source: '<Scrolly chart="hashrate"><Step id="one-laptop">b</Step></Scrolly>' },
    ];
    expect(checkStorySteps(files, charts)).toEqual(['b.mdx:1, step "one-laptop": duplicate step id (first used at a.mdx:1)']);
  });

  test('bad ids, unknown charts, missing states and stray steps are reported', () => {
    const source = [
      '<Scrolly chart="hashrate"><Step id="First_ASIC">x</Step><Step id="no-state">y</Step></Scrolly>',
      '<Scrolly chart="pie"><Step id="first-asics">z</Step></Scrolly>',
      '<Step id="lonely">w</Step>',
    ].join('\n');
    const problems = checkStorySteps(mdx(source), charts);
    expect(problems).toContain('src/content/story/test.mdx:1, step "First_ASIC": a step id must be kebab-case, e.g. "first-asic"');
    expect(problems).toContain('src/content/story/test.mdx:1, step "no-state": chart "hashrate" has no state for this step (add it to the chart\'s state.ts)');
    expect(problems).toContain('src/content/story/test.mdx:2, step "first-asics": <Scrolly chart="pie"> names no registered chart (known: hashrate)');
    expect(problems).toContain('src/content/story/test.mdx:3, step "lonely": a <Step> must sit inside a <Scrolly chart="…"> section');
  });

  test('findSteps reads ids in order with their chart', () => {
    const steps = findSteps({ file: 'x', source: '<Scrolly chart="hashrate">\n  <Step id="one-laptop">\n</Step>\n</Scrolly>' });
    expect(steps).toEqual([{ file: 'x', line: 2, id: 'one-laptop', chart: 'hashrate' }]);
  });

  test('the real story is sound', () => {
    const files = storyFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(checkStorySteps(files, chartSteps)).toEqual([]);
  });
});

describe('chart registry', () => {
  test('every step id belongs to exactly one chart', () => {
    const all = Object.values(chartSteps).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(isChartName(chartForStep(id)!)).toBe(true);
  });

  test('unknown names and steps', () => {
    expect(isChartName('toString')).toBe(false);
    expect(chartForStep('no-such-step')).toBeNull();
  });
});
