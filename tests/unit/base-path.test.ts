import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { pathInSite } from '../../src/server/static-server.ts';
import { renderMarkdown } from '../support/render-markdown.ts';

const article = `See [JIMEX](/articles/jimex/#editions), [the search](/search/), [a section](#background)
and [a source](https://example.org/report).[^n]

## Background

Text.

[^n]: "A report", *A paper*, 2024, <https://example.org/report>.
`;

const hrefs = async (base: string) => selectAll('a[href]', (await renderMarkdown(article, base)).tree).map((link) => String(link.properties['href']));

describe('links in articles under a base path', () => {
  it('start from the base path when written from the site root', async () => {
    const links = await hrefs('/india-japan/');
    expect(links).toContain('/india-japan/articles/jimex/#editions');
    expect(links).toContain('/india-japan/search/');
    // The note's link to its source entry, and the same link in the note's margin copy.
    const sourceLinks = links.filter((href) => href.includes('/sources/#'));
    expect(sourceLinks.length).toBeGreaterThan(0);
    for (const href of sourceLinks) expect(href).toMatch(/^\/india-japan\/sources\/#source-/);
    expect(links.filter((href) => href.startsWith('/') && !href.startsWith('/india-japan/'))).toEqual([]);
  });

  it('leave fragments, note references and other sites alone', async () => {
    const links = await hrefs('/india-japan/');
    expect(links).toContain('#background');
    expect(links).toContain('https://example.org/report');
    expect(links.filter((href) => href.startsWith('#user-content-fn')).length).toBeGreaterThan(0);
  });

  it('are unchanged when the site is at the root', async () => {
    const links = await hrefs('/');
    expect(links).toContain('/articles/jimex/#editions');
    expect(links).toContain('/search/');
  });
});

describe('the local server under a base path', () => {
  it('maps paths under the base to the site folder, and refuses the rest', () => {
    expect(pathInSite('/india-japan/', '/india-japan/articles/')).toBe('/articles/');
    expect(pathInSite('/india-japan/', '/india-japan/')).toBe('/');
    expect(pathInSite('/india-japan/', '/india-japan')).toBe('/');
    expect(pathInSite('/india-japan/', '/articles/')).toBeUndefined();
    expect(pathInSite('/india-japan/', '/india-japanese/')).toBeUndefined();
    expect(pathInSite('/', '/articles/')).toBe('/articles/');
  });
});
