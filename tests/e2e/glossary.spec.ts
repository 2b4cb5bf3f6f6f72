/**
 * The glossary: /glossary/ lists every term of src/data/glossary.json at its anchor, and the
 * <Term> popover (used there for the related terms) opens on hover, tap and keyboard focus,
 * closes with Escape keeping focus, fits a 320px screen, and is a plain link without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './helpers';

const PATH = '/glossary/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Entry {
  id: string;
  term: string;
  definition: string;
  related?: string[];
}
const entries = JSON.parse(readFileSync(new URL('../../src/data/glossary.json', import.meta.url), 'utf8')) as Entry[];
const byId = new Map(entries.map((entry) => [entry.id, entry]));

/** The <Term> wrapper of the first related-term link to `id` on the page. */
const termOf = (page: Page, id: string): Locator => page.locator(`.glossary__related [data-term="${id}"]`).first();
const triggerOf = (term: Locator) => term.locator('.term__trigger');
const popOf = (term: Locator) => term.locator('.term__pop');

async function expectOpen(term: Locator, id: string): Promise<void> {
  const entry = byId.get(id)!;
  await expect(triggerOf(term)).toHaveAttribute('aria-expanded', 'true');
  const pop = popOf(term);
  await expect(pop).toBeVisible();
  await expect(pop).toContainText(entry.definition);
  await expect(pop.locator('a.term__more')).toHaveAttribute('href', `/glossary/#term-${id}`);
}

async function expectClosed(term: Locator): Promise<void> {
  await expect(triggerOf(term)).toHaveAttribute('aria-expanded', 'false');
  await expect(popOf(term)).toBeHidden();
}

/** Waits until the terms have been upgraded to buttons by the component's script. */
async function enhanced(page: Page): Promise<void> {
  await expect(page.locator('button.term__trigger').first()).toBeVisible();
  await expect(page.locator('a.term__trigger')).toHaveCount(0);
}

test('/glossary/ lists every term of the glossary file alphabetically, each at term-<id> with its definition and related terms @static', async ({
  page,
}) => {
  const response = await page.goto(PATH);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Glossary');
  const listed = await page.locator('[data-glossary-entry]').evaluateAll((nodes) => nodes.map((node) => node.id));
  const expected = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })).map((entry) => `term-${entry.id}`);
  expect(listed).toEqual(expected);
  for (const entry of entries) {
    const item = page.locator(`#term-${entry.id}`);
    await expect(item.locator('dt')).toHaveText(entry.term);
    await expect(item.locator('dd.glossary__definition')).toHaveText(entry.definition);
    const related = await item.locator('.glossary__related [data-term]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-term')));
    expect(related, `related terms of ${entry.id}`).toEqual(entry.related ?? []);
  }
});

