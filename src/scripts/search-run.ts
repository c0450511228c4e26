/**
 * Ships to the browser with the search. One search, as the site answers it:
 *  - a page is a result only if it mentions every word of the query (Pagefind ranks pages
 *    that match any word, and searches a shorter prefix for a word no page has);
 *  - a query that is an exercise's or an edition's name lands on its article, section or row;
 *  - a query no page mentions is corrected to a name of the site's within typo distance, or
 *    else word by word within the words the index holds (src/pure/word-correct.ts), and the
 *    answer says so; otherwise pages that mention part of it are offered, as such.
 * Only the results shown are loaded, the first before any other: each costs a fragment file.
 */
import { mentions, missingTerms, queryTerms, sectionFirst, targetFor, telling, wordsOf } from '../pure/search-match.ts';
import type { SearchOptions } from '../pure/search-params.ts';
import { orderByDate } from '../pure/search-order.ts';
import { suggest } from '../pure/suggest.ts';
import { correctWords, displayForm } from '../pure/word-correct.ts';
import { loadIndexWords, loadPagefind, loadSortDates, loadVocabulary, type PagefindResult, type PagefindResultData } from './pagefind-client.ts';
import { own } from '../pure/own.ts';

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
  /** The next `size` results (a page of them by default). */
  more: (size?: number) => Promise<PagefindResultData[]>;
  /** When no page mentions every word: pages that mention some of the telling ones. */
  partial: PagefindResultData[];
  /** Other close names, offered as links. */
  suggestions: string[];
}

const idsOf = (results: readonly PagefindResult[]) => new Set(results.map((result) => result.id));
const wordsOfPage = (page: PagefindResultData) => wordsOf(page.content, ...Object.values(page.meta).filter((value): value is string => value !== undefined));

/** `results` in the order chosen: Pagefind's (relevance), or by date. */
async function inOrder(results: PagefindResult[], { order }: SearchOptions): Promise<PagefindResult[]> {
  return order ? orderByDate(results, await loadSortDates(), order) : results;
}

/** Pagefind's pages for the whole query, in the order chosen (relevance by default). Pagefind
 * gives only pages with every word of the query, except that it leaves out a word no page
 * has, and answers for the others: runSearch() checks for that. */
async function matchingEvery(query: string, options: SearchOptions, debounceMs: number): Promise<PagefindResult[] | null> {
  const pagefind = await loadPagefind();
  const whole = await pagefind.debouncedSearch(query, { filters: options.filters }, debounceMs);
  return whole && inOrder(whole.results, options);
}

/** The pages of `results` that have every one of `terms`, each searched alone. */
async function withEveryTerm(results: PagefindResult[], terms: readonly string[], options: SearchOptions): Promise<PagefindResult[]> {
  if (terms.length < 2) return results;
  const pagefind = await loadPagefind();
  const each = await Promise.all(terms.map((term) => pagefind.search(term, { filters: options.filters })));
  const sets = each.map((search) => idsOf(search.results));
  return results.filter((result) => sets.every((ids) => ids.has(result.id)));
}

/** Puts the page a name leads to first, linked to its section or row; the bibliography below
 * every article, which it would otherwise outrank for a name it lists in many notes. Where
 * Pagefind did not return that page among the first (a name typed halfway whose full word
 * is in an index file it did not fetch), a result for it is made from the names. */
