import { loadExercises } from '../support/exercise-data.ts';
import type { Page } from '@playwright/test';
import { at, pathPattern, expect, test } from './fixtures.ts';

const exercises = loadExercises();

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Search results' });

test.describe('the search dialog', () => {
  test('opens with Ctrl+K, is used by keyboard alone, and returns focus when closed', async ({ page, basePath }) => {
    await page.goto('/articles/');
    const trigger = page.getByRole('link', { name: 'Sources' });
    await trigger.focus();
    await page.keyboard.press('Control+k');
    await expect(dialog(page)).toBeVisible();
    const box = dialog(page).getByRole('searchbox', { name: 'Search the articles' });
    await expect(box).toBeFocused();
    await page.keyboard.type('JIMEX');
    const first = results(page).getByRole('listitem').first().getByRole('heading').getByRole('link');
    await expect(first).toHaveAttribute('href', pathPattern(basePath, /^\/articles\/jimex\//));
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test('opens with "/" and from the header search, keeping focus inside', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(dialog(page)).toBeVisible();
    for (let step = 0; step < 12; step++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.id)).toBe('search-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('Malabar');
    await expect(dialog(page).getByRole('searchbox', { name: 'Search the articles' })).toHaveValue('Malabar');
    await page.keyboard.press('Enter');
    await expect(results(page).getByRole('heading').getByRole('link').first()).toHaveText('Malabar');
    await expect(page).toHaveURL(/\/$/);
  });

  test('searches as the reader types in the header’s box, losing no keystroke to the opening dialog', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: 'Search articles' }).pressSequentially('Malabar');
    const box = dialog(page).getByRole('searchbox', { name: 'Search the articles' });
    await expect(box).toBeFocused();
    await expect(box).toHaveValue('Malabar');
    await expect(results(page).getByRole('heading').getByRole('link').first()).toHaveText('Malabar');
  });

  test('leads to the result with the searched words marked', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Yokosuka');
    await results(page).getByRole('heading').getByRole('link', { name: 'JIMEX' }).click();
    await expect(page).toHaveURL(/\/articles\/jimex\/\?highlight=yokosuka/);
    await expect(page.locator('mark.search-hit').first()).toHaveText(/yokosuka/i);
  });
});

test.describe('search filters', () => {
  test('narrow results by service and keep the choice in the URL', async ({ page, basePath }) => {
    await page.goto('/search/?q=India');
    await page.getByRole('group', { name: 'Service' }).getByLabel('Navy').check();
    await expect(page).toHaveURL(/[?&]service=navy/);
    const links = page.getByRole('list', { name: 'Search results' }).getByRole('heading').getByRole('link');
    // Every article about a naval series, and nothing else; wait for them to replace the unfiltered results.
    const naval = [...new Set(exercises.filter((exercise) => exercise.services.includes('navy')).map((exercise) => at(basePath, `/articles/${exercise.article}/`)))].sort();
    await expect(page.getByRole('status')).toHaveText(`${naval.length} results for “India”.`);
    // A page of six results at a time: the rest on request, once the first page is filled.
    await expect(links).toHaveCount(Math.min(6, naval.length));
    const more = page.getByRole('button', { name: 'Show more results' });
    if (naval.length > 6) await more.click();
    await expect(links).toHaveCount(naval.length);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname));
    expect(hrefs.sort()).toEqual(naval);
  });

  test('list every page matching filters alone, sorted by date', async ({ page }) => {
    await page.goto('/search/?service=air-force&sort=newest');
    await expect(page.getByRole('group', { name: 'Service' }).getByLabel('Air force')).toBeChecked();
    const airForce = new Set(exercises.filter((exercise) => exercise.services.includes('air-force')).map((exercise) => exercise.article));
    await expect(page.getByRole('status')).toHaveText(`${airForce.size} pages match the filters.`);
    const links = page.getByRole('list', { name: 'Search results' }).getByRole('heading').getByRole('link');
    // Newest first: an exercise's page sorts by its latest edition (Tarang Shakti 2024, then the two of 2023).
    expect((await links.allTextContents()).filter((title) => ['Tarang Shakti', 'Shinyuu Maitri', 'Veer Guardian'].includes(title))).toEqual(['Tarang Shakti', 'Shinyuu Maitri', 'Veer Guardian']);
    await page.getByLabel('Year').selectOption('2018');
    await expect(page).toHaveURL(/year=2018/);
    const of2018 = new Set(exercises.filter((exercise) => exercise.services.includes('air-force') && exercise.editions.some((edition) => edition.year === 2018)).map((exercise) => exercise.article));
    await expect(links).toHaveCount(of2018.size);
    await expect(links.filter({ hasText: 'Shinyuu Maitri' })).toHaveCount(1);
  });
});

test('at 200 % zoom (1,280 × 800 shown at 640 × 400) the filters fold away and the first result is in view', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto('/articles/malabar/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('JIMEX');
  const first = results(page).getByRole('heading').getByRole('link').first();
  await expect(first).toHaveText('JIMEX');
  await expect(first).toBeInViewport({ ratio: 1 });
  // Folded, not gone: one press opens them.
  const service = dialog(page).getByRole('group', { name: 'Service' });
  await expect(service).toBeHidden();
  await dialog(page).getByText('Filters and order').click();
  await expect(service).toBeVisible();
});