test('without JavaScript a term is a plain link to its glossary entry @nojs', async ({ page }) => {
  await page.goto(PATH);
  const term = termOf(page, 'hashrate');
  await expect(triggerOf(term)).toHaveAttribute('href', '/glossary/#term-hashrate');
  await expect(popOf(term)).toBeHidden();
  await triggerOf(term).click();
  await expect(page).toHaveURL(/\/glossary\/#term-hashrate$/);
  await expect(page.locator('#term-hashrate')).toBeInViewport();
});

test('/glossary/: axe-core finds no WCAG 2.2 A/AA violations, with a popover closed and open', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto(PATH);
  await enhanced(page);
  await page.evaluate(() => document.fonts.ready);
  const check = async (when: string) => {
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map(
      (violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(' | ')}`,
    );
    expect(summary, `axe violations on ${PATH} (${when})`).toEqual([]);
  };
  await check('popovers closed');
  const term = termOf(page, 'asic');
  await triggerOf(term).click();
  await expectOpen(term, 'asic');
  await check('a popover open');
});

// @pointer: needs a mouse; the phone project (touch, no hover) does not run it.
test('a term opens on hover, stays while the pointer is over its popover, and closes when the pointer leaves @pointer', async ({ page }) => {
  await page.goto(PATH);
  await enhanced(page);
  const term = termOf(page, 'difficulty');
  await triggerOf(term).hover();
  await expectOpen(term, 'difficulty');
  await popOf(term).hover();
  await page.waitForTimeout(400);
  await expectOpen(term, 'difficulty');
  await page.mouse.move(2, 2);
  await expectClosed(term);
});

test('a term opens on tap or click, and closes on a second tap or a tap elsewhere', async ({ page, hasTouch }) => {
  await page.goto(PATH);
  await enhanced(page);
  const term = termOf(page, 'gpu');
  await triggerOf(term).scrollIntoViewIfNeeded();
  const press = (target: Locator) => (hasTouch ? target.tap() : target.click());
  await press(triggerOf(term));
  await expectOpen(term, 'gpu');
  // Only one popover at a time.
  await expect(page.locator('.term__pop:visible')).toHaveCount(1);
  await press(triggerOf(term));
  await expectClosed(term);
  await press(triggerOf(term));
  await expectOpen(term, 'gpu');
  await press(page.locator('h1'));
  await expectClosed(term);
});

test('keyboard: focus opens a term, Tab reaches its glossary link, Escape closes it and keeps focus on the word', async ({ page }) => {
  await page.goto(PATH);
  await enhanced(page);
  let focused = false;
  for (let i = 0; i < 40 && !focused; i += 1) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.classList.contains('term__trigger') ?? false);
  }
  expect(focused, 'Tab reaches a term').toBe(true);
  const { id, index } = await page.evaluate(() => {
    const term = document.activeElement!.closest('[data-term]')!;
    return { id: term.getAttribute('data-term')!, index: [...document.querySelectorAll('[data-term]')].indexOf(term) };
  });
  const term = page.locator('[data-term]').nth(index);
  await expectOpen(term, id);

  await page.keyboard.press('Escape');
  await expectClosed(term);
  await expect(triggerOf(term)).toBeFocused();

  // Enter opens it again; Tab moves into the popover, to its link; Escape returns to the word.
  await page.keyboard.press('Enter');
  await expectOpen(term, id);
  await page.keyboard.press('Tab');
  await expect(popOf(term).locator('a.term__more')).toBeFocused();
  await page.keyboard.press('Escape');
  await expectClosed(term);
  await expect(triggerOf(term)).toBeFocused();

  // Leaving the term closes it.
  await page.keyboard.press('Enter');
  await expectOpen(term, id);
  await page.keyboard.press('Shift+Tab');
  await expectClosed(term);
});

test('at 320px the page does not scroll sideways, targets are at least 24×24px and an open popover fits the screen @static', async ({
  page,
  javaScriptEnabled,
  hasTouch,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(PATH);
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

  const sizes = await page.locator('.glossary__related .term__trigger').evaluateAll((nodes) =>
    nodes.map((node) => {
      const rect = node.getBoundingClientRect();
      return { text: node.textContent, width: rect.width, height: rect.height };
    }),
  );
  for (const size of sizes) {
    expect(size.height, `height of ${size.text}`).toBeGreaterThanOrEqual(24);
    expect(size.width, `width of ${size.text}`).toBeGreaterThanOrEqual(24);
  }
  if (javaScriptEnabled === false) return;

  await enhanced(page);
  // The right-most related term: the hardest to fit.
  const index = await page.locator('.glossary__related .term__trigger').evaluateAll((nodes) => {
    let best = 0;
    nodes.forEach((node, i) => {
      if (node.getBoundingClientRect().right > nodes[best]!.getBoundingClientRect().right) best = i;
    });
    return best;
  });
  const trigger = page.locator('.glossary__related .term__trigger').nth(index);
  await trigger.scrollIntoViewIfNeeded();
  await (hasTouch ? trigger.tap() : trigger.click());
  const pop = page.locator('.term__pop:visible');
  await expect(pop).toHaveCount(1);
  const box = (await pop.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  const link = (await pop.locator('a.term__more').boundingBox())!;
  expect(link.height).toBeGreaterThanOrEqual(24);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
});
