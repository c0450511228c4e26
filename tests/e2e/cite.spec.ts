import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { at, baseAware, expect, test } from './fixtures.ts';

const ARTICLE = '/articles/malabar/';
/** The article's last revision, as its frontmatter gives it, in the Chicago style's words, and
 * its version: 1 as published, one more per revision listed. */
const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(new URL('../../content/articles/malabar.md', import.meta.url), 'utf8'))?.[1] ?? '') as { pubDate: string; revisions?: { date: string }[] };
const revisions = frontmatter.revisions ?? [];
const lastModified = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(String(revisions.at(-1)?.date ?? frontmatter.pubDate)));
const version = revisions.length + 1;

test.describe('cite this article', () => {
  test('offers Chicago, APA, BibTeX, RIS and CSL-JSON with the permanent URL and today as the accessed date, and copies them', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ARTICLE);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    await page.getByText('Cite this article').click();
    const today = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric' }).format(new Date());
    const chicago = page.locator('[data-style="chicago"] .citation-text');
    await expect(chicago).toHaveText(`“Malabar.” India–Japan Defence Exercises. Version ${version}, last modified ${lastModified}. Accessed ${today}. ${canonical}.`);
    await expect(page.locator('[data-style="apa"] .citation-text')).toContainText(`Retrieved ${today}, from ${canonical}`);
    const todayIso = new Date().toISOString().slice(0, 10);
    await expect(page.locator('[data-style="bibtex"] .citation-text')).toContainText(`url = {${canonical}}`);
    await expect(page.locator('[data-style="bibtex"] .citation-text')).toContainText(`accessed ${todayIso}`);
    // The downloads carry the reader's date too.
    const text = async (format: string) => {
      const href = (await page.locator(`[data-download="${format}"]`).getAttribute('href')) ?? '';
      return decodeURIComponent(href.slice(href.indexOf(',') + 1));
    };
    const [year, month, day] = todayIso.split('-').map(Number);
    expect(await text('ris')).toContain(`UR  - ${canonical}`);
    expect(await text('ris')).toContain(`  - ${year}/${month}/${day}/`);
    expect(JSON.parse(await text('csl-json'))).toEqual([expect.objectContaining({ URL: canonical, accessed: { 'date-parts': [[year, month, day]] } })]);
    await page.getByRole('button', { name: 'Copy APA' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'APA copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('[data-style="apa"] .citation-text').textContent());
  });

  test('shows the citations as selectable text without JavaScript', async ({ browser, basePath }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = baseAware(await context.newPage(), basePath);
    await page.goto(ARTICLE);
    await page.getByText('Cite this article').click();
    await expect(page.locator('[data-style="chicago"] .citation-text')).toContainText('“Malabar.” India–Japan Defence Exercises.');
    await expect(page.getByRole('button', { name: 'Copy APA' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Download RIS' })).toHaveAttribute('download', 'malabar.ris');
    await context.close();
  });
});

test.describe('search and notes', () => {
  test('does not return a page for words found only in its notes', async ({ page, basePath }) => {
    // "navaltoday" appears only in note URLs and on the sources pages, never in article prose ("Naval Today").
    await page.goto('/search/?q=navaltoday');
    const results = page.getByRole('list', { name: 'Search results' }).getByRole('heading').getByRole('link');
    await expect(results.first()).toBeVisible();
    const paths = await results.evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', location.href).pathname));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(new RegExp(`^${at(basePath, '/sources/')}(\\d+/)?$`));
  });
});
