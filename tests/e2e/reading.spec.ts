import type { Locator, Page } from '@playwright/test';
import { at, baseAware, pathPattern, expect, test } from './fixtures.ts';

const ARTICLE = '/articles/dharma-guardian/';

/** Fails unless `target` ends up fully inside the viewport and not under the site header
 * (polled: with smooth scrolling on, the page takes a moment to reach the target). */
async function expectVisibleBelowHeader(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeInViewport({ ratio: 1 });
  const header = page.locator('.site-header');
  if (!(await header.evaluate((el) => getComputedStyle(el).position === 'sticky'))) return;
  await expect
    .poll(async () => {
      const [headerBox, box] = [await header.boundingBox(), await target.boundingBox()];
      return headerBox && box ? box.y - (headerBox.y + headerBox.height) : Number.NEGATIVE_INFINITY;
    })
    .toBeGreaterThanOrEqual(0);
}

/** Fails unless `target` looks marked: a background and outline other than its neighbours'. */
async function expectMarked(target: Locator): Promise<void> {
  const style = await target.evaluate((el) => {
    const computed = getComputedStyle(el);
    return { background: computed.backgroundColor, outline: computed.outlineStyle };
  });
  expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(style.outline).not.toBe('none');
}

async function followFootnoteAndBack(page: Page): Promise<void> {
  await page.goto(ARTICLE);
  const reference = page.locator('a[data-footnote-ref]').nth(2);
  const referenceId = await reference.getAttribute('id');
  const href = await reference.getAttribute('href');
  expect(href).toMatch(/^#user-content-fn-/);

  await reference.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const note = page.locator(`li${href}`);
  await expectVisibleBelowHeader(page, note);
  await expectMarked(note);

  const backLink = note.locator(`a[data-footnote-backref][href="#${referenceId}"]`);
  await expect(backLink).toHaveAccessibleName(/^Back to (the reference|reference [a-z]+, the \w+,) to note \d+$/);
  await backLink.click();
  await expect(page).toHaveURL(new RegExp(`#${referenceId}$`));
  const returned = page.locator(`[id="${referenceId}"]`);
  await expectVisibleBelowHeader(page, returned);
  await expectMarked(returned);
}

test.describe('an article', () => {
  test('renders its title, dates, reading time, contents and numbered notes', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dharma Guardian');
    await expect(page.locator('.article-meta')).toContainText(/Published \d{1,2} \w+ \d{4}/);
    await expect(page.locator('.article-meta')).toContainText(/\d+ min read/);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc.getByRole('link', { name: 'Notes' })).toHaveAttribute('href', '#footnote-label');
    const notes = page.locator('section[data-footnotes] li');
    expect(await notes.count()).toBeGreaterThan(3);
    await expect(page.getByRole('heading', { level: 2, name: 'Notes' })).toBeVisible();
  });

  test('links every footnote reference to a note that exists', async ({ page }) => {
    await page.goto(ARTICLE);
    const hrefs = await page.locator('a[data-footnote-ref]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) await expect(page.locator(`li${href}`)).toHaveCount(1);
  });

  test('jumps from a footnote reference to its note and back', async ({ page }) => {
    await followFootnoteAndBack(page);
  });

  test('jumps to a note and back on a phone @phone', async ({ page }) => {
    await followFootnoteAndBack(page);
  });

  test('lands on a section below the header when a contents link is followed', async ({ page }) => {
    await page.goto(ARTICLE);
    const link = page.getByRole('navigation', { name: 'On this page' }).getByRole('link').first();
    const target = (await link.getAttribute('href')) ?? '';
    await link.click();
    await expectVisibleBelowHeader(page, page.locator(target));
  });

  test('shows an infobox and a one-row timeline drawn from the exercise data', async ({ page, basePath }) => {
    await page.goto(ARTICLE);
    const infobox = page.getByRole('complementary', { name: 'Dharma Guardian at a glance' });
    await expect(infobox).toContainText('Editions7 on record, 2018–2026');
    await expect(infobox.getByRole('link', { name: 'Dharma Guardian 2026' })).toHaveAttribute('href', '#edition-dharma-guardian-2026');
    const marks = page.getByRole('region', { name: 'On a timeline' }).locator('a.mark');
    await expect(marks).toHaveCount(7);
    await expect(marks.first()).toHaveAttribute('href', at(basePath, '/articles/dharma-guardian/#edition-dharma-guardian-2018'));
  });

  test('links to the previous and next articles in the order of the article index', async ({ page, basePath }) => {
    await page.goto('/articles/');
    const order = await page.locator('.article-list > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const index = order.indexOf(at(basePath, '/articles/jimex/'));
    expect(index).toBeGreaterThan(0);
    await page.goto('/articles/jimex/');
    const more = page.getByRole('navigation', { name: 'More articles' });
    await expect(more.locator('a[rel="prev"]')).toHaveAttribute('href', order[index - 1] ?? '');
    if (index + 1 < order.length) await expect(more.locator('a[rel="next"]')).toHaveAttribute('href', order[index + 1] ?? '');
  });

  test('shows the editions of an exercise from its data, each linked to a note that exists', async ({ page }) => {
    await page.goto(ARTICLE);
    const table = page.getByRole('table', { name: /every known edition/ });
    await expect(table.locator('tbody tr')).toHaveCount(7);
    await expect(table.locator('tbody tr').first()).toContainText('November 2018: a two-week exercise opening on a Thursday');
    const noteLink = table.locator('a.note-link').first();
    const href = (await noteLink.getAttribute('href')) ?? '';
    await expect(page.locator(`li${href}`)).toHaveCount(1);
    await noteLink.click();
    await expectVisibleBelowHeader(page, page.locator(`li${href}`));
  });

  test('reads, and follows notes, with JavaScript off', async ({ browser, basePath }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = baseAware(await context.newPage(), basePath);
    await page.goto(ARTICLE);
    await expect(page.locator('.prose p').first()).toBeVisible();
    const reference = page.locator('a[data-footnote-ref]').first();
    await reference.click();
    await expect(page).toHaveURL(/#user-content-fn-/);
    await context.close();
  });

  test('follows the reader’s colour scheme', async ({ browser, basePath }) => {
    const backgrounds = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = baseAware(await context.newPage(), basePath);
      await page.goto(ARTICLE);
      backgrounds.push(await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor));
      await context.close();
    }
    expect(backgrounds).toEqual(['rgb(255, 255, 255)', 'rgb(20, 22, 26)']);
  });
});

