/**
 * A printed article (issue 27, item 7): Chromium's own PDF of the page names the site and the
 * page's permanent address on page 1, carries none of the screen's furniture, leaves no heading
 * alone at a page's foot, and prints on the light palette from a dark screen. The PDF's text is
 * read back with pdfjs-dist, Mozilla's PDF reader. Chromium makes PDFs on the desktop only.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { SITE_TITLE } from '../../src/consts.ts';
import { expect, test } from './fixtures.ts';

const ARTICLE = '/articles/jimex/';

/** The text of each page of `pdf`, runs joined by spaces. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const loading = getDocument({ data: new Uint8Array(pdf) });
  const document = await loading.promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await loading.destroy();
  return texts;
}

/** Text compared without its spacing: the PDF splits runs and ligatures ("Signi fi cance"). */
const squeezed = (text: string) => text.replace(/\s+/g, '');

async function printArticle(page: Page): Promise<{ canonical: string; pages: string[] }> {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(ARTICLE);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  return { canonical, pages: await pageTexts(await page.pdf({ format: 'A4' })) };
}

test.describe('a printed article', () => {
  // The desktop project only: the phone project runs @phone tests alone, and the sub-path build
  // prints the same styles (the address on page 1 is the one part that differs, read from the page).
  test.skip(({ basePath }) => basePath !== '/', 'printed once, on the desktop project');

  test('names the site, the page’s permanent address and its last update on page 1, and leaves the screen’s furniture out', async ({ page }) => {
    const { canonical, pages } = await printArticle(page);
    expect(canonical).toMatch(/\/articles\/jimex\/$/);
    const first = squeezed(pages[0] ?? '');
    expect(first).toContain(squeezed(SITE_TITLE));
    expect(first).toContain(squeezed(canonical));
    expect(first).toMatch(/Lastupdated\d{1,2}[A-Z][a-z]+\d{4}/);
    const all = pages.join('\n');
    for (const furniture of ['Skip to content', 'Mentioned in', 'Download RIS', 'Copy Chicago', 'Every edition on record', 'Hover over or focus', 'Search articles']) {
      expect(all, furniture).not.toContain(furniture);
    }
    expect(all, 'a note’s back-link arrow').not.toContain('↑');
    // The notes and the citation are the useful part of paper: both print.
    expect(all).toContain('Accessed');
    expect(all).toContain('stored copy');
  });

  test('leaves no heading as the last line of a page', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(ARTICLE);
    // A heading's words, unless an edition card prints the same word as a cell's label ("Notes"):
    // the PDF's text cannot tell the two apart.
    const labels = new Set(await page.locator('[data-label]').evaluateAll((cells) => cells.map((cell) => (cell.getAttribute('data-label') ?? '').replace(/\s+/g, ''))));
    const headings = (await page.locator('main :is(h2, h3):visible').allTextContents()).map(squeezed).filter((text) => text.length > 0 && !labels.has(text));
    expect(headings.length).toBeGreaterThan(5);
    const pages = await pageTexts(await page.pdf({ format: 'A4' }));
    expect(pages.length).toBeGreaterThan(1);
    pages.slice(0, -1).forEach((text, index) => {
      const end = squeezed(text);
      expect(headings.filter((heading) => end.endsWith(heading)), `page ${String(index + 1)} ends with a heading`).toEqual([]);
    });
  });

  test('in print, hides back-links, Mentioned in and controls, keeps headings with what follows and prints every figure', async ({ page }) => {
    await page.goto(ARTICLE);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    const masthead = page.locator('.print-masthead');
    // On screen the print heading is hidden, from screen readers too.
    await expect(masthead).toBeHidden();
    expect(await page.locator('body').ariaSnapshot()).not.toContain(canonical);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(masthead).toBeVisible();
    for (const selector of ['[data-footnote-backref]', '.mentioned-in', '.site-header', '.skip-link', '.toc', '.cite button', '.cite .downloads', '.prev-next', '.lead-editions']) {
      const found = page.locator(selector);
      expect(await found.count(), `${selector} is on the page`).toBeGreaterThan(0);
      for (const element of await found.all()) await expect(element, selector).toBeHidden();
    }
    await expect(page.locator('.cite [data-style="chicago"] .citation-text')).toBeVisible();
    await expect(page.locator('.timeline svg').first()).toBeVisible();
    await expect(page.locator('.venue-map svg')).toBeVisible();
    const breaks = await page.evaluate(() => ({
      headings: [...document.querySelectorAll('main :is(h1, h2, h3)')].map((heading) => getComputedStyle(heading).breakAfter),
      whole: [...document.querySelectorAll('.infobox, .editions-table tr, .venue-map svg, .timeline')].map((element) => getComputedStyle(element).breakInside),
      text: getComputedStyle(document.body).color,
      paper: getComputedStyle(document.body).backgroundColor,
    }));
    expect(new Set(breaks.headings)).toEqual(new Set(['avoid']));
    expect(breaks.whole.length).toBeGreaterThan(3);
    expect(new Set(breaks.whole)).toEqual(new Set(['avoid']));
    // The light palette from a dark screen: dark text on white paper.
    expect(breaks.paper).toBe('rgb(255, 255, 255)');
    expect(breaks.text).toBe('rgb(29, 33, 40)');
  });
});
