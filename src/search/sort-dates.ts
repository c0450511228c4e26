/**
 * Writes `pagefind/sort-dates.json` (SORT_DATES_PATH), each indexed page's date by its Pagefind page id, for the
 * search's date orders (src/pure/search-order.ts). Pages mark their date with `data-sort-date`
 * (the article's last update; an exercise's, its latest edition); each indexed page's URL
 * (fragments.ts) leads back to the HTML file the date is read from.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SORT_DATES_PATH } from '../pure/search-order.ts';
import type { IndexedPage } from './fragments.ts';

/** The `data-sort-date` an HTML page carries, if any. */
export function sortDateIn(html: string): string | undefined {
  return /\sdata-sort-date="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
}

/** The built file a page URL is served from (`/a/b/` is `/a/b/index.html`). */
export function fileOfUrl(site: string, url: string): string {
  const path = decodeURIComponent(url.split(/[?#]/)[0] ?? url);
  return join(site, path.endsWith('/') ? `${path}index.html` : path);
}

/** Writes the dates of the pages indexed into `site/pagefind/`; returns how many have one. */
export function writeSortDates(site: string, pages: readonly IndexedPage[]): number {
  const dates: Record<string, string> = {};
  for (const { id, url } of pages) {
    const date = sortDateIn(readFileSync(fileOfUrl(site, url), 'utf8'));
    if (date !== undefined) dates[id] = date;
  }
  writeFileSync(join(site, SORT_DATES_PATH), JSON.stringify(dates));
  return Object.keys(dates).length;
}
