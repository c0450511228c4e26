/**
 * The date orders of the search ("Newest first", "Oldest first"). Pagefind can sort by a
 * `data-pagefind-sort` value, but keeps every page's place in every sort in the index's table
 * of contents, which every search fetches (9 kB more at 5,000 articles). The dates are kept
 * apart instead (src/search/sort-dates.ts) and fetched only when a reader picks an order.
 */

/** Where the dates are, under the site's base. */
export const SORT_DATES_PATH = 'pagefind/sort-dates.json';

export type DateOrder = 'newest' | 'oldest';

/** Page dates by Pagefind page id, as ISO dates (YYYY-MM-DD), which sort as text. */
export type PageDates = Readonly<Record<string, string>>;

/** `results` by date in `order`. Pages of one date keep their order (relevance); pages with
 * no date follow the dated ones, so picking an order never hides a result. */
export function orderByDate<T extends { id: string }>(results: readonly T[], dates: PageDates, order: DateOrder): T[] {
  const sign = order === 'newest' ? -1 : 1;
  const dated = results.filter((result) => dates[result.id] !== undefined);
  const undated = results.filter((result) => dates[result.id] === undefined);
  // Array.prototype.sort is stable, so equal dates keep relevance order.
  const byDate = [...dated].sort((a, b) => sign * (dates[a.id] ?? '').localeCompare(dates[b.id] ?? ''));
  return [...byDate, ...undated];
}
