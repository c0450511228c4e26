import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const ARTICLE = '/articles/dharma-guardian/';

/** The quoted words of the note a reference points to, as the notes list shows them. */
async function quotedWords(page: Page, href: string): Promise<string> {
  return (await page.locator(`li${href} .note-evidence .evidence-words`).allInnerTexts()).join(' ').replace(/\s+/g, ' ').trim();
}

test.describe('the evidence of every note', () => {
  test('is shown beneath the note’s citation, in quotation marks', async ({ page }) => {
    await page.goto(ARTICLE);
    const notes = page.locator('section[data-footnotes] li');
    const count = await notes.count();
    expect(count).toBeGreaterThan(10);
    for (let index = 0; index < count; index++) {
      const note = notes.nth(index);
      const words = note.locator('.note-evidence .evidence-words');
      if ((await words.count()) === 0) {
        // Only a note that points to another page of the site may carry no words of a source.
        await expect(note.locator('a[href^="http"]:not(.archived-copy)')).toHaveCount(0);
        continue;
      }
      await expect(words.first()).toHaveText(/^“.+”$/s);
      // The citation comes first, then the words.
      const [citationTop, wordsTop] = await Promise.all([note.locator('p').first().boundingBox(), note.locator('.note-evidence').boundingBox()]);
      expect((citationTop?.y ?? 0) < (wordsTop?.y ?? 0)).toBe(true);
    }
  });

  test('is in the preview of a note and in its margin copy', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(ARTICLE);
    const reference = page.locator('a[data-footnote-ref]').nth(3);
    const href = (await reference.getAttribute('href')) ?? '';
    const words = await quotedWords(page, href);
    expect(words.length).toBeGreaterThan(5);
    await reference.scrollIntoViewIfNeeded();
    await reference.hover();
    await expect(page.locator('#note-preview')).toContainText(words);
    const margin = page.locator('.sidenote').nth(3);
    await expect(margin).toBeVisible();
    await expect(margin.locator('.note-evidence')).toContainText(words);
  });

  test('is listed on the sources page, each excerpt leading to a note that quotes it', async ({ page }) => {
    await page.goto('/sources/');
    const excerpt = page.locator('.excerpts li').filter({ has: page.locator('.relied-on a[href*="#user-content-fn-"]') }).first();
    const text = (await excerpt.locator('.evidence-words').innerText()).replace(/^“|”$/g, '').trim();
    await excerpt.locator('.relied-on a[href*="#user-content-fn-"]').first().click();
    const note = page.locator('section[data-footnotes] li:target');
    await expect(note).toBeVisible();
    const plain = (value: string) => value.toLowerCase().replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim();
    const quotes = await note.locator('.note-evidence .evidence-words').allInnerTexts();
    // One of the note's quotations is taken from that excerpt: its first fragment is in it.
    expect(quotes.some((quote) => plain(text).includes(plain(quote.split('…')[0] ?? '')))).toBe(true);
  });

  test('marks a weak source in the bibliography', async ({ page }) => {
    await page.goto('/sources/');
    const weak = page.locator('li.source').filter({ has: page.locator('.weak-source') });
    expect(await weak.count()).toBeGreaterThan(0);
    await expect(weak.first().locator('.flag')).toContainText('no claim on this site rests on it alone');
  });
});
