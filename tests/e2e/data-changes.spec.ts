import { expect, test } from './fixtures.ts';

test.describe('the changes to the data', () => {
  test('are reached from /data/, list every release with its download, and open a folded list from the keyboard', async ({ page }) => {
    await page.goto('/data/');
    await page.getByRole('link', { name: 'Changes to the data' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Changes to the data' })).toBeVisible();
    const releases = page.locator('section.release:not(.unreleased)');
    expect(await releases.count()).toBeGreaterThanOrEqual(2);
    await expect(releases.first().getByRole('link', { name: /^Download version \d+\.\d+$/ })).toBeVisible();
    // Held by its place, not by being folded, which opening it changes.
    const index = await page.locator('details').evaluateAll((all) => all.findIndex((details) => !(details as HTMLDetailsElement).open));
    expect(index).toBeGreaterThanOrEqual(0);
    const folded = page.locator('details').nth(index);
    await folded.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(folded).toHaveAttribute('open', '');
    await expect(folded.getByRole('listitem').first()).toBeVisible();
  });

  test('link a changed edition to its row on its article', async ({ page }) => {
    await page.goto('/data/changes/');
    const link = page.locator('.release-changes a[href*="#edition-"]').first();
    const href = (await link.getAttribute('href')) ?? '';
    await link.evaluate((anchor) => anchor.closest('details')?.setAttribute('open', ''));
    await link.click();
    const id = href.split('#')[1] ?? '';
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test('fit a phone’s width, down to 320 px @phone', async ({ page }) => {
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/data/changes/');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} px`).toBe(0);
    }
  });
});
