/**
 * The scrolly story: geometry decides the active step, the chart follows, the address follows
 * without adding history, deep links land at once, jumps land right.
 */
import {
  expect,
  expectActive,
  expectChartState,
  geometry,
  GRAPHIC,
  hash,
  historyLength,
  installStateRecorder,
  jumpTo,
  recordedSequences,
  SECTION,
  scrollStepPastTrigger,
  stepIds,
  test,
  waitForHydration,
} from './helpers';

test.describe('scrolling through the hashrate section', () => {
  test('opens on the first step, with no hash and no step reached', async ({ page }) => {
    await page.goto('/');
    const ids = await stepIds(page);
    const geo = await geometry(page);
    expect(geo.reached, 'at the top of the page no step has reached the trigger line').toBe(false);
    await expectActive(page, ids[0]!, { chart: false });
    expect(await hash(page)).toBe('');
    // With JavaScript the per-step still pictures stay inside <noscript>, unrendered.
    await expect(page.locator(`${SECTION} .step__still`)).toHaveCount(0);
  });

  test('each step becomes active in turn; the chart, the hash and history follow', async ({ page }) => {
    await page.goto('/');
    const ids = await stepIds(page);
    const historyBefore = await historyLength(page);
    const descriptions: string[] = [];
    const shownSets = new Set<string>();

    for (const [index, id] of ids.entries()) {
      const { target, landed, expected } = await scrollStepPastTrigger(page, id);
      expect(Math.abs(landed - target), `the page can scroll far enough for step ${id} to cross the trigger line`).toBeLessThanOrEqual(1);
      expect(expected, 'test set-up: the geometry puts this step on the line').toBe(id);

      // Active, drawn by the chart, and in the address bar.
      const shot = await expectActive(page, id, { hash: `#${id}` });
      if (index > 0) expect(shot.description, `the chart's text description changes from ${ids[index - 1]} to ${id}`).not.toBe(descriptions.at(-1));
      descriptions.push(shot.description);
      expect(shot.markers.length, 'the chart has milestone markers').toBeGreaterThan(0);
      expect(shot.markers.filter((milestone) => milestone === ''), 'every marker names its milestone').toEqual([]);
      shownSets.add(shot.shownMarkers.join(' '));
    }
    expect(shownSets.size, 'the milestones shown change as the story moves on').toBeGreaterThan(1);

    expect(await historyLength(page), 'scrolling must replace, not push, history entries').toBe(historyBefore);
  });
});

test.describe('deep links', () => {
  const DEEP = 'china-ban-dip';

  test(`/#${DEEP} lands on that step with its state, without replaying earlier steps`, async ({ page }) => {
    await page.addInitScript(installStateRecorder);
    await page.goto(`/#${DEEP}`);
    const ids = await stepIds(page);
    expect(ids, 'the story still has this step').toContain(DEEP);
    expect(ids.indexOf(DEEP), 'the deep-linked step is not the first one').toBeGreaterThan(0);

    // Active at once: the engine runs before the load event, which page.goto waited for.
    await expectActive(page, DEEP, { chart: false });
    await waitForHydration(page);
    await expectChartState(page, DEEP);
    expect(await hash(page)).toBe(`#${DEEP}`);
    // The page really is scrolled there (not just labelled so).
    await expect.poll(async () => (await geometry(page)).expected, { message: 'the step sits at the trigger line' }).toBe(DEEP);

    // Wait for late font loads to settle, then read everything the graphic and chart went through.
    await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
    const { sequences, hydrated, lineRedraws } = await recordedSequences(page);
    expect(hydrated, 'the recorder saw the island hydrate').toBe(true);
    const charts = sequences.filter((s) => s.kind === 'chart');
    const graphics = sequences.filter((s) => s.kind === 'graphic');
    const graphicCount = await page.locator(GRAPHIC).count();
    expect(graphics, 'graphics recorded').toHaveLength(graphicCount);
    expect(charts, 'one live chart per graphic, hydrated in place (a re-rendered chart would show as a second element)').toHaveLength(
      graphicCount,
    );
    const chart = charts[0]!;
    const graphic = graphics[0]!;
    expect(chart.connected && graphic.connected).toBe(true);
    // values[0] is what the server sent (the first step); everything after must be the linked step.
    expect(chart.values.slice(1), `chart data-state-step went ${JSON.stringify(chart.values)}`).toEqual(
      chart.values.slice(1).map(() => DEEP),
    );
    expect(chart.values.at(-1)).toBe(DEEP);
    expect(graphic.values.slice(1), `graphic data-active-step went ${JSON.stringify(graphic.values)}`).toEqual(
      graphic.values.slice(1).map(() => DEEP),
    );
    expect(graphic.values.at(-1)).toBe(DEEP);
    // Drawn straight in the linked state: a tween from the first step's picture would redraw
    // the line on every frame for the length of a transition. (Resizes may redraw it a time or two.)
    expect(lineRedraws, 'redraws of the data line after load').toBeLessThanOrEqual(3);
  });

  test('an unknown hash opens normally on the first step', async ({ page, pageErrors }) => {
    await page.goto('/#no-such-step');
    const ids = await stepIds(page);
    await expectActive(page, ids[0]!, { chart: false });
    const geo = await geometry(page);
    expect(geo.reached, 'the page stays at the top').toBe(false);
    expect(geo.scrollY).toBe(0);
    // Let the page finish whatever it does after load before checking for errors.
    await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
    await expectActive(page, ids[0]!, { chart: false });
    expect(pageErrors).toEqual([]);
  });
});

test.describe('jumps', () => {
  test('top → bottom → top → middle lands on the geometrically right step every time', async ({ page }) => {
    await page.goto('/');
    const ids = await stepIds(page);
    const first = ids[0]!;
    const last = ids.at(-1)!;

    await jumpTo(page, await page.evaluate(() => document.body.scrollHeight));
    expect((await geometry(page)).expected, 'at the bottom of the page the last step has crossed the line').toBe(last);
    // The address names the last step reached on the whole page, which may be in a later
    // section; and this section's chart, scrolled past unseen, need not have hydrated yet
    // (client:visible): the section's own state is what must be right.
    await expectActive(page, last, { chart: false });

    await jumpTo(page, 0);
    // Above the first step the address has no hash.
    await expectActive(page, first, { hash: '' });

    // Into the middle at a few positions: the expected step is computed from geometry in the
    // page, nudged away from step boundaries so a sub-pixel difference cannot decide the result.
    const { tops, innerHeight, ratio } = await geometry(page);
    const sectionTop = tops[0]!.top - innerHeight * ratio;
    const sectionEnd = tops.at(-1)!.top - innerHeight * ratio + innerHeight * 0.3;
    const seen = new Set<string>();
    for (const share of [0.5, 0.2, 0.85, 0.35, 0.65]) {
      let y = Math.round(sectionTop + (sectionEnd - sectionTop) * share);
      const line = (scroll: number) => scroll + innerHeight * ratio;
      if (tops.some(({ top }) => Math.abs(top - line(y)) < 8)) y += 20;
      await jumpTo(page, y);
      const geo = await geometry(page);
      await expectActive(page, geo.expected);
      seen.add(geo.expected);
      expect((await geometry(page)).expected, 'nothing moved the page after the jump').toBe(geo.expected);
    }
    expect(seen.size, 'the middle jumps visited several different steps').toBeGreaterThan(2);
  });
});
