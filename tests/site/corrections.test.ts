/**
 * The record's history on the built site: every correction is on /corrections/, on each
 * article it changed (named under the dates, listed in the history) and on each edition row
 * it changed, and exercises.json carries the same log; every article lists its revisions and
 * its version, which "Cite this article" names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readYaml } from '../../src/pure/read-yaml.ts';
import { correctionSchema } from '../../src/schemas/correction.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { frontmatterOf } from '../../src/pure/frontmatter.ts';
import { BASE, DIST, listPages, readPage } from '../support/built-site.ts';

const pages = listPages();
const page = (url: string) => {
  const found = pages.find((candidate) => candidate.url === `${BASE}${url}`);
  if (!found) throw new Error(`No built page ${BASE}${url}`);
  return readPage(found).tree;
};
const text = (node: Parameters<typeof toString>[0]) => toString(node).replace(/\s+/g, ' ').trim();
const corrections = readdirSync('content/corrections')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.slice(0, -5), ...correctionSchema.parse(readYaml(readFileSync(join('content/corrections', name), 'utf8'))) }));
const hrefTo = (id: string) => `${BASE}corrections/#${id}`;

describe('corrections', () => {
  it('has corrections to check', () => {
    expect(corrections.length).toBeGreaterThan(0);
  });

  it('lists every correction on /corrections/, newest first, with its evidence and what it changed', () => {
    const tree = page('corrections/');
    const entries = selectAll('li.correction', tree);
    expect(entries.map((entry) => String(entry.properties['id']))).toEqual(
      [...corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)).map(({ id }) => id),
    );
    for (const correction of corrections) {
      const entry = select(`li.correction[id="${correction.id}"]`, tree);
      expect(text(select('h2', entry ?? tree) ?? tree)).toContain(correction.summary);
      const quotes = selectAll('q', entry ?? tree).map(text);
      expect(quotes).toEqual(correction.evidence.map(({ quote }) => quote));
      const links = selectAll('a', entry ?? tree).map((link) => String(link.properties['href']));
      for (const article of correction.articles) expect(links).toContain(`${BASE}articles/${article}/`);
      for (const edition of correction.editions) expect(links.some((link) => link.endsWith(`#${edition}`))).toBe(true);
    }
  });

  it('marks each article and edition a correction changed, linking to its entry', () => {
    // Every edition row on every article page, read once: an edition's row is on its series' article.
    const rowsOf = Map.groupBy(
      pages.filter((candidate) => candidate.url.startsWith(`${BASE}articles/`)).flatMap((candidate) => selectAll('tr[id^="edition-"]', readPage(candidate).tree)),
      (row) => String(row.properties['id']),
    );
    for (const correction of corrections) {
      for (const article of correction.articles) {
        const tree = page(`articles/${article}/`);
        const history = select('.article-history', tree);
        expect(selectAll('a', history ?? tree).map((link) => link.properties['href'])).toContain(hrefTo(correction.id));
        // The newest correction of the article is named under its dates.
        const newest = corrections.filter((other) => other.articles.includes(article)).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))[0];
        expect(select('.article-header .corrected a', tree)?.properties['href'], article).toBe(hrefTo(newest?.id ?? ''));
        for (const edition of correction.editions) {
          const row = select(`tr[id="${edition}"]`, tree);
          if (!row) continue; // The edition's row is on its series' article, which may be another.
          expect(selectAll('.corrected a', row).map((link) => link.properties['href'])).toContain(hrefTo(correction.id));
        }
      }
      for (const edition of correction.editions) {
        const rows = rowsOf.get(edition) ?? [];
        expect(rows, edition).toHaveLength(1);
        expect(selectAll('.corrected a', rows[0] ?? page('')).map((link) => link.properties['href'])).toContain(hrefTo(correction.id));
      }
    }
  });

  it('publishes the same log in exercises.json', () => {
    const dataset = JSON.parse(readFileSync(join(DIST, 'data/exercises.json'), 'utf8')) as { corrections: { id: string; date: string; editions: string[] }[] };
    expect(dataset.corrections.map(({ id }) => id).sort()).toEqual(corrections.map(({ id }) => id).sort());
  });
});

describe('article history', () => {
  const articles = readdirSync('content/articles').filter((name) => !/\.ja\.mdx?$/.test(name)).map((name) => ({ id: name.replace(/\.mdx?$/, ''), data: articleSchema.parse(readYaml(frontmatterOf(readFileSync(join('content/articles', name), 'utf8')) ?? '')) }));

  it('shows each published article’s revisions, newest first, and names its version in the citation', () => {
    for (const { id, data } of articles.filter((article) => !article.data.draft)) {
      const tree = page(`articles/${id}/`);
      const history = select('.article-history', tree);
      expect(history, id).toBeDefined();
      const version = data.revisions.length + 1;
      expect(text(history ?? tree)).toContain(`This page is version ${version}`);
      expect(selectAll('.article-history ol li', tree).map(text)).toEqual([...data.revisions].reverse().map(({ summary }) => expect.stringContaining(summary)));
      expect(text(select('[data-style="chicago"] .citation-text', tree) ?? tree)).toContain(`Version ${version}, last modified`);
    }
  });
});