test.describe('the site', () => {
  test('home page lists the exercises covered and the articles', async ({ page, basePath }) => {
    await page.goto('/');
    const exercises = page.getByRole('region', { name: 'Exercises covered' });
    for (const name of ['Dharma Guardian', 'JIMEX', 'Malabar', 'Veer Guardian', 'Shinyuu Maitri', 'Tarang Shakti']) {
      await expect(exercises.getByRole('link', { name, exact: true })).toHaveAttribute('href', pathPattern(basePath, /^\/articles\/[a-z-]+\/$/));
    }
    // A place to start: the overview, every exercise and the data.
    const start = page.getByRole('region', { name: 'Where to start' }).getByRole('link');
    expect(await start.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).toEqual(
      ['/articles/india-japan-defence-partnership/', '/exercises/', '/data/'].map((path) => at(basePath, path)),
    );
    // Dated, newest first.
    const dates = await page.getByRole('region', { name: 'Latest articles' }).locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    // The newest article first; whichever it is, its link opens it.
    const newest = page.getByRole('region', { name: 'Latest articles' }).getByRole('listitem').first().getByRole('link').first();
    const title = (await newest.textContent())?.trim() ?? '';
    expect(title).not.toBe('');
    await newest.click();
    await expect(page).toHaveURL(/\/articles\/[a-z-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  // Each edition's index (issue 28): the sitemap lists both editions' articles, each under its prefix.
  for (const prefix of ['/', '/ja/']) {
    test(`article index ${prefix}articles/ lists every article of its edition the sitemap lists`, async ({ page, basePath }) => {
      const sitemap = await (await page.request.get(at(basePath, '/sitemap-0.xml'))).text();
      const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
      const articles = locs.filter((path) => new RegExp(`^${at(basePath, prefix)}articles/[^/]+/$`).test(path)).length;
      expect(articles).toBeGreaterThanOrEqual(12);
      await page.goto(`${prefix}articles/`);
      await expect(page.locator('.article-list > li')).toHaveCount(articles);
    });
  }

  test('tells search engines the canonical URL of each page', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/articles\/dharma-guardian\/$/);
  });
});

test.describe('a missing page', () => {
  test.use({ allowedErrors: [/404 \(Not Found\)/] });

  test('answers an unknown address with the 404 page and status 404', async ({ page, basePath }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'All articles' }).first()).toHaveAttribute('href', at(basePath, '/articles/'));
  });
});
