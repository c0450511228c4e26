import { loadExercises } from '../support/exercise-data.ts';
import { at, baseAware, pathPattern, expect, test } from './fixtures.ts';

const results = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Search results' });

test.describe('search', () => {
  test('lists the Dharma Guardian article first when its name is typed', async ({ page, basePath }) => {
    await page.goto('/search/');
    await page.getByLabel('Search the articles').pressSequentially('Dharma Guardian', { delay: 20 });
    const title = results(page).getByRole('listitem').first().getByRole('heading').getByRole('link');
    await expect(title).toHaveText('Dharma Guardian');
    await expect(title).toHaveAttribute('href', pathPattern(basePath, /^\/articles\/dharma-guardian\/(\?|$)/));
    await expect(page).toHaveURL(/\/search\/\?q=Dharma\+Guardian$/);
  });

  test('caps a page of text pasted or linked as a query at 200 characters, and still answers', async ({ page }) => {
    // The cap is what keeps the tab responsive (README, "Search"); how long the work takes is
    // a timing, which a test on a busy machine cannot hold to a threshold.
    const pasted = 'Dharma Guardian '.repeat(6_250);
    // A link may carry a long query (servers refuse URLs past about 16 kB); a paste, anything.
    await page.goto(`/search/?q=${encodeURIComponent(pasted.slice(0, 8_000))}`);
    const box = page.getByLabel('Search the articles');
    await expect(box).toHaveValue(/^Dharma Guardian/);
    expect((await box.inputValue()).length).toBeLessThanOrEqual(200);
    await box.fill(pasted);
    expect((await box.inputValue()).length).toBeLessThanOrEqual(200);
    await expect(page.locator('site-search [role="status"]')).not.toBeEmpty();
  });

  test('reads the query from the address, so a search can be linked', async ({ page, basePath }) => {
    await page.goto('/search/?q=JIMEX');
    await expect(page.getByLabel('Search the articles')).toHaveValue('JIMEX');
    const hit = results(page).getByRole('listitem').filter({ has: page.locator(`h2 a[href^="${at(basePath, '/articles/jimex/')}"]`) });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('mark').first()).toHaveText(/jimex/i);
  });

  test('submits the header search box to the search page without JavaScript', async ({ browser, basePath }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = baseAware(await context.newPage(), basePath);
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    await box.fill('Malabar');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Malabar$/);
    await context.close();
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=zzzzqqqq');
    await expect(page.getByRole('status')).toHaveText('No page mentions “zzzzqqqq”.');
    await expect(results(page)).toBeHidden();
  });

  test('lists every exercise and article without JavaScript, so no path dead-ends', async ({ browser, basePath }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = baseAware(await context.newPage(), basePath);
    await page.goto('/articles/');
    const articleCount = await page.locator('.article-list > li').count();
    await page.goto('/search/?q=JIMEX');
    await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'articles page' })).toHaveAttribute('href', at(basePath, '/articles/'));
    const lists = page.locator('.no-script ul');
    await expect(lists.nth(0).getByRole('link')).toHaveCount(loadExercises().length);
    await expect(lists.nth(0)).toContainText('also Japan-India Maritime Exercise; JAIMEX');
    await expect(lists.nth(1).getByRole('link')).toHaveCount(articleCount);
    await context.close();
  });

  for (const [query, article] of [
    ['JIMEX 2024', '/articles/jimex/'],
    ['JIMEX 24', '/articles/jimex/'],
    ['JAIMEX', '/articles/jimex/'],
    ['Japan-India Maritime Exercise', '/articles/jimex/'],
    ['Shinyu', '/articles/shinyuu-maitri/'],
    ['Avani', '/articles/veer-guardian/'],
    ['Dharma Guardian 2018', '/articles/dharma-guardian/'],
  ] as const) {
    test(`finds ${article} first for “${query}”, a name the exercise data knows it by`, async ({ page, basePath }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await expect(results(page).getByRole('listitem').first().getByRole('heading').getByRole('link')).toHaveAttribute('href', new RegExp(`^${at(basePath, article)}(\\?|$)`));
    });
  }

  test('searches the one close name when a misspelling finds nothing, says so, and offers the way back', async ({ page, basePath }) => {
    await page.goto('/search/?q=Malabaar');
    await expect(page.getByRole('status')).toHaveText(/^No page mentions “Malabaar”\. Showing \d+ results? for Malabar\. Search instead for “Malabaar”$/);
    await expect(results(page).getByRole('listitem').first().getByRole('heading').getByRole('link')).toHaveAttribute('href', pathPattern(basePath, /^\/articles\/malabar\/(\?|$)/));
    await page.getByRole('link', { name: 'Search instead for “Malabaar”' }).click();
    await expect(page.getByRole('status')).toHaveText('No page mentions “Malabaar”.');
    await expect(page.getByLabel('Search the articles')).toHaveValue('Malabaar');
    await expect(results(page)).toBeHidden();
  });

  test('shows the section a match is in and the exercise’s services and years', async ({ page, basePath }) => {
    await page.goto('/search/?q=Yokosuka');
    const jimex = results(page).getByRole('listitem').filter({ has: page.locator(`h2 a[href^="${at(basePath, '/articles/jimex/')}"]`) });
    await expect(jimex.locator('.result-facts')).toHaveText('Navy · editions 2012–2025');
    await expect(jimex.locator('.result-section a')).toHaveAttribute('href', pathPattern(basePath, /^\/articles\/jimex\/(\?[^#]*)?#/));
  });

  for (const [query, section] of [
    ['Dharma Guardian 2024', 'Dharma Guardian 2024'],
    ['Malabar 2018', '2018'],
    ['JIMEX 2023', 'JIMEX-23'],
  ] as const) {
    test(`quotes the edition’s own section for “${query}”, not whichever section ranks first`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const first = results(page).getByRole('listitem').first();
      await expect(first.locator('.result-section a')).toHaveText(section);
    });
  }
});
