/**
 * Articles carry text and links only. Their Markdown may one day come from other hands, so
 * nothing in an article's header or body may run code or embed another document, and
 * article pages load no JavaScript but the note previews, citation tools, Markdown copy, search dialog and search highlighting, module files
 * from this origin:
 * reading needs none (the browser tests read an article with JavaScript off).
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { attributeValues, elementLabel, isArticlePage, listPages, parseHtml, readPage } from '../support/built-site.ts';

/** The parts of an article page written by the article's author, not by the site's templates. */
const ARTICLE_PARTS = ['.article-header', '.article-body'];

/** Elements that run code or embed another document. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset']);

/** hast properties that hold a URL a browser may navigate to or load. */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'cite', 'data', 'poster', 'srcSet', 'xLinkHref', 'background'];

/** Browsers ignore ASCII whitespace and control characters inside a URL's scheme. */
function isScriptUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what browsers strip
  return url.replace(/[\u0000-\u0020]/g, '').toLowerCase().startsWith('javascript:');
}

function elementProblems(element: Element): string[] {
  const problems: string[] = [];
  if (ACTIVE_ELEMENTS.has(element.tagName)) problems.push(`${elementLabel(element)} element`);
  for (const property of Object.keys(element.properties)) {
    // hast names known handlers onClick, onLoad…; unknown ones keep their lower-case name.
    if (/^on/i.test(property)) problems.push(`${elementLabel(element)} has event-handler attribute ${property.toLowerCase()}`);
  }
  for (const property of URL_PROPERTIES) {
    for (const value of attributeValues(element, property)) {
      if (isScriptUrl(value)) problems.push(`${elementLabel(element, property.toLowerCase(), value)} is a javascript: URL`);
    }
  }
  return problems;
}

/** Anything in an article's header or body that could run code or embed a document. */
export function unsafeArticleContent(url: string, tree: Root): string[] {
  return ARTICLE_PARTS.flatMap((part) => {
    // Every one: an article's body comes in two parts, its lead and the rest.
    const containers = selectAll(part, tree);
    if (containers.length === 0) return [`${url}: no ${part} element`];
    return containers.flatMap((container) => [container, ...selectAll('*', container)]).flatMap((element) => elementProblems(element).map((problem) => `${url} ${part}: ${problem}`));
  });
}

/** Every script an article page would load or run, wherever it sits on the page. */
export function scriptsOnPage(url: string, tree: Root): string[] {
  // JSON-LD is a data block, never run: it is not JavaScript.
  const scripts = selectAll('script:not([type="application/ld+json"]), link[rel~=modulepreload]', tree);
  return scripts.map((element) => {
    const source = attributeValues(element, element.tagName === 'script' ? 'src' : 'href')[0];
    return `${url}: ${source === undefined ? 'inline <script>' : elementLabel(element, element.tagName === 'script' ? 'src' : 'href', source)}`;
  });
}

const articles = listPages().filter((page) => isArticlePage(page.url));

describe('article pages of the built site', () => {
  it('include at least one article', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  for (const page of articles) {
    it(`keep scripts, event handlers, javascript: URLs and embeds out of ${page.url}`, () => {
      expect(unsafeArticleContent(page.url, readPage(page).tree)).toEqual([]);
    });

    it(`load no JavaScript on ${page.url} but the note previews, citation tools, Markdown copy, search dialog and search highlighting`, () => {
      const scripts = scriptsOnPage(page.url, readPage(page).tree);
      expect(scripts.every((script) => /<script src="\/_astro\/(NotePreviewsScript|CiteThis|CopyMarkdown|SearchDialog|SearchHighlightScript)\.[^"]+\.js">$/.test(script)), scripts.join('\n')).toBe(true);
      expect(scripts.length).toBeLessThanOrEqual(5);
    });
  }
});

describe('the article safety checks', () => {
  const page = (body: string) =>
    parseHtml(`<!doctype html><title>t</title><header class="article-header"><h1>T</h1></header><div class="article-body">${body}</div>`);

  it('accept plain text, links and images', () => {
    const tree = page('<p>Text <a href="https://example.org/">link</a> <img src="/a.png" alt="A"></p>');
    expect(unsafeArticleContent('/a/', tree)).toEqual([]);
    expect(scriptsOnPage('/a/', tree)).toEqual([]);
  });

  it('report scripts, handlers, javascript: URLs and embeds in the body', () => {
    const tree = page(
      '<script>alert(1)</script><img src="x.png" alt="" onerror="alert(1)"><a href=" JavaScript:alert(1)">x</a>' +
        '<iframe src="https://example.org/"></iframe><object data="x.swf"></object><embed src="x.swf">',
    );
    expect(unsafeArticleContent('/a/', tree)).toEqual([
      '/a/ .article-body: <script> element',
      '/a/ .article-body: <img> has event-handler attribute onerror',
      '/a/ .article-body: <a href=" JavaScript:alert(1)"> is a javascript: URL',
      '/a/ .article-body: <iframe> element',
      '/a/ .article-body: <object> element',
      '/a/ .article-body: <embed> element',
    ]);
  });

  it('report a page without the article parts it checks', () => {
    expect(unsafeArticleContent('/a/', parseHtml('<p>no article</p>'))).toEqual(['/a/: no .article-header element', '/a/: no .article-body element']);
  });

  it('report any script on the page, inline or loaded', () => {
    const tree = parseHtml('<head><script type="module" src="/_astro/x.js"></script><link rel="modulepreload" href="/_astro/y.js"></head><body><script>1</script></body>');
    expect(scriptsOnPage('/a/', tree)).toEqual([
      '/a/: <script src="/_astro/x.js">',
      '/a/: <link href="/_astro/y.js">',
      '/a/: inline <script>',
    ]);
  });
});
