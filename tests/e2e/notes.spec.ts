import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const ARTICLE = '/articles/dharma-guardian/';

/** The text of a note in the list, without its back-links. */
async function noteText(page: Page, href: string): Promise<string> {
  return page.locator(`li${href}`).evaluate((note) => {
    const copy = note.cloneNode(true) as Element;
    copy.querySelectorAll('[data-footnote-backref], .backref-arrow').forEach((node) => node.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/** Fails unless the preview is inside the viewport and does not cover the reference. */
async function expectBesideReference(page: Page, preview: Locator, reference: Locator): Promise<void> {
  const [box, anchor] = [await preview.boundingBox(), await reference.boundingBox()];
  const viewport = page.viewportSize();
  if (!box || !anchor || !viewport) throw new Error('missing boxes');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  const overlaps = box.x < anchor.x + anchor.width && anchor.x < box.x + box.width && box.y < anchor.y + anchor.height && anchor.y < box.y + box.height;
  expect(overlaps, 'the preview covers its reference').toBe(false);
}

test.describe('note previews', () => {
  test('show only the hovered note beside its reference, and close when the pointer leaves', async ({ page }) => {
    await page.goto(ARTICLE);
    const reference = page.locator('a[data-footnote-ref]').nth(4);
    await reference.scrollIntoViewIfNeeded();
    await reference.hover();
    const preview = page.getByRole('dialog', { name: `Note ${(await reference.textContent())?.trim()}` });
    await expect(preview).toBeVisible();
    const expected = await noteText(page, (await reference.getAttribute('href')) ?? '');
    await expect(preview).toContainText(expected);
    expect((await preview.innerText()).replace(/\s+/g, ' ').trim()).toBe(`${expected} Go to note ${(await reference.textContent())?.trim()}`);
    await expectBesideReference(page, preview, reference);
    await page.mouse.move(5, 5);
    await expect(preview).toBeHidden();
  });

  test('open on keyboard focus, let Tab reach their links, and close on Escape', async ({ page }) => {
    await page.goto(ARTICLE);
    const reference = page.locator('a[data-footnote-ref]').nth(1);
    await reference.focus();
    const preview = page.locator('#note-preview');
    await expect(preview).toBeVisible();
    await expect(reference).toHaveAttribute('aria-describedby', 'note-preview');
    await page.keyboard.press('Tab');
    await expect(preview.locator('a').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(preview).toBeHidden();
    await expect(reference).toBeFocused();
  });

  test('open on a tap, offer "Go to note", and close on a tap elsewhere @phone', async ({ page }) => {
    await page.goto(ARTICLE);
    const reference = page.locator('a[data-footnote-ref]').nth(2);
    await reference.scrollIntoViewIfNeeded();
    await reference.tap();
    const preview = page.locator('#note-preview');
    await expect(preview).toBeVisible();
    await expect(page).not.toHaveURL(/#/);
    await expectBesideReference(page, preview, reference);
    await page.locator('h1').tap();
    await expect(preview).toBeHidden();
    await reference.tap();
    await preview.getByRole('link', { name: /^Go to note \d+$/ }).tap();
    await expect(page).toHaveURL(new RegExp(`${(await reference.getAttribute('href')) ?? ''}$`));
  });
});

test.describe('back-links', () => {
  test('letter the references of a note cited several times and return to each', async ({ page }) => {
    await page.goto(ARTICLE);
    // The first note cited three times or more.
    const notes = page.locator('section[data-footnotes] li');
    const number = await notes.evaluateAll((items) => items.findIndex((item) => item.querySelectorAll('a[data-footnote-backref]').length > 2) + 1);
    expect(number).toBeGreaterThan(0);
    const letters = notes.nth(number - 1).locator('a[data-footnote-backref]');
    await expect(letters.nth(0)).toHaveText('a');
    await expect(letters.nth(1)).toHaveAccessibleName(`Back to reference b, the second, to note ${number}`);
    const box = await letters.nth(1).boundingBox();
    expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    const target = (await letters.nth(1).getAttribute('href')) ?? '';
    await letters.nth(1).click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.locator(`[id="${target.slice(1)}"]`)).toBeInViewport();
  });
});

test.describe('margin notes', () => {
  test('sit beside the text on a wide screen without overlapping', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(ARTICLE);
    const prose = await page.locator('note-previews').boundingBox();
    const boxes = await page.locator('.sidenote').evaluateAll((notes) => notes.map((note) => note.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(5);
    for (const [index, box] of boxes.entries()) {
      expect(box.left).toBeGreaterThanOrEqual((prose?.x ?? 0) + (prose?.width ?? 0));
      expect(box.right).toBeLessThanOrEqual(1440);
      const next = boxes[index + 1];
      if (next) expect(next.top).toBeGreaterThanOrEqual(box.bottom);
    }
    await expect(page.locator('section[data-footnotes] li').first()).toBeAttached();
  });

  test('give way to the numbered list on a phone-sized screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(ARTICLE);
    await expect(page.locator('.sidenote').first()).toBeHidden();
    await expect(page.locator('section[data-footnotes] li').first()).toBeVisible();
  });
});
