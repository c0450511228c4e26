/**
 * Every article carries the metadata citation managers read, and it agrees with the page.
 * The tags are read as Zotero's Embedded Metadata translator and Google Scholar read them:
 * Highwire Press `citation_*` names first, Dublin Core `DC.*` as the fallback, dates as
 * YYYY/MM/DD (Scholar's inclusion guidelines) and the author as given.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { isArticlePage, listPages, readPage } from '../support/built-site.ts';

const articles = listPages().filter((page) => isArticlePage(page.url));

/** The item a reference manager makes from a page's meta tags. */
function embeddedItem(meta: Map<string, string[]>) {
  const first = (...names: string[]) => names.map((name) => meta.get(name)?.[0]).find((value) => value !== undefined);
  return {
    title: first('citation_title', 'DC.title'),
    authors: meta.get('citation_author') ?? meta.get('DC.creator') ?? [],
    date: first('citation_publication_date', 'citation_date', 'DC.date'),
    online: first('citation_online_date'),
    language: first('citation_language', 'DC.language'),
    url: first('citation_public_url', 'DC.identifier'),
    publisher: first('citation_publisher', 'DC.publisher'),
    modified: first('DCTERMS.modified'),
  };
}

describe('citation metadata', () => {
  for (const page of articles) {
    it(`${page.url} gives a reference manager the article's title, author, dates, language and address`, () => {
      const { tree } = readPage(page);
      const meta = new Map<string, string[]>();
      for (const element of selectAll('meta[name]', tree)) {
        const name = String(element.properties['name']);
        meta.set(name, [...(meta.get(name) ?? []), String(element.properties['content'])]);
      }
      const item = embeddedItem(meta);
      const [published, updated] = selectAll('.article-meta time, header time', tree).map((time) => String(time.properties['dateTime']));
      expect(item.title).toBe(toString(select('h1', tree) ?? { type: 'root', children: [] }).trim());
      expect(item.authors).toEqual([select('meta[property="og:site_name"]', tree)?.properties['content']]);
      expect(item.date).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(item.date?.replace(/\//g, '-')).toBe(published);
      expect(item.online).toBe(item.date);
      expect(item.modified).toBe(updated ?? published);
      expect(item.language).toBe(select('html', tree)?.properties['lang']);
      expect(item.url).toBe(select('link[rel="canonical"]', tree)?.properties['href']);
      expect(item.publisher).toBe(item.authors[0]);
      expect(meta.get('DC.title')).toEqual([item.title]);
      expect(select('link[rel="schema.DC"]', tree)?.properties['href']).toBe('http://purl.org/dc/elements/1.1/');
    });
  }

  it('leaves pages that are not articles without citation tags', () => {
    const others = listPages().filter((page) => !isArticlePage(page.url));
    expect(others.length).toBeGreaterThan(0);
    for (const page of others) expect(select('meta[name^="citation_"]', readPage(page).tree), page.url).toBeUndefined();
  });
});
