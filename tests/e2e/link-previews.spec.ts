import { expect, test } from './fixtures.ts';

const ARTICLE = '/articles/glossary/';
/** The first link in the glossary's text to the JIMEX article (base path included). */
const jimexLink = '.article-body a[href$="/articles/jimex/"]';

test.describe('previews of linked articles', () => {
  test('show the linked article\'s card on hover, named after it, with the series\' facts', async ({ page }) => {
    await page.goto(ARTICLE);
    const link = page.locator(jimexLink).first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const card = page.getByRole('dialog', { name: 'JIMEX' });
    await expect(card).toBeVisible();
    await expect(card.locator('.link-card-facts')).toHaveText(/^Navy · bilateral · \d{4}–\d{4} · \d+ editions$/);
    await expect(card.getByRole('link', { name: 'Go to JIMEX' })).toHaveAttribute('href', /\/articles\/jimex\/$/);
    await page.mouse.move(5, 5);
    await expect(card).toBeHidden();
  });

  test('open on keyboard focus and close on Escape, focus back on the link', async ({ page }) => {
    await page.goto(ARTICLE);
    const link = page.locator(jimexLink).first();
    await link.focus();
    const card = page.getByRole('dialog', { name: 'JIMEX' });
    await expect(card).toBeVisible();
    await expect(link).toHaveAttribute('aria-describedby', 'note-preview');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(link).toBeFocused();
    await expect(link).not.toHaveAttribute('aria-describedby', /./);
  });

  test('fetch a card only when one is wanted', async ({ page }) => {
    const cards: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/card.json')) cards.push(request.url());
    });
    await page.goto(ARTICLE);
    await page.waitForLoadState('networkidle');
    expect(cards).toEqual([]);
    await page.locator(jimexLink).first().focus();
    await expect(page.getByRole('dialog', { name: 'JIMEX' })).toBeVisible();
    expect(cards).toHaveLength(1);
  });

  test('open on a tap, and follow the link on a second tap @phone', async ({ page }) => {
    await page.goto(ARTICLE);
    const link = page.locator(jimexLink).first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect(page.getByRole('dialog', { name: 'JIMEX' })).toBeVisible();
    await expect(page).toHaveURL(/\/articles\/glossary\/$/);
    await link.tap();
    await expect(page).toHaveURL(/\/articles\/jimex\/$/);
  });
});
