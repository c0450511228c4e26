import { expect, test } from './fixtures.ts';

const results = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'Search results' });

test.describe('search', () => {
  test('lists the Dharma Guardian article first when its name is typed', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('Search the articles').pressSequentially('Dharma Guardian', { delay: 20 });
    const first = results(page).getByRole('listitem').first();
    await expect(first.getByRole('link')).toHaveText('Dharma Guardian');
    await expect(first.getByRole('link')).toHaveAttribute('href', '/articles/dharma-guardian/');
    await expect(page).toHaveURL(/\/search\/\?q=Dharma\+Guardian$/);
  });

  test('reads the query from the address, so a search can be linked', async ({ page }) => {
    await page.goto('/search/?q=JIMEX');
    await expect(page.getByLabel('Search the articles')).toHaveValue('JIMEX');
    const hit = results(page).getByRole('listitem').filter({ has: page.locator('a[href="/articles/jimex/"]') });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('mark').first()).toHaveText(/jimex/i);
  });

  test('submits the header search box to the search page', async ({ page }) => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    await box.fill('Malabar');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Malabar$/);
    await expect(results(page).getByRole('link', { name: 'Malabar' })).toBeVisible();
  });

  test('says so when nothing matches', async ({ page }) => {
    await page.goto('/search/?q=zzzzqqqq');
    await expect(page.getByRole('status')).toHaveText(/No results for “zzzzqqqq”/);
    await expect(results(page)).toBeHidden();
  });

  test('explains, without JavaScript, where to browse instead', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=JIMEX');
    await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'articles page' })).toHaveAttribute('href', '/articles/');
    await context.close();
  });
});
