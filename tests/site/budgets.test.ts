/**
 * Size budgets per page type, gzipped as a server would send them: the HTML, the CSS a page
 * links, the JavaScript it runs on load (scripts and their static imports), and for articles
 * the HTML around the article text. Code a page imports only when the reader searches
 * (Pagefind) is reported as "on demand" and not counted against the page.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, attributeValues, isArticlePage, isFile, listPages, readPage, resolveInternal, siteOrigin, type Page } from '../support/built-site.ts';

type PageType = 'home' | 'articleIndex' | 'article' | 'search' | 'notFound' | 'sources' | 'exercises';

/** kB here is 1000 bytes, as size-limit (and so Starlight's budgets) counts it. */
const kB = 1000;

/** Every limit in gzipped bytes. Per-type limits are about 1.5 × that type's size when the budget
 * was set (2026-11-22, three articles), rounded up to a whole kB and never above the ceiling. */
export const BUDGETS = {
  /** Starlight's size-limit budgets (withastro/starlight, package.json "size-limit":
   * /_astro/*.css 16.75 kB, /_astro/*.js 27 kB, gzipped): the most any page's limit may be. */
  ceiling: { css: 16.75 * kB, js: 27 * kB },
  /** Measured 2026-11-22: home 2.57 kB, article index 2.44, articles 2.84, search 2.48, 404 2.18. */
  css: { home: 4 * kB, articleIndex: 4 * kB, article: 6 * kB, search: 4 * kB, notFound: 4 * kB, sources: 4 * kB, exercises: 4 * kB },
  /** Every page loads the search dialog's opener (1.3 kB measured; the search itself loads on
   * use); articles add the note previews and citation tools (3.35 kB in all); the search page
   * runs the search (about 3.3 kB). Reading never needs any of it. */
  js: { home: 2 * kB, articleIndex: 2 * kB, article: 5 * kB, search: 5 * kB, notFound: 2 * kB, sources: 2 * kB, exercises: 3 * kB },
  /** The site's chrome around an article's text (header, contents, footer): the brief's 7 kB. */
  articleHtmlBeyondText: 7 * kB,
} as const;

/** Gzipped sizes in bytes of what one page loads. */
export interface PageFigures {
  html: number;
  css: number;
  js: number;
  onDemandJs: number;
  /** Articles only: the page with its content (see ARTICLE_CONTENT) removed. */
  htmlBeyondText: number | undefined;
}

const gzipSize = (content: string | Buffer): number => gzipSync(content, { level: 9 }).length;

/** `import … from "x"`, `import "x"` and `export … from "x"`, as bundlers write them. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"'\n]+)["']/g;
/** `import("x")` or import(`x`) with a literal specifier: loaded only when that code runs. */
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?(?:"([^"\n]+)"|'([^'\n]+)'|`([^`$\n]+)`)\s*\)/g;
/** `<script>` types that run as JavaScript (not JSON-LD or import maps). */
const JS_TYPE = /^(?:|module|(?:text|application)\/(?:java|ecma)script)$/i;

/** A URL as written in `from`, the page or module that loads it. */
interface ModuleRef {
  ref: string;
  from: string;
}

function importsIn(code: string, from: string): { static: ModuleRef[]; dynamic: ModuleRef[] } {
  return {
    static: [...code.matchAll(STATIC_IMPORT)].map((match) => ({ ref: match[1] ?? '', from })),
    dynamic: [...code.matchAll(DYNAMIC_IMPORT)].map((match) => ({ ref: match[1] ?? match[2] ?? match[3] ?? '', from })),
  };
}

/** Files reached from `start` through static imports (CSS `@import` included: it loads too),
 * and the dynamic imports met on the way. */
