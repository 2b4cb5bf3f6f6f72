/**
 * Without JavaScript the story still reads step by step: all text visible, and each step
 * carries its own still picture (rendered from <noscript>). Runs in the no-js project only.
 */
import { expect, SECTION, stepIds, test } from './helpers';

test('without JavaScript every step is readable and has its own still picture @nojs', async ({ page, javaScriptEnabled }) => {
  expect(javaScriptEnabled, 'this test belongs to the no-js project').toBe(false);
  await page.goto('/');
  await expect(page.locator('html')).not.toHaveClass(/(^|\s)js(\s|$)/);

  const ids = await stepIds(page);
  const steps = page.locator(`${SECTION} [data-step]`);
  await expect(steps).toHaveCount(ids.length);

  let previousBottom = -Infinity;
  for (const id of ids) {
    const step = page.locator(`${SECTION} [data-step][id="${id}"]`);
    const card = step.locator('.step__card');
    await expect(card, `${id}: text is visible`).toBeVisible();
    const text = ((await card.textContent()) ?? '').trim();
    expect(text.length, `${id}: the step has text`).toBeGreaterThan(20);
    const style = await card.evaluate((element) => {
      const computed = getComputedStyle(element);
      return { opacity: Number(computed.opacity), visibility: computed.visibility };
    });
    expect(style.opacity, `${id}: text is not transparent`).toBeGreaterThan(0.9);
    expect(style.visibility).toBe('visible');
    const box = (await card.boundingBox())!;
    expect(box.y, `${id}: the card does not overlap the previous step`).toBeGreaterThanOrEqual(previousBottom);

    // One still picture shown per step, of that step's state (it is drawn at a few widths and a
    // container query shows one; the others are display: none).
    const stills = step.locator('.step__still svg:visible');
    await expect(stills, `${id}: one still picture shown`).toHaveCount(1);
    await expect(stills).toHaveAttribute('role', 'img');
    await expect(step.locator('.step__still .hashrate'), `${id}: the still draws its own step`).toHaveAttribute('data-state-step', id);
    await expect(stills.locator('path.line')).toHaveAttribute('d', /\S/);
    await expect(stills).toBeVisible();
    const still = (await step.locator('.step__still').boundingBox())!;
    expect(still.height, `${id}: the still picture has room`).toBeGreaterThan(100);
    previousBottom = Math.max(box.y + box.height, still.y + still.height);
  }
});

test('without JavaScript the figure data, tables and downloads are reachable @nojs', async ({ page }) => {
  await page.goto('/');
  const details = page.locator('figure[data-chart] details.chart__data');
  expect(await details.count()).toBeGreaterThan(0);
  await details.first().locator('summary').click();
  await expect(details.first()).toHaveAttribute('open', '');
  await expect(details.first().locator('table.data-table').first()).toBeVisible();
  await expect(details.first().locator('a[href$=".csv"]').first()).toBeVisible();
});
