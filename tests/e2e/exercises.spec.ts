import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pathPattern, expect, test } from './fixtures.ts';

const dir = new URL('../../content/exercises/', import.meta.url);
const data = readdirSync(dir).map((name) => parse(readFileSync(new URL(name, dir), 'utf8')) as { name: string; editions: unknown[] });
const editions = data.reduce((total, exercise) => total + exercise.editions.length, 0);

test.describe('the exercises index', () => {
  test('lists every series once, grouped by service, and sorts a group by a column on request', async ({ page }) => {
    await page.goto('/exercises/');
    const names = await page.locator('sortable-table tbody th a').allTextContents();
    expect(names.sort((a, b) => a.localeCompare(b))).toEqual(data.map((exercise) => exercise.name).sort((a, b) => a.localeCompare(b)));
    const navy = page.locator('section[aria-labelledby="service-navy"] sortable-table');
    await expect(navy.locator('tbody tr')).not.toHaveCount(0);
    if ((page.viewportSize()?.width ?? 0) < 768) return; // on a phone the rows are cards: no column headings to press
    await navy.getByRole('button', { name: 'Editions' }).click();
    await expect(navy.getByRole('columnheader', { name: 'Editions' })).toHaveAttribute('aria-sort', 'ascending');
    const counts = await navy.locator('tbody tr td:last-child').allTextContents();
    expect(counts.map(Number)).toEqual([...counts.map(Number)].sort((a, b) => a - b));
  });

  test('fits the page to the screen: nothing but the charts scrolls sideways', async ({ page }) => {
    await page.goto('/exercises/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('draws every edition once on the timeline, each mark named and leading to its edition', async ({ page, request }) => {
    await page.goto('/exercises/');
    const marks = page.locator('.timeline a.mark');
    await expect(marks).toHaveCount(editions);
    const targets = await marks.evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', title: link.querySelector('title')?.textContent ?? '' })));
    expect(new Set(targets.map((target) => target.href)).size).toBe(editions);
    const pages = new Map<string, string>();
    for (const { href, title } of targets) {
      expect(title).toMatch(/^.+: .+/);
      const [path = '', id = ''] = href.split('#');
      if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
      expect(pages.get(path), href).toContain(`id="${id}"`);
    }
    await marks.first().click();
    await expect(page.locator('tr:target')).toBeInViewport();
  });
});

test('places every edition once, on the map or in the list of unrecorded places', async ({ page, basePath }) => {
  await page.goto('/exercises/');
  const listed = await page.locator('.venue-map tbody td a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(listed).toHaveLength(editions);
  expect(new Set(listed).size).toBe(editions);
  // The map draws its marks once per size range (map-marks.ts); those drawn at this width.
  const marks = page.locator('.venue-map a.place').filter({ visible: true });
  expect(await marks.count()).toBeGreaterThan(10);
  // By keyboard: every mark is a link in the tab order, leading to its place in the table.
  const href = (await marks.first().getAttribute('href')) ?? '';
  await marks.first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator('.venue-map tr:target td a').first()).toHaveAttribute('href', pathPattern(basePath, /^\/articles\/[a-z-]+\/#edition-/));
});