function staticClosure(start: ModuleRef[], skip: ReadonlySet<string>, dist: string, origin: string, dynamic: ModuleRef[] = []): { files: Set<string>; dynamic: ModuleRef[] } {
  const files = new Set<string>();
  const queue = [...start];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const target = resolveInternal(next.ref, next.from, origin);
    if (!target) throw new Error(`${next.from} loads ${next.ref} from another host; its size cannot be measured offline`);
    if (files.has(target.file) || skip.has(target.file)) continue;
    if (!isFile(join(dist, target.file))) throw new Error(`${next.from} loads ${next.ref}, but dist/${target.file} does not exist`);
    files.add(target.file);
    const imports = importsIn(readFileSync(join(dist, target.file), 'utf8'), `/${target.file}`);
    queue.push(...imports.static);
    dynamic.push(...imports.dynamic);
  }
  return { files, dynamic };
}

const sumGzip = (files: Iterable<string>, dist: string): number => [...files].reduce((sum, file) => sum + gzipSize(readFileSync(join(dist, file))), 0);

/** The article's own content: its Markdown body and, on an exercise's article, the editions
 * drawn from its data (timeline, map, table). What is left is the site's template. */
const ARTICLE_CONTENT = ['.article-body', '.editions-data'];

/** The HTML with the article's content cut out, by source offsets, so the rest stays byte-identical. */
function withoutArticleText(html: string, tree: Root): string | undefined {
  if (!select('.article-body', tree)) return undefined;
  const spans = ARTICLE_CONTENT.flatMap((selector) => {
    const element = select(selector, tree);
    const start = element?.children[0]?.position?.start.offset;
    const end = element?.children.at(-1)?.position?.end.offset;
    return start === undefined || end === undefined ? [] : [[start, end] as const];
  }).sort((a, b) => b[0] - a[0]);
  return spans.reduce((rest, [start, end]) => rest.slice(0, start) + rest.slice(end), html);
}

/** The gzipped figures of one page of a built site in `dist`, all assets resolved inside it. */
export function pageFigures(page: Page, dist: string, origin: string): PageFigures {
  const { html, tree } = readPage(page, dist);
  const refs = (selector: string, property: string): ModuleRef[] =>
    selectAll(selector, tree).flatMap((element) => attributeValues(element, property).map((ref) => ({ ref, from: page.url })));
  const css = staticClosure(refs('link[rel~=stylesheet][href]', 'href'), new Set(), dist, origin).files;
  const inline = selectAll('script:not([src])', tree).filter((script) => JS_TYPE.test(attributeValues(script, 'type')[0] ?? ''));
  const inlineCode = inline.map((script) => toString(script)); // counted as JS, though it travels in the HTML
  const inlineImports = inlineCode.map((code) => importsIn(code, page.url));
  const loaded = [...refs('script[src]', 'src'), ...refs('link[rel~=modulepreload][href]', 'href'), ...inlineImports.flatMap((i) => i.static)];
  const onLoad = staticClosure(loaded, new Set(), dist, origin, inlineImports.flatMap((i) => i.dynamic));
  const later = new Set<string>();
  for (let pending = onLoad.dynamic; pending.length > 0; ) {
    const reached = staticClosure(pending, new Set([...onLoad.files, ...later]), dist, origin);
    for (const file of reached.files) later.add(file);
    pending = reached.dynamic;
  }
  const beyond = withoutArticleText(html, tree);
  return {
    html: gzipSize(html),
    css: sumGzip(css, dist),
    js: sumGzip(onLoad.files, dist) + inlineCode.reduce((total, code) => total + gzipSize(code), 0),
    onDemandJs: sumGzip(later, dist),
    htmlBeyondText: beyond === undefined ? undefined : gzipSize(beyond),
  };
}

const SINGLE_PAGES: Readonly<Record<string, PageType>> = { '/': 'home', '/articles/': 'articleIndex', '/search/': 'search', '/404.html': 'notFound', '/sources/': 'sources', '/exercises/': 'exercises' };

/** Which budget a page falls under; undefined for a page type with no budget yet. */
export function pageType(url: string): PageType | undefined {
  return SINGLE_PAGES[url] ?? (isArticlePage(url) ? 'article' : undefined);
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
      '<script type="module" src="/_astro/entry.js"></script><script>window.x=1</script><script type="application/ld+json">{}</script><main><div class="article-body"><p>Long article text.</p></div></main>',
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
      htmlBeyondText: gzipSize((files['articles/a/index.html'] ?? '').replace('<p>Long article text.</p>', '')),
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
