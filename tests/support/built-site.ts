/**
 * Helpers over the built site in dist/, shared by the site checks (tests/site) and the
 * external-link report: which pages to check, how to read them, and where a link leads.
 * The site is built with `build.format: 'directory'` and `trailingSlash: 'always'`, at the root
 * unless SITE_DIR and BASE_PATH name a build for a sub-path (tests/vitest.base-path.config.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

/** The build output every check reads: one definition, so tests and scripts agree on it. */
export const DIST = process.env['SITE_DIR'] ? `${resolve(process.env['SITE_DIR'])}/` : fileURLToPath(new URL('../../dist/', import.meta.url));

/** The base path that build was made for: every URL of the site starts with it. */
export const BASE = process.env['BASE_PATH'] ?? '/';

/** A page to check: its URL path on the site and its file, relative to dist/. */
export interface Page {
  url: string;
  file: string;
}

/** Where an internal URL leads: a file relative to dist/ and the decoded fragment ('' if none). */
export interface Target {
  file: string;
  fragment: string;
}

/** Pages the sitemap leaves out on purpose but that readers still reach. */
const UNLISTED_PAGES: readonly Page[] = [
  { url: `${BASE}404.html`, file: '404.html' },
  { url: `${BASE}search/`, file: 'search/index.html' },
];

/** Stops the checks with the fix when there is no build, so a missing dist/ never reads as a site bug. */
export function assertBuilt(dist: string = DIST): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`No built site in ${dist}: run npm run build first.`);
  }
}

/** The `<loc>` URLs of a sitemap: the checks cover exactly the pages search engines are told about. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => decodeXml(match[1] ?? ''));
}

function decodeXml(text: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? '');
}

/** The file dist/ serves for a URL path: a directory URL means its index.html, as the build
 * writes it. A path outside the base path names no file, so a link to it counts as broken. */
export function fileForPath(pathname: string, base = BASE): string {
  if (!pathname.startsWith(base)) return `(outside the base path ${base})${pathname}`;
  const path = pathname.slice(base.length).replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

function sitemapFiles(dist: string): string[] {
  const files = readdirSync(dist).filter((name) => /^sitemap-.+\.xml$/.test(name) && name !== 'sitemap-index.xml');
  if (files.length === 0) throw new Error(`No sitemap-*.xml in ${dist}: run npm run build first.`);
  return files;
}

function sitemapUrls(dist: string): URL[] {
  return sitemapFiles(dist).flatMap((name) => sitemapLocations(readFileSync(join(dist, name), 'utf8')).map((loc) => new URL(loc)));
}

/** The site's origin as the sitemap states it (SITE_URL), so absolute links to the site count as internal. */
export function siteOrigin(dist: string = DIST): string {
  assertBuilt(dist);
  const [first] = sitemapUrls(dist);
  if (!first) throw new Error(`The sitemap in ${dist} lists no URL.`);
  return first.origin;
}

/** Every page the checks cover: the sitemap's URLs, then the 404 and search pages it leaves out. */
export function listPages(dist: string = DIST): Page[] {
  assertBuilt(dist);
  const listed = sitemapUrls(dist).map((url) => ({ url: url.pathname, file: fileForPath(decodeURIComponent(url.pathname)) }));
  const pages = [...listed, ...UNLISTED_PAGES.filter((extra) => !listed.some((page) => page.url === extra.url))];
  for (const page of pages) {
    if (!isFile(join(dist, page.file))) throw new Error(`${page.url} is listed but dist/${page.file} does not exist.`);
  }
  return pages;
}

/** Every file of a built site: its path from the site folder ("/articles/jimex/index.html") and size. */
export function siteFiles(dist: string = DIST): { path: string; size: number }[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const absolute = join(entry.parentPath, entry.name);
      return { path: `/${absolute.slice(dist.length).replace(/\\/g, '/').replace(/^\/+/, '')}`, size: statSync(absolute).size };
    });
}

/** Whether dist/ has a file (not a directory) at a path: what a static server can send. */
export function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/** An English article page (/articles/<slug>/), the type of page held to the strictest rules. */
export function isArticlePage(url: string): boolean {
  return url.startsWith(BASE) && /^articles\/[^/]+\/$/.test(url.slice(BASE.length));
}

/** An article's page in the Japanese edition (/ja/articles/<slug>/). */
export function isJapaneseArticlePage(url: string): boolean {
  return url.startsWith(BASE) && /^ja\/articles\/[^/]+\/$/.test(url.slice(BASE.length));
}

/** Parses HTML as a browser would, keeping source positions for offsets and messages. */
export function parseHtml(html: string): Root {
  return fromHtml(html);
}

/** A page's HTML text and parsed tree, read once for every check that needs both. */
export function readPage(page: Page, dist: string = DIST): { html: string; tree: Root } {
  const html = readFileSync(join(dist, page.file), 'utf8');
  return { html, tree: parseHtml(html) };
}

/**
 * Where a link leads inside the site, resolved as a browser would against the page's URL:
 * root-relative, relative, or absolute on the site's own origin. Undefined for anything else
 * (another host, mailto:, javascript:): those are not files in dist/.
 */
export function resolveInternal(ref: string, fromUrl: string, origin: string, base = BASE): Target | undefined {
  const url = new URL(ref.trim(), new URL(fromUrl, origin));
  if (url.origin !== new URL(origin).origin) return undefined;
  return { file: fileForPath(decodeURIComponent(url.pathname), base), fragment: decodeURIComponent(url.hash.replace(/^#/, '')) };
}

/** Every id on a page in document order, duplicates kept so callers can find them. */
export function elementIds(tree: Root): string[] {
  return selectAll('[id]', tree).flatMap((element) => {
    const id = element.properties['id'];
    return typeof id === 'string' ? [id] : [];
  });
}

/** The values of an attribute as strings (hast stores some as lists, e.g. rel and srcset). */
export function attributeValues(element: Element, property: string): string[] {
  const value = element.properties[property];
  if (Array.isArray(value)) return value.map(String);
  if (value === undefined || value === null || value === false) return [];
  return [String(value)];
}

/** `<tag attr="value">`: how failure messages name the offending element. */
export function elementLabel(element: Element, attribute?: string, value?: string): string {
  if (attribute === undefined) return `<${element.tagName}>`;
  return `<${element.tagName} ${attribute}="${value ?? attributeValues(element, attribute).join(' ')}">`;
}
