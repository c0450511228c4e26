import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { DIST, isArticlePage, isFile, listPages, readPage } from '../support/built-site.ts';
import { schemaProblems } from '../support/schema-org.ts';

const articles = listPages().filter((page) => isArticlePage(page.url));
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

describe('metadata for machines', () => {
  it('publishes a valid RSS 2.0 feed of every article', () => {
    const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0">/);
    const channel = /<channel>([\s\S]*)<\/channel>/.exec(xml)?.[1] ?? '';
    for (const element of ['title', 'link', 'description']) expect(channel, element).toMatch(new RegExp(`<${element}>[^<]+</${element}>`));
    const items = [...channel.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1] ?? '');
    expect(items).toHaveLength(articles.length);
    for (const item of items) {
      const link = /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '';
      expect(item).toMatch(/<title>[^<]+<\/title>/);
      expect(item).toContain(`<guid isPermaLink="true">${link}</guid>`);
      expect(/<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1]).toMatch(RFC_822);
      expect(isFile(join(DIST, new URL(link).pathname, 'index.html')), link).toBe(true);
    }
  });

  for (const page of articles) {
    it(`gives ${page.url} valid JSON-LD, Open Graph and Twitter card tags`, () => {
      const { tree } = readPage(page);
      const [block, ...others] = selectAll('script[type="application/ld+json"]', tree);
      expect(others).toEqual([]);
      if (!block) throw new Error(`${page.url} has no JSON-LD`);
      const ld = JSON.parse(toString(block)) as Record<string, unknown>;
      expect(ld['@type']).toBe('WebPage');
      expect(schemaProblems(ld)).toEqual([]);
      expect((ld['citation'] as unknown[]).length).toBeGreaterThan(0);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:site_name']) {
        expect(select(`meta[property="${property}"]`, tree)?.properties['content'], property).toBeTruthy();
      }
      // A web page of the site, as its JSON-LD and Dublin Core say: "article" makes Zotero save a journal article.
      expect(select('meta[property="og:type"]', tree)?.properties['content']).toBe('website');
      expect(select('meta[name="twitter:card"]', tree)?.properties['content']).toBe('summary');
      expect(select('link[rel="alternate"][type="application/rss+xml"]', tree)?.properties['href']).toMatch(/\/rss\.xml$/);
    });
  }
});
