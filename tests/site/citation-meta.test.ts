/**
 * Every article's head says one thing to citation managers: a web page of this site, with
 * the article's title, date and address and no invented author. Read as Zotero's Embedded
 * Metadata translator reads it (tests/support/embedded-metadata.ts).
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { isArticlePage, isJapaneseArticlePage, listPages, readPage } from '../support/built-site.ts';
import { embeddedItem } from '../support/embedded-metadata.ts';

const articles = listPages().filter((page) => isArticlePage(page.url));

function metaOf(tree: ReturnType<typeof readPage>['tree']): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const element of selectAll('meta[name], meta[property]', tree)) {
    const name = String(element.properties['name'] ?? element.properties['property']);
    meta.set(name, [...(meta.get(name) ?? []), String(element.properties['content'])]);
  }
  return meta;
}

describe('citation metadata', () => {
  for (const page of articles) {
    it(`${page.url} is saved as a web page of the site, with its title, date and address and no author`, () => {
      const { tree } = readPage(page);
      const meta = metaOf(tree);
      const item = embeddedItem(meta);
      const [published, updated] = selectAll('.article-meta time, header time', tree).map((time) => String(time.properties['dateTime']));
      expect(item.itemType).toBe('webpage');
      expect(item.title).toBe(toString(select('h1', tree) ?? { type: 'root', children: [] }).trim());
      expect(item.creators).toEqual([]);
      expect(item.websiteTitle).toBe(meta.get('DC.publisher')?.[0]);
      expect(item.date).toBe(published);
      expect(meta.get('DCTERMS.modified')).toEqual([updated ?? published]);
      expect(meta.get('DC.language')).toEqual([select('html', tree)?.properties['lang']]);
      expect(item.url).toBe(select('link[rel="canonical"]', tree)?.properties['href']);
      expect(meta.get('DC.identifier')).toEqual([item.url]);
      expect(select('link[rel="schema.DC"]', tree)?.properties['href']).toBe('http://purl.org/dc/elements/1.1/');
    });
  }

  it('reads the old tags as the translator did: a journal article by a person named after the site', () => {
    const old = new Map([['citation_title', ['JIMEX']], ['citation_author', ['India–Japan Defence Exercises']], ['og:type', ['article']]]);
    expect(embeddedItem(old)).toMatchObject({ itemType: 'journalArticle', creators: ['India–Japan Defence Exercises'] });
  });

  it('leaves pages that are not articles without citation tags', () => {
    const others = listPages().filter((page) => !isArticlePage(page.url) && !isJapaneseArticlePage(page.url));
    expect(others.length).toBeGreaterThan(0);
    for (const page of others) expect(select('meta[name^="DC."]', readPage(page).tree), page.url).toBeUndefined();
  });
});
