/**
 * Links that survive: every archived copy the site offers is the Wayback Machine's address for
 * the cited URL at a real date, marked up as Robust Links are, or, for a page dated by no whole
 * day, the Wayback Machine's list of its captures (no date is made up); and the external-link
 * report knows which sources have one.
 */
import { selectAll } from 'hast-util-select';
import { ui } from '../../src/i18n/index.ts';
import { describe, expect, it } from 'vitest';
import { collectCitations } from '../support/check-external-links.ts';
import { attributeValues, isArticlePage, listPages, readPage } from '../support/built-site.ts';

const pages = listPages().filter((page) => isArticlePage(page.url) || page.url.includes('/sources/'));
const attribute = (element: Parameters<typeof attributeValues>[0], name: string) => attributeValues(element, name)[0] ?? '';

describe('archived copies of cited pages', () => {
  it('pair every archived copy with its original link, at the same day, in notes and bibliography', () => {
    // Addresses are compared as URLs: a note's href is percent-encoded, a bibliography's not.
    let copies = 0;
    for (const page of pages) {
      const { tree } = readPage(page);
      const marked = selectAll('a[data-versionurl]', tree);
      for (const copy of selectAll('a.archived-copy', tree)) {
        copies++;
        const original = attribute(copy, 'dataOriginalurl');
        const day = attribute(copy, 'dataVersiondate');
        if (!original) {
          // The list of captures: a plain link, with no date to claim.
          expect(attribute(copy, 'href'), page.url).toMatch(/^https:\/\/web\.archive\.org\/web\/\*\/https?:\/\//);
          expect(copy.children.map((child) => ('value' in child ? child.value : '')).join(''), page.url).toBe(page.url.includes('/ja/') ? ui('ja').markdown.archivedCopies : ui('en').markdown.archivedCopies);
          continue;
        }
        expect(day, page.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(attribute(copy, 'href'), page.url).toBe(`https://web.archive.org/web/${day.replace(/-/g, '')}/${original}`);
        const links = marked.filter((link) => new URL(attribute(link, 'href')).href === new URL(original).href);
        expect(links.length, `${page.url}: ${original}`).toBeGreaterThan(0);
        for (const link of links) expect([attribute(link, 'dataVersionurl'), attribute(link, 'dataVersiondate')]).toEqual([attribute(copy, 'href'), day]);
      }
    }
    expect(copies).toBeGreaterThan(0);
  });

  it('tell the external-link report which sources have a copy, and never send it to the archive', () => {
    const citations = collectCitations();
    expect(citations.some((citation) => citation.url.startsWith('https://web.archive.org/'))).toBe(false);
    const withCopy = citations.filter((citation) => citation.archived);
    expect(withCopy.length).toBeGreaterThan(0);
    for (const citation of withCopy) expect(citation.archived).toMatch(new RegExp(`^https://web\\.archive\\.org/web/(\\d{8}|\\*)/${citation.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });
});
