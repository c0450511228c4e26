/**
 * The article index split into pages, so no page grows with the site: at 10,000 articles a
 * single list would weigh megabytes. Page 1 is /articles/, page n is /articles/page/n/.
 */

/** Articles per index page: a long but readable list, about 15 kB of HTML gzipped. */
export const INDEX_PAGE_SIZE = 100;

export interface IndexPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Position of the first item on the page, 1-based, for "101–200 of 1,234". */
  first: number;
}

/** Every page of `items`, `size` per page; one empty page when there is nothing to list. */
export function paginate<T>(items: readonly T[], size = INDEX_PAGE_SIZE): IndexPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({ number: index + 1, count, items: items.slice(index * size, (index + 1) * size), first: index * size + 1 }));
}

/** The path of index page `number`, from the site's root. */
export function indexPagePath(number: number): string {
  return number === 1 ? '/articles/' : `/articles/page/${number}/`;
}

/** The page numbers a pager shows around `current`: the first, the last and two either side,
 * with `undefined` where a run is left out ("1 … 4 5 6 7 8 … 100"). */
export function pagerNumbers(current: number, count: number): (number | undefined)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - (shown[index - 1] ?? n) > 1 ? [undefined, n] : [n]));
}
