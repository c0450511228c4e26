/**
 * Size budgets per page type, gzipped as a server would send them: the HTML, the CSS a page
 * links, the JavaScript it runs on load (scripts and their static imports), and for articles
 * the HTML around the article text. Code a page imports only when the reader searches
 * (Pagefind) is reported as "on demand" and not counted against the page.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, isArticlePage, listPages, siteOrigin, type Page } from '../support/built-site.ts';
import { gzipSize, pageFigures, type PageFigures } from '../support/page-figures.ts';

type PageType = 'home' | 'articleIndex' | 'article' | 'search' | 'notFound' | 'sources' | 'exercises' | 'explorer' | 'data';

/** kB here is 1000 bytes, as size-limit (and so Starlight's budgets) counts it. */
const kB = 1000;

/** Every limit in gzipped bytes. Per-type limits are about 1.5 × that type's size when the budget
 * was set (2026-11-22, three articles), rounded up to a whole kB and never above the ceiling. */
export const BUDGETS = {
  /** Starlight's size-limit budgets (withastro/starlight, package.json "size-limit":
   * /_astro/*.css 16.75 kB, /_astro/*.js 27 kB, gzipped): the most any page's limit may be. */
  ceiling: { css: 16.75 * kB, js: 27 * kB },
  /** Measured 2026-11-22: home 2.57 kB, article index 2.44, articles 2.84, search 2.48, 404 2.18.
   * The exercises index, 4.13 kB on 2026-11-27 once its tables turned into cards on a phone
   * and its timelines got a shared key, has 5 kB. The data page (2026-11-27) is prose and a
   * table, like the bibliography: the same limits. Articles, 6.27 kB on 2026-12-05 once
   * editions became labelled cards, map marks clustered with their names on focus and charts
   * cued their scroll (issue 24), have 7 kB. The explorer of every edition (2026-12-06): a form
   * and one table, 4.42 kB. Sharing ScrollRegion's styles with the explorer made them a file of
   * their own, gzipped apart: the exercises index went from just under 5 kB to 5.11 kB for the
   * same rules. The print styles every page shares (issue 27: the heading with the site and
   * address, screen furniture left off paper, no orphaned heading) added about 0.4 kB on
   * 2026-12-06 (/sources/ 4.32 kB, /exercises/ 5.27): half a kB more each. Articles reached
   * 7.07 kB the same day with their history and corrections, paragraph links and the print
   * styles: 7.5 kB. Japanese typography (issue 28: faces, kinsoku, leading for :lang(ja)), shared
   * by every page, added 0.16 kB the same day: /sources/ reached 4.54 kB, so 5 kB. */
  css: { home: 4.5 * kB, articleIndex: 4.5 * kB, article: 7.5 * kB, search: 4.5 * kB, notFound: 4.5 * kB, sources: 5 * kB, exercises: 6 * kB, explorer: 5.5 * kB, data: 4.5 * kB },
  /** Every page loads the search dialog's opener (1.3 kB measured; the search itself loads on
   * use); articles add the note previews and citation tools (3.35 kB in all), and since
   * 2026-12-06 the "Copy as Markdown" button (0.37 kB; 5.05 kB in all, so 6 kB); the search page
   * runs the search: 3.3 kB, then 6.0 kB on 2026-11-27 once it checks every word of a query
   * against the pages, corrects typos word by word and lands names on their rows (7 kB).
   * The explorer's filters, URL state and downloads add about 1.7 kB to the opener (4 kB).
   * Reading never needs any of it. The search page grew to 7.40 kB on 2026-12-06 once it reads
   * its words from the page (either language) and matches Japanese names (kana composed,
   * separators dropped, words found inside unspaced text): 7.5 kB. */
  js: { home: 2 * kB, articleIndex: 2 * kB, article: 6 * kB, search: 7.5 * kB, notFound: 2 * kB, sources: 2 * kB, exercises: 3 * kB, explorer: 4 * kB, data: 2 * kB },
  /** The site's chrome around an article's text (header, contents, footer): the brief's 7 kB. */
  articleHtmlBeyondText: 7 * kB,
} as const;

const SINGLE_PAGES: Readonly<Record<string, PageType>> = { '/': 'home', '/articles/': 'articleIndex', '/search/': 'search', '/404.html': 'notFound', '/sources/': 'sources', '/exercises/': 'exercises', '/exercises/explorer/': 'explorer', '/data/': 'data', '/data/changes/': 'data', '/method/': 'data', '/corrections/': 'data', '/terms/': 'data' };

/** Which budget a page falls under; undefined for a page type with no budget yet. */
export function pageType(url: string): PageType | undefined {
  // A Japanese page (/ja/…) is its English twin's type: the same page in other words.
  const path = url.replace(/^\/ja(?=\/)/, '');
  return SINGLE_PAGES[path === '/404/' ? '/404.html' : path] ?? (isArticlePage(path) ? 'article' : /\/sources\/\d+\/$/.test(path) ? 'sources' : undefined);
}

