/**
 * What the search index holds. The date orders read the pages' dates from a file of their
 * own, fetched only when a reader picks an order, not from Pagefind's sort data, which every
 * search would fetch; and the bibliography is indexed without its lists of citing notes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SORT_DATES_PATH } from '../../src/pure/search-order.ts';
import { DIST, listPages, readPage } from '../support/built-site.ts';

const pages = listPages().map((page) => readPage(page).html);
const dates = JSON.parse(readFileSync(join(DIST, SORT_DATES_PATH), 'utf8')) as Record<string, string>;

describe('the dates the search orders by', () => {
  it('gives every dated page its date, keyed by a Pagefind page id', () => {
    const marked = pages.flatMap((html) => [...html.matchAll(/\sdata-sort-date="([^"]*)"/g)].map((match) => match[1]));
    expect(marked.length).toBeGreaterThan(10);
    expect(Object.values(dates).sort()).toEqual(marked.sort());
    for (const id of Object.keys(dates)) expect(id).toMatch(/^(?:en-gb|ja)_[0-9a-f]{7,}$/);
  });

  it('keeps sort data out of Pagefind’s index, whose table of contents every search loads', () => {
    expect(pages.filter((html) => html.includes('data-pagefind-sort'))).toEqual([]);
  });
});

describe('the bibliography in the index', () => {
  it('holds its citations but not its "cited in" and "quoted in" lists, which repeat the articles’ titles', () => {
    const folder = join(DIST, 'pagefind', 'fragment');
    const fragments = readdirSync(folder).map((name) => JSON.parse(gunzipSync(readFileSync(join(folder, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string });
    const sources = fragments.filter((fragment) => /\/sources\/(\d+\/)?$/.test(fragment.url));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.map(({ content }) => content).join(' ')).toContain('The Diplomat');
    for (const { content } of sources) expect(content).not.toMatch(/Cited in|Quoted in/);
  });
});
