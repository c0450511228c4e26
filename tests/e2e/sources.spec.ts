import { at, expect, test } from './fixtures.ts';

test.describe('the bibliography', () => {
  test('lists each source once, and every link to a citing note leads to a note that exists', async ({ page, request }) => {
    await page.goto('/sources/');
    const entries = page.locator('li.source');
    const ids = await entries.evaluateAll((items) => items.map((item) => item.id));
    expect(ids.length).toBeGreaterThan(30);
    expect(new Set(ids).size).toBe(ids.length);
    const links = await page.locator('.relied-on a[href*="#user-content-fn-"], .cited-in a[href*="#user-content-fn-"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThanOrEqual(ids.length);
    const pages = new Map<string, string>();
    for (const link of links) {
      const [path = '', id = ''] = link.split('#');
      if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
      expect(pages.get(path), `${link} has no note`).toContain(`id="${id}"`);
    }
  });

  test('is reached from a note, and leads back to it', async ({ page, basePath }) => {
    await page.goto('/articles/jimex/');
    const note = page.locator('section[data-footnotes] li').first();
    const noteId = (await note.getAttribute('id')) ?? '';
    await note.getByRole('link', { name: 'Source entry' }).click();
    await expect(page).toHaveURL(/\/sources\/(\d+\/)?#source-/);
    const entry = page.locator('li.source:target');
    await expect(entry).toBeInViewport();
    await entry.locator(`a[href="${at(basePath, '/articles/jimex/')}#${noteId}"]`).first().click();
    await expect(page).toHaveURL(new RegExp(`/articles/jimex/#${noteId}$`));
  });
});
