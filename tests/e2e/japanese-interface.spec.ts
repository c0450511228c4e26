/**
 * The Japanese edition in a browser (issue 28): on every /ja/ page of the sitemap (and the
 * Japanese search and 404 pages), no English interface phrase is visible outside an element
 * marked lang="en…": after load, and with the parts that scripts fill in opened: the search
 * dialog with a query typed and its results, a note preview and a linked article's card on an
 * article, and "Cite this article". The site check (tests/site/languages.test.ts) reads the
 * built HTML; this sees what the scripts write and what a reader is shown.
 *
 * One navigation per page, each part's text read in the page: the phrases are matched here.
 */
import type { Locator, Page } from '@playwright/test';
import { en } from '../../src/i18n/en.ts';
import { langOfPath } from '../../src/i18n/languages.ts';
import { listPages } from '../support/built-site.ts';
import { englishPhrasesIn, interfacePhrases } from '../support/interface-phrases.ts';
import { expect, test } from './fixtures.ts';

const PHRASES = interfacePhrases(en);

/** A query with results on every Japanese page's search (a series' name, the same in both editions). */
const QUERY = 'JIMEX';

/** Every /ja/ page the sitemap lists, then the Japanese search page (with results) and 404 page. */
const PAGES = [...listPages().map((page) => page.url).filter((url) => langOfPath(url, '/') === 'ja'), '/ja/search/?q=JIMEX', '/ja/404/'];

/**
 * The text a reader is shown in `root` (the page, or an opened part of it): its rendered text
 * nodes (screen-reader-only text included: it is read aloud) and the words of its visible
 * fields and labels (placeholder, aria-label, alt, title), leaving out whatever is inside an
 * element whose nearest lang is English.
 */
async function shownText(root: Locator): Promise<string> {
  return root.evaluate((element) => {
    const english = (node: Element) => /^en\b/i.test(node.closest('[lang]')?.getAttribute('lang') ?? '');
    const shown = (node: Element) => node.checkVisibility({ visibilityProperty: true });
    const parts: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template, noscript') || english(parent) || !shown(parent)) continue;
      parts.push(node.nodeValue ?? '');
    }
    for (const node of [element, ...element.querySelectorAll('[placeholder], [aria-label], [alt], [title]')]) {
      if (english(node) || !shown(node)) continue;
      for (const name of ['placeholder', 'aria-label', 'alt', 'title']) parts.push(node.getAttribute(name) ?? '');
    }
    return parts.join(' ').replace(/\s+/g, ' ');
  });
}

/** Fails with the English phrases shown in `root`, and where. */
async function expectJapanese(root: Locator, where: string): Promise<void> {
  const found = englishPhrasesIn(await shownText(root), PHRASES);
  expect(found.join(' | '), `${found.length} English interface phrase(s) ${where}`).toBe('');
}

/** Opens a preview by focusing `link` (hover and focus show the same preview) and checks it. */
async function checkPreview(page: Page, link: Locator, what: string): Promise<void> {
  await link.focus();
  const preview = page.locator('#note-preview');
  await expect(preview, `the ${what} opens`).toBeVisible();
  // A card's text arrives with its card.json: wait for its description.
  if (what === 'article card') await expect(preview.locator('.link-card-description')).toBeVisible();
  await expectJapanese(preview, `in the ${what}`);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
}

test.describe('the Japanese edition shows no English interface words', () => {
  for (const path of PAGES) {
    test(`${path}, with its search dialog, previews and citation open @sweep`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
      const body = page.locator('body');
      if (path.startsWith('/ja/search/')) await expect(page.locator('site-search > ol.results > li').first()).toBeVisible();
      await expectJapanese(body, `on ${path} after load`);

      // The search dialog, a query typed, its results shown (the search page has no dialog:
      // its own search, with results, was read above).
      if (path.startsWith('/ja/search/')) return;
      await page.keyboard.press('Control+k');
      const dialog = page.locator('#search-dialog');
      await expect(dialog).toBeVisible();
      await page.keyboard.type(QUERY);
      await expect(dialog.locator('ol.results > li').first()).toBeVisible();
      await expect(dialog.getByRole('status')).not.toHaveText('');
      await expectJapanese(dialog, `in the search dialog on ${path}`);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      // An article: a note's preview, a linked article's card, and "Cite this article".
      const note = page.locator('.article-body a[data-footnote-ref]').first();
      if ((await note.count()) > 0) await checkPreview(page, note, 'note preview');
      // A link to another article (not the page's own timeline rows, which link to itself).
      const own = new URL(page.url()).pathname;
      const articleLink = page.locator(`.article-body a[href*="/ja/articles/"]:not([data-footnote-ref]):not([href^="${own}"])`).first();
      if ((await articleLink.count()) > 0) await checkPreview(page, articleLink, 'article card');
      const cite = page.locator('details.cite');
      if ((await cite.count()) > 0) {
        await cite.locator('summary').click();
        await expect(cite.locator('.citation-text').first()).toBeVisible();
        await expectJapanese(cite, `in “Cite this article” on ${path}`);
      }
    });
  }
});

test('the Japanese sweep covers every /ja/ page the sitemap lists, search and 404', () => {
  expect(PAGES.length).toBe(listPages().filter((page) => langOfPath(page.url, '/') === 'ja').length + 2);
  expect(PAGES).toEqual(expect.arrayContaining(['/ja/', '/ja/articles/', '/ja/articles/jimex/', '/ja/search/?q=JIMEX', '/ja/404/']));
  // The phrases it looks for include the interface's fixed words.
  expect(PHRASES).toContain('Skip to content');
});
