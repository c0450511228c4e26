/**
 * Both editions of the built site (issue 28): every page the sitemap lists is in its edition's
 * language, names its twin in the other one (hreflang alternates, the language switch, the
 * sitemap's xhtml:link), and those twins are built pages that name it back. A Japanese page
 * shows none of the interface's English words outside a passage marked lang="en…".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { DEFAULT_LANG, LANGUAGES, LANGUAGE_TAGS, langOfPath, pathInLanguage, type Lang } from '../../src/i18n/languages.ts';
import { BASE, DIST, fileForPath, isFile, listPages, readPage, sitemapLocations, siteOrigin } from '../support/built-site.ts';
import { englishPhrasesIn, interfacePhrases } from '../support/interface-phrases.ts';

const origin = siteOrigin();
const sitemapPaths = sitemapUrlSet();
const sitemapPages = listPages().filter((page) => sitemapPaths.has(page.url));

/** The path of every <loc> in the sitemap files. */
function sitemapUrlSet(): Set<string> {
  return new Set(sitemapEntries().map((entry) => entry.path));
}

/** Each sitemap <url>: its path and its xhtml:link alternates, language tag → path. */
function sitemapEntries(): { path: string; alternates: Map<string, string> }[] {
  const files = readdirSync(DIST).filter((name) => /^sitemap-.+\.xml$/.test(name) && name !== 'sitemap-index.xml');
  return files.flatMap((name) =>
    [...readFileSync(join(DIST, name), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)].map((match) => {
      const block = match[1] ?? '';
      const [loc = ''] = sitemapLocations(block);
      const alternates = new Map<string, string>();
      for (const link of block.matchAll(/<xhtml:link\b([^>]*)\/?>/g)) {
        const attrs = link[1] ?? '';
        const hreflang = /hreflang="([^"]*)"/.exec(attrs)?.[1];
        const href = /href="([^"]*)"/.exec(attrs)?.[1];
        if (/rel="alternate"/.test(attrs) && hreflang && href) alternates.set(hreflang, new URL(href.replace(/&amp;/g, '&')).pathname);
      }
      return { path: new URL(loc).pathname, alternates };
    }),
  );
}

/** The path an absolute or relative link on a page leads to, or undefined off the site. */
function pathOf(href: unknown, fromUrl: string): string | undefined {
  if (typeof href !== 'string') return undefined;
  const url = new URL(href, new URL(fromUrl, origin));
  return url.origin === origin ? url.pathname : undefined;
}

const builtPage = (path: string): boolean => isFile(join(DIST, fileForPath(decodeURIComponent(path))));

function hreflangAlternates(tree: Root, fromUrl: string): Map<string, string | undefined> {
  const alternates = new Map<string, string | undefined>();
  for (const link of selectAll('head link[rel~="alternate"][hreflang]', tree)) {
    alternates.set(String(link.properties['hrefLang']), pathOf(link.properties['href'], fromUrl));
  }
  return alternates;
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math']);

/** The text a reader meets on a page (screen-reader-only text included: it is read aloud),
 * leaving out hidden elements and passages marked as English. */
export function textOutsideEnglish(tree: Root): string {
  const parts: string[] = [];
  const walk = (nodes: (ElementContent | Root['children'][number])[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push(node.value);
      else if (node.type === 'element') {
        const element = node as Element;
        const lang = element.properties['lang'];
        if (SKIPPED.has(element.tagName) || element.properties['hidden'] !== undefined) continue;
        if (typeof lang === 'string' && /^en\b/i.test(lang)) continue;
        walk(element.children);
      }
    }
  };
  walk(tree.children);
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('the two editions', () => {
  it('lists both editions of every page in the sitemap', () => {
    const paths = [...sitemapPaths];
    const byLang = (lang: Lang) => paths.filter((path) => langOfPath(path, BASE) === lang).length;
    expect(byLang('ja')).toBeGreaterThan(0);
    expect(byLang('ja')).toBe(byLang(DEFAULT_LANG));
  });

  for (const page of sitemapPages) {
    it(`${page.url}: lang, hreflang alternates and the language switch`, () => {
      const { tree } = readPage(page);
      const lang = langOfPath(page.url, BASE);
      expect(select('html', tree)?.properties['lang'], 'html lang').toBe(LANGUAGE_TAGS[lang]);

      const alternates = hreflangAlternates(tree, page.url);
      const expected = new Map<string, string>([...LANGUAGES.map((each) => [LANGUAGE_TAGS[each], pathInLanguage(page.url, BASE, each)] as const), ['x-default', pathInLanguage(page.url, BASE, DEFAULT_LANG)]]);
      expect(alternates).toEqual(expected);
      for (const target of expected.values()) expect(builtPage(target), `alternate ${target} is a built page`).toBe(true);

      const other = LANGUAGES.find((each) => each !== lang) ?? lang;
      const twin = pathInLanguage(page.url, BASE, other);
      const { tree: twinTree } = readPage({ url: twin, file: fileForPath(decodeURIComponent(twin)) });
      expect(hreflangAlternates(twinTree, twin), `${twin} names the same alternates`).toEqual(expected);

      const switches = selectAll('a.language-switch', tree);
      expect(switches.length, 'language switches').toBeGreaterThan(0);
      for (const link of switches) {
        expect(pathOf(link.properties['href'], page.url), 'language switch href').toBe(twin);
        expect(link.properties['hrefLang']).toBe(LANGUAGE_TAGS[other]);
      }
    });
  }

  it('gives every sitemap entry xhtml:link alternates for both languages, pointing at each other', () => {
    const entries = sitemapEntries();
    const byPath = new Map(entries.map((entry) => [entry.path, entry]));
    const problems: string[] = [];
    for (const { path, alternates } of entries) {
      for (const lang of LANGUAGES) {
        const target = alternates.get(LANGUAGE_TAGS[lang]);
        if (target !== pathInLanguage(path, BASE, lang)) problems.push(`${path}: ${LANGUAGE_TAGS[lang]} → ${target ?? 'missing'}`);
        else if (!byPath.get(target)?.alternates.has(LANGUAGE_TAGS[langOfPath(path, BASE)])) problems.push(`${path}: ${target} does not name it back`);
        else if (!builtPage(target)) problems.push(`${path}: ${target} is not built`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('Japanese pages speak Japanese', () => {
  const phrases = interfacePhrases(en);

  it('finds the interface’s English phrases in en.ts, and finds them in text', () => {
    expect(phrases.length).toBeGreaterThan(5);
    expect(phrases).toContain('Skip to content');
    expect(phrases).toContain('Translation checked against the English on');
    const sample = { type: 'root', children: [] } as Root;
    expect(textOutsideEnglish(sample)).toBe('');
    expect(englishPhrasesIn('本文 Skip to content へ', phrases)).toEqual(['Skip to content']);
    expect(englishPhrasesIn('Skip to contents', phrases)).toEqual([]);
  });

  const japanese = sitemapPages.filter((page) => langOfPath(page.url, BASE) === 'ja');
  for (const page of japanese) {
    it(`${page.url} shows no English interface words outside lang="en" passages`, () => {
      const found = englishPhrasesIn(textOutsideEnglish(readPage(page).tree), phrases);
      expect(found.join(' | '), `${found.length} English interface phrase(s) on ${page.url}`).toBe('');
    });
  }
});
