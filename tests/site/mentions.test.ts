/**
 * "Mentioned in" on every exercise article lists exactly the other articles whose text links to
 * it, each at a section of the linking article that exists and holds such a link.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { attributeValues, isArticlePage, listPages, readPage } from '../support/built-site.ts';

const articles = new Map(listPages().filter((page) => isArticlePage(page.url)).map((page) => [page.url, readPage(page).tree]));
const href = (element: Element) => attributeValues(element, 'href')[0] ?? '';

/** The body links of an article (its notes, at the foot or in the margin, and the "Mentioned in" list left out), with the id
 * of the section each sits in: the last heading with an id before it. */
function bodyLinks(url: string): { target: string; section: string }[] {
  const tree = articles.get(url) ?? { type: 'root', children: [] };
  // The lead and the rest of the body, in page order.
  const body: Root = { type: 'root', children: selectAll('.article-body', tree) };
  const links: { target: string; section: string }[] = [];
  // Notes (at the foot or in the margin) and the data drawn into the text (the editions table
  // with its headings) are not the author's sections or mentions.
  const outside = new Set(selectAll('section[data-footnotes] a, .sidenote a, .editions-data a, .editions-data [id]', body));
  let section = '';
  for (const element of selectAll('h2[id], h3[id], h4[id], h5[id], h6[id], a[href]', body)) {
    if (outside.has(element)) continue;
    if (element.tagName !== 'a') section = String(element.properties['id']);
    else links.push({ target: new URL(href(element), 'https://x').pathname, section });
  }
  return links;
}

const linksOf = new Map([...articles.keys()].map((url) => [url, bodyLinks(url)]));

const exerciseArticles = [...articles].filter(([, tree]) => select('.infobox, .editions-table, [id$="-editions"]', tree));

describe('mentioned in', () => {
  it('is shown on exercise articles', () => {
    expect(exerciseArticles.length).toBeGreaterThan(0);
    expect(exerciseArticles.some(([, tree]) => select('.mentioned-in', tree))).toBe(true);
  });

  for (const [url, tree] of exerciseArticles) {
    it(`${url} lists every article that links to it, at the section that does`, () => {
      const listed = selectAll('.mentioned-in li', tree).map((item) => {
        const [article, section] = selectAll('a', item).map(href);
        return { from: article ?? '', section: section?.split('#')[1] ?? '' };
      });
      const expected = [...articles.keys()]
        .filter((other) => other !== url)
        .flatMap((other) => (linksOf.get(other) ?? []).filter((link) => link.target === url).map((link) => ({ from: other, section: link.section })));
      const key = ({ from, section }: { from: string; section: string }) => `${from}#${section}`;
      expect(new Set(listed.map(key))).toEqual(new Set(expected.map(key)));
    });
  }
});
