/**
 * Motion preference: the system setting is the default, the header toggle overrides it and is
 * remembered, and reduced motion means the chart jumps to a new state instead of animating.
 */
import type { Page } from '@playwright/test';
import { expect, expectActive, GRAPHIC, LIVE_CHART, scrollStepPastTrigger, stepIds, test, TRIGGER, waitForHydration } from './helpers';

const STORAGE_KEY = 'two-paths:motion';

declare global {
  interface Window {
    __lineChanges?: { redraws: number[]; stepChanges: number[] };
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

/** Longer than any transition the chart may run (0.7 s), so "quiet" really means settled. */
const QUIET_MS = 1_000;

interface Redraws {
  /** Redraws of the data line after the step changed. */
  afterChange: number;
  /** Redraws after the scrolling had stopped and the engine had handled it. */
  afterScrollHandled: number;
  /** Milliseconds from the step change to the last redraw. */
  span: number;
}

/**
 * Brings the chart to the second step and lets it settle, then moves on to the third step,
 * either in one jump or gliding across the trigger line at 10 px a frame (as a reader
 * scrolling does), and times the data line's redraws (changes of its `d`) until it settles.
 */
async function lineRedraws(page: Page, how: 'jump' | 'glide'): Promise<Redraws> {
  const ids = await stepIds(page);
  const [, from, to] = ids;
  await scrollStepPastTrigger(page, from!);
  await waitForHydration(page);
  await expectActive(page, from!);
  await page.evaluate(
    ({ chart, graphic }) => {
      const path = document.querySelector(`${chart} path.line`)!;
      const log = { redraws: [performance.now()], stepChanges: [] as number[] };
      window.__lineChanges = log;
      new MutationObserver((records) => records.forEach(() => log.redraws.push(performance.now()))).observe(path, {
        attributes: true,
        attributeFilter: ['d'],
      });
      new MutationObserver(() => log.stepChanges.push(performance.now())).observe(document.querySelector(graphic)!, {
        attributes: true,
        attributeFilter: ['data-active-step'],
      });
    },
    { chart: LIVE_CHART, graphic: GRAPHIC },
  );
  const quiet = () => page.evaluate((ms) => performance.now() - window.__lineChanges!.redraws.at(-1)! > ms, QUIET_MS);
  await expect.poll(quiet, { message: 'the line settles on the first state', timeout: 10_000 }).toBe(true);

  const handledAt = await page.evaluate(
    async ({ id, how, trigger }) => {
      const frame = () => new Promise(requestAnimationFrame);
      const step = document.getElementById(id)!;
      const ratio = window.innerWidth < trigger.breakpoint ? trigger.phone : trigger.desktop;
      const crossing = step.getBoundingClientRect().top + window.scrollY - window.innerHeight * ratio;
      if (how === 'jump') {
        window.scrollTo({ top: crossing + 10, behavior: 'instant' });
      } else {
        for (let y = crossing - 150; y <= crossing + 150; y += 10) {
          window.scrollTo({ top: y, behavior: 'instant' });
          await frame();
        }
      }
      // The engine handles the last scroll in the next frame; a chart that does not animate
      // has redrawn by the end of the one after.
      await frame();
      await frame();
      return performance.now();
    },
    { id: to!, how, trigger: TRIGGER },
  );
  await expectActive(page, to!);
  await expect.poll(quiet, { message: 'the line settles on the new state', timeout: 10_000 }).toBe(true);
  const log = await page.evaluate(() => window.__lineChanges!);
  expect(log.stepChanges, 'the step changed exactly once').toHaveLength(1);
  const changedAt = log.stepChanges[0]!;
  const after = log.redraws.filter((time) => time >= changedAt);
  return {
    afterChange: after.length,
    afterScrollHandled: log.redraws.filter((time) => time > handledAt).length,
    span: after.length > 0 ? after.at(-1)! - changedAt : 0,
  };
}

/** What the page should do with no saved choice: follow the system setting of this project. */
async function systemMotion(page: Page): Promise<'reduce' | 'full'> {
  return (await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)) ? 'reduce' : 'full';
}

/**
 * Full motion: the line tweens for most of the 0.7 s transition (gsap runs on wall time, so
 * even a slow machine spends that long, in fewer frames). Reduced: once the scroll has been
 * handled, the line is already in its new state.
 */
function expectRedraws(redraws: Redraws, motion: 'reduce' | 'full', how: string): void {
  const detail = `${how}: ${JSON.stringify(redraws)}`;
  if (motion === 'full') {
    expect(redraws.afterChange, `with full motion the line is redrawn frame after frame (${detail})`).toBeGreaterThanOrEqual(3);
    expect(redraws.span, `with full motion the line tweens to its new state (${detail})`).toBeGreaterThanOrEqual(400);
  } else {
    expect(redraws.afterChange, `with reduced motion the line is redrawn for the new step (${detail})`).toBeGreaterThanOrEqual(1);
    expect(redraws.afterScrollHandled, `with reduced motion the line is already in its new state when the scrolling stops (${detail})`).toBeLessThanOrEqual(1);
  }
}

test('the toggle overrides the system setting, is remembered, and survives a reload', async ({ page, reducedMotion }) => {
  await page.goto('/');
  const button = page.locator('[data-motion-toggle]');
  await expect(button).toBeVisible();
  const systemReduced = await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches);
  expect(systemReduced, "the project's reducedMotion emulation reaches the page").toBe(reducedMotion === 'reduce');
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

test('the chart animates a step change only while motion is on; the toggle switches it', async ({ page }) => {
  await page.goto('/');
  const initial = await systemMotion(page);
  let state = await motionState(page);
  expect(state.motion).toBe(initial);
  if (initial === 'reduce') expect(state.scrollBehavior, 'no smooth scrolling with reduced motion').toBe('auto');
  expectRedraws(await lineRedraws(page, 'jump'), initial, 'jump');

  await page.locator('[data-motion-toggle]').click();
  // A fresh load of the top of the page (not a reload of /#<step>, which would be a deep link).
  await page.goto('/');
  const other = initial === 'reduce' ? 'full' : 'reduce';
  state = await motionState(page);
  expect(state).toMatchObject({ motion: other, saved: other });
  if (other === 'reduce') expect(state.scrollBehavior, 'no smooth scrolling with reduced motion').toBe('auto');
  expectRedraws(await lineRedraws(page, 'jump'), other, 'jump, after the toggle');
});

test('a step change animates the chart while the reader keeps scrolling, too', async ({ page }) => {
  await page.goto('/');
  const motion = await systemMotion(page);
  expect((await motionState(page)).motion).toBe(motion);
  // A reader's scroll does not stop on the trigger line: the transition must survive the
  // scroll events (progress updates) that follow the step change.
  expectRedraws(await lineRedraws(page, 'glide'), motion, 'gliding across the trigger line');
});
