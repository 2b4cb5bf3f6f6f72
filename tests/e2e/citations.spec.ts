/**
 * Inline citations: superscript numbers open a small popover with the source on click, tap
 * and keyboard focus; Escape closes it; the chapter's notes use the same numbers.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './helpers';

const REF = '.chapter#bitcoin [data-cite-ref]';

async function firstCitation(page: Page) {
  await page.goto('/');
  const ref = page.locator(REF).first();
  await ref.scrollIntoViewIfNeeded();
  const popover = page.locator(`#${await ref.getAttribute('aria-controls')}`);
  await expect(popover).toBeHidden();
  return { ref, popover };
}

async function expectInsideViewport(page: Page, popover: ReturnType<Page['locator']>) {
  const box = (await popover.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
}

test('a citation opens on click (or tap on touch screens) and closes on Escape or a tap elsewhere', async ({ page, isMobile }) => {
  const { ref, popover } = await firstCitation(page);
  if (isMobile) await ref.tap();
  else await ref.click();
  await expect(popover).toBeVisible();
  await expect(ref).toHaveAttribute('aria-expanded', 'true');
  await expect(popover).toContainText('Bitcoin Wiki');
  await expect(popover.locator('a[href$="/sources/#source-slush-pool-wiki"]')).toBeVisible();
  await expect(page, 'the click opens the popover instead of jumping to the note').not.toHaveURL(/#note-/);
  await expectInsideViewport(page, popover);

  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(ref).toBeFocused();
  await expect(ref).toHaveAttribute('aria-expanded', 'false');

  if (isMobile) await ref.tap();
  else await ref.click();
  await expect(popover).toBeVisible();
  // Elsewhere: the corner of the step card the citation sits in (away from the popover below it).
  const card = ref.locator('xpath=ancestor::div[contains(@class, "step__card")]');
  if (isMobile) await card.tap({ position: { x: 4, y: 4 } });
  else await card.click({ position: { x: 4, y: 4 } });
  await expect(popover).toBeHidden();
});

test('a citation opens on keyboard focus; Tab reaches its links; Escape returns focus', async ({ page }) => {
  const { ref, popover } = await firstCitation(page);
  await ref.focus();
  await expect(popover).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(popover.locator('a').first()).toBeFocused();
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(ref).toBeFocused();
});

test('an open citation and the notes pass axe (WCAG 2.2 AA), with 24×24 px targets', async ({ page }) => {
  test.slow(); // axe over a long page: slow on a busy machine
  const { ref, popover } = await firstCitation(page);
  await ref.focus();
  await expect(popover).toBeVisible();
  const box = (await ref.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  const results = await new AxeBuilder({ page })
    .include('.chapter#bitcoin .cite')
    .include('[data-chapter-notes]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)).toEqual([]);
});

test('the notes list numbers sources as the superscripts do', async ({ page }) => {
  await page.goto('/');
  const refs = await page.locator(REF).evaluateAll((links) =>
    links.map((link) => ({
      number: link.textContent!.replace(/\D/g, ''),
      href: link.getAttribute('href'),
      id: link.id,
      source: link.parentElement!.querySelector('[data-cite-popover] a[href*="/sources/#source-"]')!.getAttribute('href')!.split('#source-')[1],
    })),
  );
  expect(refs.length).toBeGreaterThan(10);
  // Numbered in order of first citation; a source cited again keeps its number.
  let highest = 0;
  const numberOf = new Map<string, string>();
  for (const ref of refs) {
    const known = numberOf.get(ref.source!);
    if (known) expect(ref.number, `${ref.source} keeps its number`).toBe(known);
    else {
      expect(Number(ref.number), `${ref.source} gets the next number`).toBe(highest + 1);
      highest += 1;
      numberOf.set(ref.source!, ref.number);
    }
    expect(ref.href).toBe(`#note-bitcoin-${ref.number}`);
  }
  const notes = await page.locator('[data-chapter-notes="bitcoin"] li').evaluateAll((items) =>
    items.map((item) => ({ id: item.id, source: item.getAttribute('data-note'), back: [...item.querySelectorAll('.chapter-notes__back a')].map((a) => a.getAttribute('href')) })),
  );
  expect(notes).toHaveLength(highest);
  notes.forEach((note, index) => {
    expect(note.id).toBe(`note-bitcoin-${index + 1}`);
    expect(numberOf.get(note.source!)).toBe(String(index + 1));
    // Every back-link lands on a superscript with this number, in document order.
    const targets = refs.filter((ref) => ref.number === String(index + 1)).map((ref) => `#${ref.id}`);
    expect(note.back).toEqual(targets);
  });
});

test('without JavaScript a citation is a plain link to its note @nojs', async ({ page }) => {
  await page.goto('/');
  const ref = page.locator(REF).first();
  await expect(page.locator('[data-cite-popover]').first()).toBeHidden();
  await ref.click();
  await expect(page).toHaveURL(/#note-bitcoin-1$/);
  await expect(page.locator('#note-bitcoin-1')).toBeInViewport();
});
