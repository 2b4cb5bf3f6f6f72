/**
 * Keyboard reading: Tab walks through the steps; a step focused by keyboard comes to the
 * trigger line and becomes active.
 */
import { expect, expectActive, FAST_POLL, geometry, SECTION, stepIds, test } from './helpers';
import type { Page } from '@playwright/test';

/** Presses `key` until a step has focus (or gives up); returns the focused step's id. */
async function tabToNextStep(page: Page, key: 'Tab' | 'Shift+Tab', maxPresses = 60): Promise<string | null> {
  const before = await page.evaluate(() => document.activeElement?.id ?? null);
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press(key);
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element instanceof HTMLElement && element.matches('[data-step]') ? element.id : null;
    });
    if (focused !== null && focused !== before) return focused;
  }
  return null;
}

/** The focused step sits at or above the trigger line, i.e. the geometry makes it the active one. */
async function expectAtTrigger(page: Page, id: string): Promise<void> {
  await expect
    .poll(async () => (await geometry(page)).expected, { ...FAST_POLL, message: `${id} was brought to the trigger line`, timeout: 5_000 })
    .toBe(id);
}

test('Tab moves focus through the steps in order, and the focused step becomes active', async ({ page }) => {
  await page.goto('/');
  const ids = await stepIds(page);
  await expect(page.locator(`${SECTION} [data-step]`).first()).toHaveAttribute('tabindex', '0');
  // Start the Tab sequence at this section (the story has other sections before it), as a
  // reader who has read that far would: focus lands on the section, the next Tab goes inside.
  await page.locator(SECTION).evaluate((section) => {
    section.setAttribute('tabindex', '-1');
    (section as HTMLElement).focus({ preventScroll: true });
  });

  const first = await tabToNextStep(page, 'Tab');
  expect(first, 'Tab reaches the first step').toBe(ids[0]);
  await expectAtTrigger(page, ids[0]!);
  // The first step is active from the start; now it has also been reached, so it is in the address.
  await expectActive(page, ids[0]!, { hash: `#${ids[0]}` });

  const second = await tabToNextStep(page, 'Tab');
  expect(second, 'the next Tab stop after a step is the next step').toBe(ids[1]);
  await expectAtTrigger(page, ids[1]!);
  await expectActive(page, ids[1]!);
  await expect(page.locator(`#${ids[1]}`)).toBeFocused();

  const third = await tabToNextStep(page, 'Tab');
  expect(third).toBe(ids[2]);
  await expectAtTrigger(page, ids[2]!);
  await expectActive(page, ids[2]!);

  const back = await tabToNextStep(page, 'Shift+Tab');
  expect(back, 'Shift+Tab goes back one step').toBe(ids[1]);
  await expectAtTrigger(page, ids[1]!);
  await expectActive(page, ids[1]!);
});
