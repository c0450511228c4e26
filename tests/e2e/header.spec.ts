/**
 * The header on a phone (issue 24): compact, its search box usable and never clipped, and
 * searching on Enter with or without JavaScript.
 */
import { expect, test, baseAware } from './fixtures.ts';

/** The most of an 844 px phone screen the header may take: an eighth. */
const MAX_HEADER = 844 / 8;
/** A box narrower than this shows too little of what the reader types. */
const MIN_BOX = 100;

for (const width of [320, 390]) {
  test(`at ${String(width)} px the header is compact, and its box and button are whole and usable`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/articles/malabar/');
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(MAX_HEADER);
    const box = await page.getByRole('searchbox', { name: 'Search articles' }).boundingBox();
    const button = page.locator('.site-header').getByRole('button', { name: 'Search' });
    const buttonBox = await button.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(MIN_BOX);
    // Nothing clipped: the button ends inside the screen and is a 24 px target at least.
    expect((buttonBox?.x ?? Number.POSITIVE_INFINITY) + (buttonBox?.width ?? 0)).toBeLessThanOrEqual(width);
    expect(Math.min(buttonBox?.width ?? 0, buttonBox?.height ?? 0)).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // Every navigation link is whole on the screen too.
    for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
      const linkBox = await link.boundingBox();
      expect((linkBox?.x ?? Number.POSITIVE_INFINITY) + (linkBox?.width ?? 0)).toBeLessThanOrEqual(width);
    }
  });
}

test('at 320 px, with JavaScript off, Enter in the header’s box opens the search page for the words', async ({ browser, basePath }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 844 } });
  const page = baseAware(await context.newPage(), basePath);
  await page.goto('/articles/malabar/');
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Malabar 2025');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Malabar\+2025$/);
  await context.close();
});
