/**
 * Motion preference: the system setting is the default, the header toggle overrides it and is
 * remembered, and reduced motion means the chart jumps to a new state instead of animating.
 */
import type { Page } from '@playwright/test';
import { expect, expectActive, LIVE_CHART, scrollStepPastTrigger, stepIds, test, waitForHydration } from './helpers';

const STORAGE_KEY = 'two-paths:motion';

declare global {
  interface Window {
    __lineChanges?: { count: number; last: number };
  }
}

async function motionState(page: Page) {
  return page.evaluate((key) => {
    const button = document.querySelector('[data-motion-toggle]');
    return {
      motion: document.documentElement.getAttribute('data-motion'),
      pressed: button?.getAttribute('aria-pressed') ?? null,
      saved: localStorage.getItem(key),
      scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
    };
  }, STORAGE_KEY);
}

/**
 * Brings the chart to the second step and lets it settle, then moves to the third step and
 * counts how many times the data line's `d` changed until it settled again: 1 or 2 when the
 * chart jumps, many when it tweens.
 */
async function lineRedrawsOnStepChange(page: Page): Promise<number> {
  const ids = await stepIds(page);
  const [, from, to] = ids;
  await scrollStepPastTrigger(page, from!);
  await waitForHydration(page);
  await expectActive(page, from!);
  await page.evaluate((selector) => {
    const path = document.querySelector(`${selector} path.line`)!;
    const log = { count: 0, last: performance.now() };
    window.__lineChanges = log;
    new MutationObserver((records) => {
      log.count += records.length;
      log.last = performance.now();
    }).observe(path, { attributes: true, attributeFilter: ['d'] });
  }, LIVE_CHART);
  const settled = () => page.evaluate(() => performance.now() - window.__lineChanges!.last > 400);
  await expect.poll(settled, { message: 'the line settles on the first state', timeout: 5_000 }).toBe(true);
  await page.evaluate(() => (window.__lineChanges!.count = 0));

  await scrollStepPastTrigger(page, to!);
  await expectActive(page, to!);
  await expect.poll(() => page.evaluate(() => window.__lineChanges!.count), { message: 'the line is redrawn for the new step' }).toBeGreaterThan(0);
  await expect.poll(settled, { message: 'the line settles on the new state', timeout: 5_000 }).toBe(true);
  return page.evaluate(() => window.__lineChanges!.count);
}

test('the toggle overrides the system setting, is remembered, and survives a reload', async ({ page }) => {
  await page.goto('/');
  const button = page.locator('[data-motion-toggle]');
  await expect(button).toBeVisible();
  const systemReduced = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
  const initial = systemReduced ? 'reduce' : 'full';
  const other = systemReduced ? 'full' : 'reduce';

  let state = await motionState(page);
  expect(state.motion, 'with no saved choice the system setting decides').toBe(initial);
  expect(state.pressed).toBe(String(initial === 'reduce'));
  expect(state.saved).toBeNull();

  await button.click();
  state = await motionState(page);
  expect(state).toMatchObject({ motion: other, pressed: String(other === 'reduce'), saved: other });

  await page.reload();
  state = await motionState(page);
  expect(state, 'the saved choice wins over the system setting after a reload').toMatchObject({
    motion: other,
    pressed: String(other === 'reduce'),
    saved: other,
  });

  await page.locator('[data-motion-toggle]').click();
  state = await motionState(page);
  expect(state).toMatchObject({ motion: initial, pressed: String(initial === 'reduce'), saved: initial });
  await page.reload();
  expect(await motionState(page)).toMatchObject({ motion: initial, saved: initial });
});

test.describe('system asks for reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('motion is reduced from the first load: no smooth scrolling, the chart jumps', async ({ page }) => {
    await page.goto('/');
    const state = await motionState(page);
    expect(state).toMatchObject({ motion: 'reduce', pressed: 'true', saved: null });
    expect(state.scrollBehavior, 'no smooth scrolling').toBe('auto');
    expect(await lineRedrawsOnStepChange(page), 'with reduced motion the line is drawn once per step change, not animated').toBeLessThanOrEqual(2);
  });
});

test.describe('system has no motion preference', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('the chart animates, and stops animating once the reader turns motion off', async ({ page }) => {
    await page.goto('/');
    expect(await motionState(page)).toMatchObject({ motion: 'full', pressed: 'false' });
    expect(await lineRedrawsOnStepChange(page), 'with full motion the line tweens between states').toBeGreaterThan(2);

    await page.locator('[data-motion-toggle]').click();
    await page.reload();
    const state = await motionState(page);
    expect(state).toMatchObject({ motion: 'reduce', pressed: 'true', saved: 'reduce' });
    expect(state.scrollBehavior).toBe('auto');
    expect(await lineRedrawsOnStepChange(page)).toBeLessThanOrEqual(2);
  });
});
