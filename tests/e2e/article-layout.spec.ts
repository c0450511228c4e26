/**
 * An exercise article opens with its text, as an encyclopaedia does (issue 24): the lead
 * first, then the infobox and the contents, and the timeline, map and editions table at the
 * start of the Editions section that the contents list and the lead links to.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const ARTICLES = ['/articles/malabar/', '/articles/dharma-guardian/'];
const WIDTHS = [320, 390, 1440];
/** The most presses of Tab a keyboard user needs to reach the article's text. */
const MAX_TABS = 10;
/** A bound on the loop, well past MAX_TABS, so a page that traps focus fails instead of hanging. */
const TAB_LIMIT = 60;

/** Presses of Tab from the top of the page, the skip link followed, to the first link in the text. */
async function tabsToText(page: Page): Promise<number> {
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  for (let presses = 2; presses <= TAB_LIMIT; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.closest('.article-lead') !== null)) return presses;
  }
  return Number.POSITIVE_INFINITY;
}

for (const width of WIDTHS) {
  for (const path of ARTICLES) {
    test(`${path} at ${String(width)} px: the lead, then the data, within ${String(MAX_TABS)} presses of Tab`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      const lead = page.locator('.article-lead p').first();
      const data = page.locator('.editions-data');
      const [leadBox, dataBox] = [await lead.boundingBox(), await data.boundingBox()];
      expect(leadBox && dataBox && leadBox.y < dataBox.y).toBe(true);
      // The first paragraph is on the first screen.
      expect(leadBox?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(900);
      expect(await lead.evaluate((paragraph, table) => Boolean(paragraph.compareDocumentPosition(table as Node) & Node.DOCUMENT_POSITION_FOLLOWING), await data.elementHandle())).toBe(true);
      // The data opens the Editions section, which the contents list and the lead links to.
      expect(await page.locator('#editions').evaluate((heading) => heading.closest('.heading-wrapper')?.nextElementSibling?.matches('.editions-data') ?? false)).toBe(true);
      await expect(page.locator('.article-toc a[href="#editions"]')).toHaveCount(1);
      await expect(page.locator('.article-lead a[href="#editions"]')).toHaveCount(1);
      // No sideways scroll of the page itself.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      expect(await tabsToText(page)).toBeLessThanOrEqual(MAX_TABS);
    });
  }
}

test('a note link in the editions table opens the note’s preview, and each run of note links is in ascending order', async ({ page }) => {
  await page.goto('/articles/malabar/');
  // A run: the note links beside one fact (an edition's, or one other account's).
  const numbers = await page.locator('.editions-data .note-link').evaluateAll((links) => {
    const runs = Map.groupBy(links, (link) => link.parentElement);
    return [...runs.values()].map((run) => run.map((link) => Number(link.textContent?.replace(/\D/g, ''))));
  });
  expect(numbers.length).toBeGreaterThan(0);
  for (const cell of numbers) expect(cell).toEqual([...cell].sort((a, b) => a - b));
  const link = page.locator('.editions-data .note-link').first();
  await link.focus();
  const preview = page.locator('#note-preview');
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('aria-label', `Note ${(await link.textContent())?.replace(/\D/g, '') ?? ''}`);
  await expect(preview.locator('.note-evidence').first()).toBeVisible();
});

test('margin notes give the title and publication, the web address left to the note at the foot', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/articles/malabar/');
  const addressesIn = (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.filter((link) => link.checkVisibility() && /^https?:\/\//.test(link.textContent ?? '')).length);
  await expect(page.locator('.sidenote').first()).toBeVisible();
  expect(await addressesIn('.sidenote a')).toBe(0);
  expect(await addressesIn('section[data-footnotes] a')).toBeGreaterThan(0);
});

/** Each cell of the row `#id` with the label its card shows before it (CSS generated content). */
async function labelledCells(page: Page, id: string): Promise<{ label: string; shown: string }[]> {
  return page.locator(`#${id} td`).evaluateAll((cells) =>
    cells
      .filter((cell) => cell.checkVisibility())
      .map((cell) => ({ label: cell.getAttribute('data-label') ?? '', shown: getComputedStyle(cell, '::before').content.replace(/^"|:?\s*"$/g, '') })),
  );
}

for (const width of [390, 1440]) {
  test(`at ${String(width)} px each edition is a card whose every cell is labelled, nothing clipped or scrolled`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/articles/malabar/#edition-malabar-2025');
    const cells = await labelledCells(page, 'edition-malabar-2025');
    expect(cells.map(({ label }) => label)).toEqual(expect.arrayContaining(['Dates', 'Place', 'Host', 'India and Japan', 'Taking part', 'Notes']));
    for (const { label, shown } of cells) expect(shown).toBe(label);
    // No cell is cut off inside a box that scrolls; the page does not scroll sideways.
    const clipped = await page.locator('.editions-table').evaluateAll((tables) => tables.filter((table) => table.scrollWidth > table.clientWidth + 1).length);
    expect(clipped).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });
}

test('an edition’s other names leave its heading cell; a name that could mislead is explained and cited, in its own language', async ({ page }) => {
  await page.goto('/articles/dharma-guardian/');
  const row = page.locator('#edition-dharma-guardian-2023');
  await expect(row.locator('th')).toHaveText('Dharma Guardian 2023 (4th)');
  const names = row.locator('td.aka');
  await expect(names.locator('[lang="ja"]')).toHaveText('ダルマ・ガーディアン22');
  await expect(names).toContainText('after the Japanese fiscal year in which the edition was planned');
  await expect(names.locator('.note-link')).not.toHaveCount(0);
  // Mere spellings of the label are left to search: not shown.
  await expect(names).not.toContainText('Dharma Guardian-2023');
});

test('every name in Japanese or Chinese script on an exercise page says its language', async ({ page }) => {
  for (const path of ['/articles/dharma-guardian/', '/articles/malabar/']) {
    await page.goto(path);
    const unmarked = await page.locator('.infobox, .editions-table').evaluateAll((boxes) => {
      const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
      const walker = (box: Element) => document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      const texts: string[] = [];
      for (const box of boxes) {
        const walk = walker(box);
        for (let node = walk.nextNode(); node; node = walk.nextNode()) {
          const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? 'en';
          if (cjk.test(node.textContent ?? '') && lang.startsWith('en')) texts.push(node.textContent ?? '');
        }
      }
      return texts;
    });
    expect(unmarked).toEqual([]);
  }
});

test('the infobox cites its values: each series fact links to a note that exists, and opens its preview', async ({ page }) => {
  await page.goto('/articles/dharma-guardian/');
  const box = page.locator('.infobox');
  for (const label of ['Services', 'Format', 'Partners', 'First held']) {
    const links = box.locator(`dt:text-is("${label}") + dd .note-link`);
    expect(await links.count(), label).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''))) await expect(page.locator(`li${href}`)).toHaveCount(1);
  }
  await box.locator('dt:text-is("Format") + dd .note-link').first().focus();
  await expect(page.locator('#note-preview')).toBeVisible();
  // Each venue's years lead to their editions' rows.
  const year = box.locator('.venues a').first();
  await expect(page.locator(`tr${(await year.getAttribute('href')) ?? ''}`)).toHaveCount(1);
});
