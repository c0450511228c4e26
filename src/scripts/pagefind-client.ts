/**
 * Ships to the browser. Loads Pagefind's search API on first use (never on page load) and
 * types the part of it this site calls.
 */
import { SORT_DATES_PATH, type PageDates } from '../pure/search-order.ts';
import { INDEX_WORDS_PATH } from '../pure/word-correct.ts';

/** What Pagefind stores for a page: its URL, title and an excerpt with `<mark>`ed matches. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string } & Record<string, string | undefined>;
  /** The page's indexed text, which the search checks a query against (search-run.ts). */
  content: string;
  /** The sections of the page that match, each with its heading's anchor. */
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number; highlightParam?: string; noWorker?: boolean; ranking?: { metaWeights?: Record<string, number> } }): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: object): Promise<PagefindSearch>;
  /** Resolves to null when a newer search started during the debounce wait. */
  debouncedSearch(query: string | null, options?: object, debounceMs?: number): Promise<PagefindSearch | null>;
}

let loading: Promise<PagefindApi> | undefined;

/** Pagefind's API, imported once from the index the build wrote to `/pagefind/`. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Result links carry the searched words, which search-highlight.ts marks on arrival.
    // A match in a page's names (SearchNames.astro) counts nearly as much as one in its
    // title; its services and years are shown, not searched for.
    // No web worker: a search here takes milliseconds, and the worker is a 12 kB script more.
    await api.options({
      baseUrl: import.meta.env.BASE_URL,
      noWorker: true,
      excerptLength: 26,
      highlightParam: 'highlight',
      ranking: { metaWeights: { title: 5, names: 4, services: 0, years: 0 } },
    });
    await api.init();
    return api;
  })();
  return loading;
}

/** The site's names (src/pages/search-vocabulary.json.ts): those typos are corrected to, and
 * where each exercise's and edition's name leads. */
export interface Vocabulary {
  terms: string[];
  targets: Record<string, string>;
  /** The title of each target: the series' name, the edition's label. */
  titles: Record<string, string>;
}

let vocabulary: Promise<Vocabulary> | undefined;

/** The language prefix of the page's edition: 'ja/' on the Japanese pages (<html lang="ja">),
 * whose search loads Pagefind's Japanese index (Pagefind picks the index by the same lang). */
function editionPrefix(): string {
  return document.documentElement.lang.toLowerCase().startsWith('ja') ? 'ja/' : '';
}

/** The vocabulary of the page's edition, fetched once, with the first search: on /ja/ its
 * names lead to the /ja/ pages (src/data/search-vocabulary.ts). */
export function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(`${import.meta.env.BASE_URL}${editionPrefix()}search-vocabulary.json`)
    .then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : { terms: [], targets: {}, titles: {} }))
    .catch(() => ({ terms: [], targets: {}, titles: {} }));
  return vocabulary;
}

let indexWords: Promise<string[]> | undefined;

/** The words the index holds (src/pure/word-correct.ts), fetched once, on the first search that finds nothing. */
export function loadIndexWords(): Promise<string[]> {
  indexWords ??= fetch(`${import.meta.env.BASE_URL}${INDEX_WORDS_PATH}`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  return indexWords;
}

let sortDates: Promise<PageDates> | undefined;

/** The indexed pages' dates (src/search/sort-dates.ts), fetched once, when a reader first
 * picks a date order. Without them every page counts as undated: the order is relevance. */
export function loadSortDates(): Promise<PageDates> {
  sortDates ??= fetch(`${import.meta.env.BASE_URL}${SORT_DATES_PATH}`)
    .then((response) => (response.ok ? (response.json() as Promise<PageDates>) : {}))
    .catch(() => ({}));
  return sortDates;
}

/** Starts loading the search (index entry, WebAssembly, names) when the reader reaches the
 * search box, so it is ready by the time they have typed a word. */
export function warmUp(): void {
  void loadPagefind().catch(() => undefined);
  void loadVocabulary();
}
