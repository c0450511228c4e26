/**
 * The forms readers reuse, over the built site: every published article's Markdown copy
 * (`/articles/<id>.md`) holds every note of its page, with its source's address, and parses as
 * plain GFM; `/llms.txt` lists exactly the published articles' copies; every body paragraph and
 * every edition row has an id a reader can link to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import type { FootnoteDefinition, Link, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/pure/walk.ts';
import { BASE, DIST, fileForPath, isArticlePage, isFile, listPages, readPage, siteOrigin } from '../support/built-site.ts';

const articles = listPages().filter((page) => isArticlePage(page.url));
const origin = siteOrigin();
const markdownFile = (pageUrl: string) => fileForPath(`${pageUrl.replace(/\/$/, '')}.md`);

function nodesOf<T extends Nodes>(tree: Root, type: T['type']): T[] {
  const found: T[] = [];
  walk(tree, (node) => {
    if (node.type === type) found.push(node as T);
  });
  return found;
}

describe('the Markdown copy of every published article', () => {
  it('covers at least one article', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  for (const page of articles) {
    it(`holds every note of ${page.url}, with its source's address, as plain GFM`, () => {
      const file = join(DIST, markdownFile(page.url));
      expect(isFile(file), `${file} exists`).toBe(true);
      const tree = unified().use(remarkParse).use(remarkGfm).parse(readFileSync(file, 'utf8'));
      const types = new Set<string>();
      walk(tree, (node) => {
        types.add(node.type);
      });
      expect([...types].filter((type) => type === 'html' || type.startsWith('mdx')), 'HTML or JSX in the Markdown').toEqual([]);
      const { tree: html } = readPage(page);
      const notes = selectAll('section[data-footnotes] li', html);
      const definitions = nodesOf<FootnoteDefinition>(tree, 'footnoteDefinition');
      expect(definitions.length).toBe(notes.length);
      // Compared decoded: the page's HTML percent-encodes an address the Markdown keeps as written.
      const urls = new Set(definitions.flatMap((definition) => nodesOf<Link>({ type: 'root', children: [definition] }, 'link').map((link) => decodeURI(link.url))));
      for (const note of notes) {
        const href = select('.citation-url a', note)?.properties['href'];
        if (typeof href === 'string') expect(urls, `${page.url} ${String(note.properties['id'])}`).toContain(decodeURI(href));
      }
      // Links are absolute: a reader's tool reads the file with no page around it.
      const links = nodesOf<Link>(tree, 'link').map((link) => link.url);
      expect(links.filter((url) => !/^(https?:\/\/|mailto:)/.test(url))).toEqual([]);
      expect(links.filter((url) => url.startsWith(origin)).every((url) => new URL(url).pathname.startsWith(BASE))).toBe(true);
    });
  }
});

describe('llms.txt', () => {
  const text = readFileSync(join(DIST, 'llms.txt'), 'utf8');
  const listed = [...text.matchAll(/^- \[[^\]]*\]\(([^)]+)\)/gm)].map((match) => match[1] ?? '');

  it('lists every published article’s Markdown and nothing else of the articles (no draft)', () => {
    const expected = articles.map((page) => new URL(`${page.url.replace(/\/$/, '')}.md`, origin).href).sort();
    expect(listed.filter((url) => url.endsWith('.md')).sort()).toEqual(expected);
  });

  it('starts as the proposal says and links the dataset, every link to a file of the site', () => {
    expect(text).toMatch(/^# .+\n\n> .+\n/);
    expect(text).toMatch(/\n## Articles\n[\s\S]*\n## Data\n[\s\S]*\n## Optional\n/);
    for (const file of ['data/', 'data/exercises.json', 'data/editions.csv', 'data/sources.json']) expect(listed).toContain(new URL(`${BASE}${file}`, origin).href);
    for (const url of listed) expect(isFile(join(DIST, fileForPath(decodeURIComponent(new URL(url).pathname)))), url).toBe(true);
  });
});

describe('anchors a reader can link to', () => {
  for (const page of articles) {
    it(`gives every body paragraph and edition row of ${page.url} a unique id`, () => {
      const { tree } = readPage(page);
      const paragraphs = selectAll('.article-body > p:not(.lead-editions)', tree);
      expect(paragraphs.length).toBeGreaterThan(0);
      const ids = paragraphs.map((paragraph) => paragraph.properties['id']);
      expect(ids.filter((id) => typeof id !== 'string' || !/-p\d+$/.test(id))).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const paragraph of paragraphs) expect(select('a.paragraph-link', paragraph)?.properties['href']).toBe(`#${String(paragraph.properties['id'])}`);
      const rows = selectAll('.editions-table tbody tr', tree);
      expect(rows.filter((row: Element) => !String(row.properties['id'] ?? '').startsWith('edition-'))).toEqual([]);
    });
  }
});
