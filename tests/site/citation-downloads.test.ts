/**
 * Every article's RIS and CSL-JSON downloads and its BibTeX, read back by citation-js as a
 * reference manager would import them, give the article's title, last-updated date, address
 * and site, and no person as its author.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { attributeValues, isArticlePage, listPages, readPage } from '../support/built-site.ts';

const articles = listPages().filter((page) => isArticlePage(page.url));

describe('citation downloads', () => {
  for (const page of articles) {
    it(`${page.url} offers RIS and CSL-JSON that import as the article`, () => {
      const { tree } = readPage(page);
      const download = (format: string) => {
        const link = select(`a[data-download="${format}"]`, tree);
        const href = link ? (attributeValues(link, 'href')[0] ?? '') : '';
        return decodeURIComponent(href.slice(href.indexOf(',') + 1));
      };
      const title = toString(select('h1', tree) ?? { type: 'root', children: [] }).trim();
      const url = select('link[rel="canonical"]', tree)?.properties['href'];
      const site = select('meta[property="og:site_name"]', tree)?.properties['content'];
      const updated = String(select('meta[name="DCTERMS.modified"]', tree)?.properties['content']).slice(0, 10).split('-').map(Number);
      for (const format of ['ris', 'csl-json']) {
        const [item] = new Cite(download(format)).data;
        expect(item, format).toMatchObject({ title, URL: url, publisher: site, issued: { 'date-parts': [updated] } });
        // The website's name: CSL-JSON's container-title, RIS's T2 (which citation-js reads as collection-title).
        expect(item?.['container-title'] ?? item?.['collection-title'], format).toBe(site);
        // A web page of the site: no person as its author.
        expect(item?.['author'], format).toBeUndefined();
      }
      const bibtex = toString(select('[data-style="bibtex"] .citation-text', tree) ?? { type: 'root', children: [] });
      expect(bibtex).toMatch(/^@online\{/);
      const [entry] = new Cite(bibtex).data;
      expect(entry, 'bibtex').toMatchObject({ title, URL: url, issued: { 'date-parts': [updated] } });
      expect(entry?.['author'], 'bibtex').toBeUndefined();
    });
  }
});
