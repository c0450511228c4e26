import { at, baseAware, expect, test } from './fixtures.ts';

const ARTICLE = '/articles/malabar/';

test.describe('the article as Markdown', () => {
  test('copies the Markdown to the clipboard and says so', async ({ page, context, basePath }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ARTICLE);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const file = await page.request.get(at(basePath, '/articles/malabar.md'));
    expect(file.headers()['content-type']).toBe('text/markdown; charset=utf-8');
    expect(copied).toBe(await file.text());
    expect(copied).toMatch(/^# Malabar\n/);
    expect(copied).toContain(`- Page: <${(await page.locator('link[rel="canonical"]').getAttribute('href')) ?? ''}>`);
  });

  test('leads to the Markdown by a plain link without JavaScript', async ({ browser, basePath }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = baseAware(await context.newPage(), basePath);
    await page.goto(ARTICLE);
    await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
    const link = page.getByRole('link', { name: 'Markdown', exact: true });
    await expect(link).toHaveAttribute('href', at(basePath, '/articles/malabar.md'));
    const response = await page.request.get(new URL((await link.getAttribute('href')) ?? '', page.url()).href);
    expect(response.ok()).toBe(true);
    expect(await response.text()).toMatch(/^# Malabar\n[\s\S]*\n\[\^1\]: /);
    await context.close();
  });

  test('shows a paragraph’s link to itself on focus, and lands on the paragraph', async ({ page }) => {
    await page.goto(ARTICLE);
    const paragraph = page.locator('.article-body > p[id]').nth(1);
    const id = (await paragraph.getAttribute('id')) ?? '';
    const link = paragraph.getByRole('link', { name: 'Link to this paragraph' });
    await expect(link).toHaveCSS('opacity', '0');
    await link.focus();
    await expect(link).toHaveCSS('opacity', '1');
    await link.click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    await expect(paragraph).toBeInViewport();
  });
});
