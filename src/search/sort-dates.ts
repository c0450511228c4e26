/**
 * Writes `pagefind/sort-dates.json` (SORT_DATES_PATH), each indexed page's date by its Pagefind page id, for the
 * search's date orders (src/pure/search-order.ts). Pages mark their date with `data-sort-date`
 * (the article's last update; an exercise's, its latest edition). Pagefind names each page's
 * fragment file by the page's id (or, where pages share fragment files, keys each page's
 * fragment in the file by it), and the fragment holds the page's URL, which leads back to the
 * HTML file the date is read from.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SORT_DATES_PATH } from '../pure/search-order.ts';

/** Pagefind's mark at the start of an unpacked index file. */
const UNPACKED = 'pagefind_dcd';

/** The `data-sort-date` an HTML page carries, if any. */
export function sortDateIn(html: string): string | undefined {
  return /\sdata-sort-date="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
}

/** The built file a page URL is served from (`/a/b/` is `/a/b/index.html`). */
export function fileOfUrl(site: string, url: string): string {
  const path = decodeURIComponent(url.split(/[?#]/)[0] ?? url);
  return join(site, path.endsWith('/') ? `${path}index.html` : path);
}

interface Fragment {
  url: string;
}

/** The pages of one fragment file, as [page id, URL]. */
function pagesIn(folder: string, name: string): [string, string][] {
  const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
  const parsed = JSON.parse(text.startsWith(UNPACKED) ? text.slice(UNPACKED.length) : text) as Fragment | Record<string, Fragment>;
  const id = name.slice(0, -'.pf_fragment'.length);
  if (typeof parsed.url === 'string') return [[id, parsed.url]];
  return Object.entries(parsed as Record<string, Fragment>).map(([page, fragment]) => [page, fragment.url]);
}

/** Writes the dates of the pages indexed into `site/pagefind/`; returns how many have one. */
export function writeSortDates(site: string): number {
  const folder = join(site, 'pagefind', 'fragment');
  const dates: Record<string, string> = {};
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.pf_fragment')).sort()) {
    for (const [id, url] of pagesIn(folder, name)) {
      const date = sortDateIn(readFileSync(fileOfUrl(site, url), 'utf8'));
      if (date !== undefined) dates[id] = date;
    }
  }
  writeFileSync(join(site, SORT_DATES_PATH), JSON.stringify(dates));
  return Object.keys(dates).length;
}
