/**
 * No broken internal links: every internal URL on every page resolves to a file in dist/,
 * every fragment (section links, footnote references and back-links) to an id on its target
 * page, and no page repeats an id (a repeated id makes a fragment ambiguous).
 * External links are not fetched here (see `npm run check:external-links`).
 */
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import {
  BASE,
  DIST,
  attributeValues,
  elementIds,
  elementLabel,
  isFile,
  listPages,
  parseHtml,
  readPage,
  resolveInternal,
  siteOrigin,
} from '../support/built-site.ts';

/** The files a page's links may point at: dist/ for the real site, a map for the tests below. */
interface SiteFiles {
  exists(file: string): boolean;
  /** Ids on an HTML file; undefined for other files, whose fragments are not checked. */
  ids(file: string): ReadonlySet<string> | undefined;
}

/** Elements that load or link to a URL, the HTML attribute and hast property holding it. */
const LINKING = [
  { selector: 'a[href]', attribute: 'href', property: 'href' },
  { selector: 'link[href]', attribute: 'href', property: 'href' },
  { selector: 'script[src]', attribute: 'src', property: 'src' },
  { selector: 'img[src]', attribute: 'src', property: 'src' },
  { selector: 'img[srcset]', attribute: 'srcset', property: 'srcSet' },
  { selector: 'source[srcset]', attribute: 'srcset', property: 'srcSet' },
  { selector: 'form[action]', attribute: 'action', property: 'action' },
] as const;

/** The URLs in an attribute: srcset holds a comma-separated list of "url descriptor" pairs. */
function urlsIn(element: Element, attribute: string, property: string): string[] {
  const values = attributeValues(element, property);
  if (attribute !== 'srcset') return values;
  return values.flatMap((candidate) => candidate.split(',')).flatMap((candidate) => candidate.trim().split(/\s+/, 1)).filter(Boolean);
}

function duplicateIdProblems(url: string, tree: Root): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of elementIds(tree)) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated].map((id) => `${url}: id "${id}" is used more than once`);
}

/** Every broken internal link, missing fragment and repeated id on one page, as readable lines. */
export function linkProblems(page: { url: string; tree: Root }, site: SiteFiles, origin: string, base = BASE): string[] {
  const problems = duplicateIdProblems(page.url, page.tree);
  for (const { selector, attribute, property } of LINKING) {
    for (const element of selectAll(selector, page.tree)) {
      for (const ref of urlsIn(element, attribute, property)) {
        const where = `${page.url}: ${elementLabel(element, attribute, ref)}`;
        let target;
        try {
          target = resolveInternal(ref, page.url, origin, base);
        } catch {
          problems.push(`${where} is not a valid URL`);
          continue;
        }
        if (!target) continue; // another host, mailto:, …: not a file in dist/
        if (!site.exists(target.file)) {
          problems.push(`${where} leads to dist/${target.file}, which does not exist`);
          continue;
        }
        const ids = site.ids(target.file);
        const fragment = target.fragment;
        if (!ids || fragment === '' || fragment.toLowerCase() === 'top' || ids.has(fragment)) continue;
        problems.push(`${where} points at #${fragment}, but dist/${target.file} has no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}

/** dist/ as a SiteFiles, parsing each HTML file once however many pages link to it. */
function distFiles(dist: string): SiteFiles {
  const cache = new Map<string, ReadonlySet<string>>();
  return {
    exists: (file) => isFile(join(dist, file)),
    ids(file) {
      if (!file.endsWith('.html')) return undefined;
      let ids = cache.get(file);
      if (!ids) {
        ids = new Set(elementIds(readPage({ url: file, file }, dist).tree));
        cache.set(file, ids);
      }
      return ids;
    },
  };
}

describe('internal links on the built site', () => {
  const origin = siteOrigin();
  const site = distFiles(DIST);
  for (const page of listPages()) {
    it(`resolves every internal link and fragment on ${page.url}`, () => {
      expect(linkProblems({ url: page.url, tree: readPage(page).tree }, site, origin)).toEqual([]);
    });
  }
});

describe('the link checker', () => {
  const origin = 'https://example.org';
  const other = '<!doctype html><title>t</title><h2 id="present">P</h2>';

  /** Checks a page at /page/ whose body is `body`, on a site that also has /other/ and /style.css. */
  function check(body: string): string[] {
    const html = `<!doctype html><title>t</title>${body}`;
    const files = new Map([
      ['page/index.html', html],
      ['other/index.html', other],
      ['style.css', ''],
    ]);
    const memory: SiteFiles = {
      exists: (file) => files.has(file),
      ids: (file) => (file.endsWith('.html') ? new Set(elementIds(parseHtml(files.get(file) ?? ''))) : undefined),
    };
    return linkProblems({ url: '/page/', tree: parseHtml(html) }, memory, origin, '/');
  }

  it('accepts links to existing files, ids on other pages and external hosts', () => {
    const body =
      '<link rel="stylesheet" href="/style.css"><p id="here"><a href="#here">a</a> <a href="../other/#present">b</a>' +
      ' <a href="https://example.org/other/">c</a> <a href="https://elsewhere.test/x">d</a> <a href="mailto:x@example.org">e</a></p>';
    expect(check(body)).toEqual([]);
  });

  it('reports a link to a file that does not exist, naming page and element', () => {
    expect(check('<a href="/missing/">x</a><img src="logo.png" alt="">')).toEqual([
      '/page/: <a href="/missing/"> leads to dist/missing/index.html, which does not exist',
      '/page/: <img src="logo.png"> leads to dist/page/logo.png, which does not exist',
    ]);
  });

  it('reports footnote and cross-page fragments that match no id', () => {
    const body = '<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup><a href="/other/#absent">x</a>';
    expect(check(body)).toEqual([
      '/page/: <a href="#user-content-fn-1"> points at #user-content-fn-1, but dist/page/index.html has no element with id "user-content-fn-1"',
      '/page/: <a href="/other/#absent"> points at #absent, but dist/other/index.html has no element with id "absent"',
    ]);
  });

  it('reports an id used twice on a page', () => {
    expect(check('<h2 id="notes">a</h2><h2 id="notes">b</h2>')).toEqual(['/page/: id "notes" is used more than once']);
  });

  it('reports a broken srcset candidate', () => {
    expect(check('<picture><source srcset="/a.webp 1x, /style.css 2x"><img src="/style.css" alt=""></picture>')).toEqual([
      '/page/: <source srcset="/a.webp"> leads to dist/a.webp, which does not exist',
    ]);
  });
});
