/**
 * The Japanese edition's search (issue 28): a name typed on /ja/search/, in Japanese (with or
 * without its dot), in English, or a common Japanese term, finds the series' article in the
 * Japanese edition first: Pagefind's Japanese index (pages with <html lang="ja">), and the
 * Japanese vocabulary (/ja/search-vocabulary.json), whose names lead to /ja/ pages.
 */
import { expect, test } from './fixtures.ts';

const QUERIES: [string, string][] = [
  ['ダルマ・ガーディアン', '/ja/articles/dharma-guardian/'],
  ['ダルマガーディアン', '/ja/articles/dharma-guardian/'],
  ['陸上自衛隊', '/ja/articles/'],
  ['共同訓練', '/ja/articles/'],
  ['護衛艦', '/ja/articles/jimex/'],
  ['マラバール', '/ja/articles/malabar/'],
  ['シンユウ・マイトゥリ', '/ja/articles/shinyuu-maitri/'],
  ['JIMEX', '/ja/articles/jimex/'],
  ['Dharma Guardian', '/ja/articles/dharma-guardian/'],
];

/** The first result's path, without the base path, query or hash. */
function pathOf(href: string, basePath: string): string {
  const path = new URL(href, 'https://site.invalid').pathname;
  return path.startsWith(basePath) ? `/${path.slice(basePath.length)}` : path;
}

for (const [query, expected] of QUERIES) {
  test(`on /ja/search/, “${query}” finds ${expected}`, async ({ page, basePath }) => {
    await page.goto(`/ja/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const status = page.getByRole('status');
    await expect(status).not.toHaveText('');
    const results = page.locator('site-search > ol.results > li');
    await expect(results.first()).toBeVisible();
    const first = pathOf((await results.first().getByRole('heading').getByRole('link').getAttribute('href')) ?? '', basePath);
    // The generic terms (陸上自衛隊, 共同訓練) are in several articles: any Japanese article will do.
    if (expected.endsWith('/articles/')) expect(first).toMatch(/^\/ja\/articles\/[^/]+\/$/);
    else expect(first).toBe(expected);
    // Every result is a page of the Japanese edition.
    const hrefs = await results.locator('h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    for (const href of hrefs) expect(pathOf(href, basePath)).toMatch(/^\/ja\//);
  });
}