function landOnTarget(pages: PagefindResultData[], target: string | undefined, title: string | undefined, filtered: boolean): PagefindResultData[] {
  if (target === undefined) return pages;
  const path = target.split('#')[0] ?? target;
  const samePage = (page: PagefindResultData) => page.url.split(/[?#]/)[0] === path;
  // The target's section or row, keeping Pagefind's ?highlight= so the words are marked there.
  const hash = target.includes('#') ? target.slice(target.indexOf('#')) : '';
  const landed = pages.filter(samePage).map((page) => ({
    ...page,
    url: `${page.url.split('#')[0] ?? page.url}${hash}`,
    ...(page.sub_results && { sub_results: sectionFirst(page.sub_results, title, hash) }),
  }));
  const named: PagefindResultData = { url: target, excerpt: '', content: '', meta: { title: title ?? target } };
  const isSources = (page: PagefindResultData) => /\/sources\/(?:[?#]|$)/.test(page.url);
  const rest = pages.filter((page) => !samePage(page));
  // Under filters, a page Pagefind did not return may be one they leave out: none is made.
  return [...(landed.length > 0 || filtered ? landed : [named]), ...rest.filter((page) => !isSources(page)), ...rest.filter(isSources)];
}

async function load(results: readonly PagefindResult[]): Promise<PagefindResultData[]> {
  return Promise.all(results.map((result) => result.data()));
}

/** The query Pagefind is asked while the reader is still typing: a last word of one or two
 * letters is left for later (it would fetch the index of every word that starts so, most of
 * the index), and a query of one letter waits. Null when there is nothing to search yet. */
export function typingQuery(query: string, typing: boolean): string | null {
  const terms = queryTerms(query);
  if (!typing) return query;
  const last = terms.at(-1) ?? '';
  if (last.length >= 3 || (terms.length === 1 && last.length === 2)) return query;
  return terms.length > 1 ? terms.slice(0, -1).join(' ') : null;
}

/**
 * Searches `query` with `options` (filters, order). Resolves to null when a newer
 * search started during the debounce wait, or while typing there is nothing to search yet.
 * `correct` is false for "search instead for …". Only the first result is loaded before
 * the answer (one fragment file); `more()` loads the next ones.
 */
export async function runSearch(typed: string, options: SearchOptions, debounceMs: number, correct = true): Promise<SearchAnswer | null> {
  const query = typingQuery(typed, debounceMs > 0);
  if (query === null) return null;
  const terms = queryTerms(query);
  const [found, vocabulary] = await Promise.all([matchingEvery(query, options, debounceMs), loadVocabulary()]);
  if (found === null) return null;
  let matches = found;
  const target = targetFor(query, vocabulary.targets);
  // A name's page is among the first three when it is not first (the bibliography, say).
  let loaded = await load(matches.slice(0, target ? 3 : 1));
  let missing = missingTerms(terms, loaded.map(wordsOfPage));
  if (missing.length > 0 && matches.length > loaded.length) {
    // Before concluding that no page has a word, ask the next two pages too.
    loaded = [...loaded, ...(await load(matches.slice(loaded.length, 3)))];
    missing = missingTerms(terms, loaded.map(wordsOfPage));
  }
  if (missing.length > 0) {
    // A word the first pages lack may be one Pagefind left out: keep the pages with every word.
    const first = matches.slice(0, loaded.length).map((result) => result.id);
    matches = await withEveryTerm(matches, terms, options);
    const kept = idsOf(matches);
    loaded = loaded.filter((_, index) => kept.has(first[index] ?? ''));
  }
  const filtered = Object.keys(options.filters ?? {}).length > 0;
  const results = landOnTarget(loaded, target, target && own(vocabulary.titles, target), filtered);
  if (missing.length === 0 || (target && results.length > loaded.length)) {
    let next = loaded.length;
    const onTarget = (page: PagefindResultData) => target !== undefined && page.url.split(/[?#]/)[0] === target.split('#')[0];
    // Each call takes its slice before it waits, so two calls never load the same results;
    // the named page, already first, is skipped where it comes again.
    const rest = matches.slice(loaded.length);
    const more = async (size = PAGE_SIZE) => {
      const page: PagefindResultData[] = [];
      while (page.length < size && next - loaded.length < rest.length) {
        const from = next - loaded.length;
        next += size - page.length;
        page.push(...(await load(rest.slice(from, from + size - page.length))).filter((result) => !onTarget(result)));
      }
      return page;
    };
    return { searched: query, count: Math.max(matches.length, results.length), results, more, partial: [], suggestions: [] };
  }
  const { suggestions, unambiguous } = suggest(query, vocabulary.terms);
  const closest = suggestions[0]?.term;
  if (correct && unambiguous && closest) {
    const corrected = await runSearch(closest, options, 0, false);
    if (corrected && corrected.count > 0) return { ...corrected, correctedFrom: query, suggestions: suggestions.slice(1).map((item) => item.term) };
  }
  // No name is close: correct word by word within the words the index holds ("unicron mast").
  const fixed = correct && suggestions.length === 0 ? correctWords(query, await loadIndexWords()) : undefined;
  if (fixed) {
    const corrected = await runSearch(displayForm(fixed, vocabulary.terms), options, 0, false);
    if (corrected && corrected.count > 0) return { ...corrected, correctedFrom: query, suggestions: [] };
  }
  // Pages that mention part of the query: only its telling words, and only where a page has one.
  const present = telling(terms.filter((term) => !missing.includes(term)));
  let partial: PagefindResultData[] = [];
  if (present.length > 0) {
    const pagefind = await loadPagefind();
    const some = await pagefind.search(present.join(' '), { filters: options.filters });
    partial = (await load(some.results.slice(0, PAGE_SIZE))).filter((page) => present.some((term) => mentions(term, wordsOfPage(page))));
  }
  return { searched: query, count: 0, results: [], more: async () => [], partial, suggestions: suggestions.map((item) => item.term) };
}

/** The pages matching the chosen filters alone, a page of them at a time. */
export async function listFiltered(options: SearchOptions): Promise<SearchAnswer> {
  const pagefind = await loadPagefind();
  const results = await inOrder((await pagefind.search(null, { filters: options.filters })).results, options);
  let next = PAGE_SIZE;
  const more = async (size = PAGE_SIZE) => {
    const from = next;
    next += size;
    return Promise.all(results.slice(from, from + size).map((result) => result.data()));
  };
  const first = await Promise.all(results.slice(0, PAGE_SIZE).map((result) => result.data()));
  return { searched: '', count: results.length, results: first, more, partial: [], suggestions: [] };
}
