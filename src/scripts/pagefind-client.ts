/**
 * Ships to the browser. Loads Pagefind's search API on first use (never on page load) and
 * types the part of it this site calls.
 */

/** What Pagefind stores for a page: its URL, title and an excerpt with `<mark>`ed matches. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string } & Record<string, string | undefined>;
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
  options(options: { baseUrl?: string; excerptLength?: number; highlightParam?: string }): Promise<void>;
  init(): Promise<void>;
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
    await api.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 26, highlightParam: 'highlight' });
    await api.init();
    return api;
  })();
  return loading;
}

let vocabulary: Promise<string[]> | undefined;

/** The names "Did you mean …?" suggests from, fetched once and only when needed. */
export function loadVocabulary(): Promise<string[]> {
  vocabulary ??= fetch(`${import.meta.env.BASE_URL}search-vocabulary.json`).then((response) => (response.ok ? (response.json() as Promise<string[]>) : []));
  return vocabulary;
}
