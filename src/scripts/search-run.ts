/**
 * Ships to the browser with the search. One search, as the site answers it:
 *  - a page is a result only if it mentions every word of the query (Pagefind ranks pages
 *    that match any word, and searches a shorter prefix for a word no page has);
 *  - a query that is an exercise's or an edition's name lands on its article, section or row;
 *  - a query no page mentions is corrected only to a name of the site's within typo distance,
 *    and the answer says so; otherwise pages that mention part of it are offered, as such.
 * Only the results shown are loaded (a page of them at a time): each costs a fragment file.
 */
import { queryTerms, missingTerms, telling, wordsOf, mentions } from '../lib/search-match.ts';
import { normalise, suggest } from '../lib/suggest.ts';
import { loadPagefind, loadVocabulary, type PagefindResult, type PagefindResultData } from './pagefind-client.ts';

/** Results loaded at a time: about a screenful, as Starlight's search shows. */
export const PAGE_SIZE = 6;

export interface SearchAnswer {
  /** What was searched: the query typed, or the name it was corrected to. */
  searched: string;
  /** The query as typed, when a correction was searched instead. */
  correctedFrom?: string;
  /** Pages that mention every word: how many, the first page of them, and the rest on request. */
  count: number;
  results: PagefindResultData[];
  more: () => Promise<PagefindResultData[]>;
  /** When no page mentions every word: pages that mention some of the telling ones. */
  partial: PagefindResultData[];
  /** Other close names, offered as links. */
  suggestions: string[];
}

type Options = object;

const idsOf = (results: readonly PagefindResult[]) => new Set(results.map((result) => result.id));
const wordsOfPage = (page: PagefindResultData) => wordsOf(page.content, ...Object.values(page.meta).filter((value): value is string => value !== undefined));

/** The pages that match every word, in Pagefind's order for the whole query. */
async function matchingEvery(query: string, terms: readonly string[], options: Options, debounceMs: number): Promise<PagefindResult[] | null> {
  const pagefind = await loadPagefind();
  const whole = await pagefind.debouncedSearch(query, options, debounceMs);
  if (whole === null || terms.length < 2) return whole?.results ?? null;
  const each = await Promise.all(terms.map((term) => pagefind.search(term, options)));
  const sets = each.map((search) => idsOf(search.results));
  return whole.results.filter((result) => sets.every((ids) => ids.has(result.id)));
}

/** Puts the page a name leads to first, linked to its section or row; the bibliography below
 * every article, which it would otherwise outrank for a name it lists in many notes. */
function landOnTarget(pages: PagefindResultData[], target: string | undefined): PagefindResultData[] {
  if (target === undefined) return pages;
  const path = target.split('#')[0] ?? target;
  const samePage = (page: PagefindResultData) => page.url.split(/[?#]/)[0] === path;
  // The target's section or row, keeping Pagefind's ?highlight= so the words are marked there.
  const hash = target.includes('#') ? target.slice(target.indexOf('#')) : '';
  const landed = pages.filter(samePage).map((page) => ({ ...page, url: `${page.url.split('#')[0] ?? page.url}${hash}` }));
  const isSources = (page: PagefindResultData) => /\/sources\/(?:[?#]|$)/.test(page.url);
  const rest = pages.filter((page) => !samePage(page));
  return [...landed, ...rest.filter((page) => !isSources(page)), ...rest.filter(isSources)];
}

async function load(results: readonly PagefindResult[]): Promise<PagefindResultData[]> {
  return Promise.all(results.map((result) => result.data()));
}

/**
 * Searches `query` with Pagefind `options` (filters, sort). Resolves to null when a newer
 * search started during the debounce wait. `correct` is false for "search instead for …".
 */
export async function runSearch(query: string, options: Options, debounceMs: number, correct = true): Promise<SearchAnswer | null> {
  const terms = queryTerms(query);
  const [matches, vocabulary] = await Promise.all([matchingEvery(query, terms, options, debounceMs), loadVocabulary()]);
  if (matches === null) return null;
  const first = await load(matches.slice(0, PAGE_SIZE));
  // A word no shown page mentions is in no page: Pagefind matched a shorter prefix of it.
  const missing = first.length === 0 ? terms : missingTerms(terms, first.map(wordsOfPage));
  const target = vocabulary.targets[normalise(query)];
  if (missing.length === 0) {
    let next = PAGE_SIZE;
    const more = async () => {
      const page = await load(matches.slice(next, next + PAGE_SIZE));
      next += PAGE_SIZE;
      return page;
    };
    return { searched: query, count: matches.length, results: landOnTarget(first, target), more, partial: [], suggestions: [] };
  }
  const { suggestions, unambiguous } = suggest(query, vocabulary.terms);
  const closest = suggestions[0]?.term;
  if (correct && unambiguous && closest) {
    const corrected = await runSearch(closest, options, 0, false);
    if (corrected && corrected.count > 0) return { ...corrected, correctedFrom: query, suggestions: suggestions.slice(1).map((item) => item.term) };
  }
  // Pages that mention part of the query: only its telling words, and only where a page has one.
  const present = telling(terms.filter((term) => !missing.includes(term)));
  let partial: PagefindResultData[] = [];
  if (present.length > 0) {
    const pagefind = await loadPagefind();
    const some = await pagefind.search(present.join(' '), options);
    partial = (await load(some.results.slice(0, PAGE_SIZE))).filter((page) => present.some((term) => mentions(term, wordsOfPage(page))));
  }
  return { searched: query, count: 0, results: [], more: async () => [], partial, suggestions: suggestions.map((item) => item.term) };
}
