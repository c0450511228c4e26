import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { orderByDate, SORT_DATES_PATH } from '../../src/pure/search-order.ts';
import { indexedPages } from '../../src/search/fragments.ts';
import { fileOfUrl, sortDateIn, writeSortDates } from '../../src/search/sort-dates.ts';

const results = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));
const dates = { a: '2021-05-01', b: '2024-01-31', c: '2021-05-01', e: '2019-12-31' };

describe('ordering search results by date', () => {
  it('puts the newest or the oldest first, keeping relevance order between pages of one date', () => {
    expect(orderByDate(results, dates, 'newest').map(({ id }) => id)).toEqual(['b', 'a', 'c', 'e', 'd']);
    expect(orderByDate(results, dates, 'oldest').map(({ id }) => id)).toEqual(['e', 'a', 'c', 'b', 'd']);
  });

  it('keeps pages with no date, after the dated ones, so an order never hides a result', () => {
    expect(orderByDate(results, {}, 'newest')).toEqual(results);
    expect(orderByDate([{ id: 'x' }, { id: 'e' }], dates, 'oldest').map(({ id }) => id)).toEqual(['e', 'x']);
  });
});

describe('the dates written beside the search index', () => {
  it('reads a page’s date from its data-sort-date, and only a whole ISO date', () => {
    expect(sortDateIn('<header class="a" data-pagefind-body data-sort-date="2025-11-18">')).toBe('2025-11-18');
    expect(sortDateIn('<header data-sort-date="2025-11">')).toBeUndefined();
    expect(sortDateIn('<p>data-sort-date="2025-11-18"</p>')).toBeUndefined();
  });

  it('finds the file a page URL is served from', () => {
    expect(fileOfUrl('/site', '/articles/malabar/')).toBe('/site/articles/malabar/index.html');
    expect(fileOfUrl('/site', '/404.html')).toBe('/site/404.html');
    expect(fileOfUrl('/site', '/articles/la-p%C3%A9rouse/?x=1#y')).toBe('/site/articles/la-pérouse/index.html');
  });

  it('keys each page’s date by its Pagefind id, from a fragment of its own or one shared with other pages', () => {
    const site = mkdtempSync(join(tmpdir(), 'sort-dates-'));
    const page = (url: string, date?: string) => {
      mkdirSync(join(site, url), { recursive: true });
      writeFileSync(join(site, url, 'index.html'), `<main${date ? ` data-sort-date="${date}"` : ''}></main>`);
    };
    page('/one/', '2020-01-02');
    page('/two/', '2023-04-05');
    page('/three/');
    mkdirSync(join(site, 'pagefind', 'fragment'), { recursive: true });
    const fragment = (name: string, body: unknown) => writeFileSync(join(site, 'pagefind', 'fragment', `${name}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(body)}`));
    fragment('en_1111111', { url: '/one/', content: '' });
    fragment('en_group', { en_2222222: { url: '/two/' }, en_3333333: { url: '/three/' } });
    const pages = indexedPages(site);
    expect(pages.map((page) => page.id)).toEqual(['en_1111111', 'en_2222222', 'en_3333333']);
    expect(writeSortDates(site, pages)).toBe(2);
    expect(JSON.parse(readFileSync(join(site, SORT_DATES_PATH), 'utf8'))).toEqual({ en_1111111: '2020-01-02', en_2222222: '2023-04-05' });
  });
});