const size = (bytes: number, limit?: number): string => (bytes / kB).toFixed(2) + (limit === undefined ? '' : `/${limit / kB}`);

function tableLine(page: Page, type: PageType, figures: PageFigures): string {
  const { html, css, js, onDemandJs, htmlBeyondText } = figures;
  const beyond = htmlBeyondText === undefined ? '' : ` | beyond article text ${size(htmlBeyondText, BUDGETS.articleHtmlBeyondText)}`;
  return `${page.url.padEnd(28)} ${type.padEnd(12)} HTML ${size(html)} | CSS ${size(css, BUDGETS.css[type])} | JS ${size(js, BUDGETS.js[type])} | JS on demand ${size(onDemandJs)}${beyond}`;
}

describe('size budgets of the built site (gzipped kB: figure/limit)', () => {
  const origin = siteOrigin();
  const measured = listPages().map((page) => ({ page, type: pageType(page.url), figures: pageFigures(page, DIST, origin) }));

  beforeAll(() => {
    for (const { page, type, figures } of measured) if (type) console.log(tableLine(page, type, figures));
  });

  it('keeps every per-page limit within Starlight’s budgets', () => {
    for (const limits of Object.values(BUDGETS.css)) expect(limits).toBeLessThanOrEqual(BUDGETS.ceiling.css);
    for (const limits of Object.values(BUDGETS.js)) expect(limits).toBeLessThanOrEqual(BUDGETS.ceiling.js);
  });

  for (const { page, type, figures } of measured) {
    it(`keeps ${page.url} within its budget`, () => {
      if (!type) throw new Error(`${page.url} has no page type in budgets.test.ts: give it one and a budget in BUDGETS`);
      expect(figures.css, `${page.url} CSS, gzipped bytes`).toBeLessThanOrEqual(BUDGETS.css[type]);
      expect(figures.js, `${page.url} JS on page load, gzipped bytes`).toBeLessThanOrEqual(BUDGETS.js[type]);
      if (type === 'article') {
        expect(figures.htmlBeyondText, `${page.url} HTML beyond the article text, gzipped bytes`).toBeLessThanOrEqual(BUDGETS.articleHtmlBeyondText);
      }
    });
  }
});

describe('page figures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
  const files: Record<string, string> = {
    'articles/a/index.html':
      '<!doctype html><title>A</title><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="../../_astro/b.css">' +
      '<script type="module" src="/_astro/entry.js"></script><script>window.x=1</script><script type="application/ld+json">{"citation":[]}</script><main><div class="article-body"><p>Long article text.</p></div></main>',
    '_astro/a.css': 'body{margin:0}',
    '_astro/b.css': 'p{color:red}',
    '_astro/entry.js': 'import{x as e}from"./chunk.js";import"./side.js";e(()=>import(`/lazy/search.js`));',
    '_astro/chunk.js': 'export const x=f=>f();',
    '_astro/side.js': 'console.log(1);',
    'lazy/search.js': 'import"./helper.js";export{};',
    'lazy/helper.js': 'export const h=1;',
  };
  const sizeOf = (...names: string[]) => names.reduce((total, name) => total + gzipSize(files[name] ?? ''), 0);

  beforeAll(() => {
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('sums linked CSS, JS run on load with its static imports, and dynamic imports separately', () => {
    const figures = pageFigures({ url: '/articles/a/', file: 'articles/a/index.html' }, dir, 'https://example.org');
    expect(figures).toEqual({
      html: sizeOf('articles/a/index.html'),
      css: sizeOf('_astro/a.css', '_astro/b.css'),
      js: sizeOf('_astro/entry.js', '_astro/chunk.js', '_astro/side.js') + gzipSize('window.x=1'),
      onDemandJs: sizeOf('lazy/search.js', 'lazy/helper.js'),
      htmlBeyondText: gzipSize((files['articles/a/index.html'] ?? '').replace('<p>Long article text.</p>', '').replace('{"citation":[]}', '')),
    });
  });

  it('fails naming the page and the missing file when a script is not in dist', () => {
    writeFileSync(join(dir, 'broken.html'), '<!doctype html><title>B</title><script src="/_astro/gone.js"></script>');
    expect(() => pageFigures({ url: '/broken.html', file: 'broken.html' }, dir, 'https://example.org')).toThrow(
      '/broken.html loads /_astro/gone.js, but dist/_astro/gone.js does not exist',
    );
  });

  it('sorts each page of the site under its budget type', () => {
    const urls = ['/', '/articles/', '/articles/malabar/', '/search/', '/404.html', '/tags/'];
    expect(urls.map(pageType)).toEqual(['home', 'articleIndex', 'article', 'search', 'notFound', undefined]);
  });
});
