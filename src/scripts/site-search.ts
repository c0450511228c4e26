/**
 * Ships to the browser. <site-search> runs Pagefind as the reader types and lists the results.
 * On the search page the query and filters live in the URL, so a search can be linked and
 * bookmarked. Arrow keys move between the box and the results; Enter follows a result.
 * When a query finds nothing, it offers the closest names it knows ("Did you mean …?") and
 * searches the closest at once when only one is close.
 */
import { isActive, pagefindOptions, readSearchParams, writeSearchParams, type SearchState } from '../lib/search-params.ts';
import { suggest } from '../lib/suggest.ts';
import { loadPagefind, loadVocabulary, type PagefindResultData } from './pagefind-client.ts';
import { renderResult } from './search-results.ts';

const MAX_RESULTS = 20;
const TYPING_DEBOUNCE_MS = 150;

class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #suggestions!: HTMLElement;
  #results!: HTMLOListElement;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const suggestions = this.querySelector<HTMLElement>('.suggestions');
    const results = this.querySelector('ol');
    if (!form || !input || !status || !suggestions || !results) throw new Error('<site-search> is missing a part.');
    [this.#form, this.#input, this.#status, this.#suggestions, this.#results] = [form, input, status, suggestions, results];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search(0);
    });
    form.addEventListener('input', (event) => void this.#search(event.target === input ? TYPING_DEBOUNCE_MS : 0));
    this.addEventListener('keydown', (event) => this.#arrowKeys(event));
    suggestions.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-term]');
      if (!link) return;
      event.preventDefault();
      input.value = link.dataset['term'] ?? '';
      void this.#search(0);
    });
    if (this.hasAttribute('data-sync-url')) {
      const state = readSearchParams(new URLSearchParams(location.search));
      this.#restore(state);
      if (isActive(state)) void this.#search(0);
    }
  }

  /** Puts a state from the URL into the form. */
  #restore(state: SearchState): void {
    this.#input.value = state.query;
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (box.name === 'service' ? state.services : state.formats).includes(box.value);
    }
    const year = this.#form.elements.namedItem('year');
    const sort = this.#form.elements.namedItem('sort');
    if (year instanceof HTMLSelectElement) year.value = state.year;
    if (sort instanceof HTMLSelectElement) sort.value = state.sort;
  }

  #state(): SearchState {
    const data = new FormData(this.#form);
    const params = new URLSearchParams();
    for (const [key, value] of data) if (typeof value === 'string') params.append(key, value);
    return readSearchParams(params);
  }

  /** Keeps the URL in step with the form, replacing the history entry so Back leaves the page. */
  #syncUrl(state: SearchState): void {
    if (!this.hasAttribute('data-sync-url')) return;
    const url = new URL(location.href);
    url.search = writeSearchParams(state, url.searchParams).toString();
    history.replaceState(history.state, '', url);
  }

  /** Down from the box to the first result, up and down between results, up back to the box. */
  #arrowKeys(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...this.#results.querySelectorAll<HTMLAnchorElement>('li > h2 > a')];
    const stops = [this.#input, ...links];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at === -1 || links.length === 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    stops[next]?.focus();
  }

  async #find(query: string, debounceMs: number): Promise<{ count: number; data: PagefindResultData[] } | null> {
    const pagefind = await loadPagefind();
    const state = this.#state();
    const search = await pagefind.debouncedSearch(query === '' ? null : query, pagefindOptions(state), debounceMs);
    if (search === null) return null;
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    return { count: search.results.length, data };
  }

  /** Counts searches, so a slow one (the first, which loads the index and many fragments)
   * never replaces the results of a newer one: a filter ticked meanwhile, or new words. */
  #generation = 0;

  async #search(debounceMs: number): Promise<void> {
    const generation = ++this.#generation;
    const stale = () => generation !== this.#generation;
    const state = this.#state();
    const query = state.query;
    this.#syncUrl(state);
    if (!isActive(state)) {
      this.#show([], '', []);
      return;
    }
    try {
      let found = await this.#find(query, debounceMs);
      if (found === null || stale()) return; // a newer search is under way
      const { suggestions, unambiguous } = query !== '' && found.count < 3 ? suggest(query, await loadVocabulary()) : { suggestions: [], unambiguous: false };
      const closest = suggestions[0]?.term;
      let summary = this.#summary(found.count, query);
      if (found.count === 0 && unambiguous && closest) {
        found = (await this.#find(closest, 0)) ?? found;
        summary = `No results for “${query}”. ${this.#summary(found.count, closest)}`;
      }
      if (stale()) return;
      this.#show(found.data, summary, suggestions.map((suggestion) => suggestion.term));
    } catch (error) {
      console.error(error);
      this.#show([], 'Search is unavailable: the search index could not be loaded.', []);
    }
  }

  #summary(count: number, query: string): string {
    if (query === '') return `${count} ${count === 1 ? 'page matches' : 'pages match'} the filters.`;
    if (count === 0) return `No results for “${query}”. Try another spelling, or browse all articles.`;
    const more = count > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : '';
    return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${more}.`;
  }

  #show(results: PagefindResultData[], summary: string, suggestions: string[]): void {
    this.#status.textContent = summary;
    this.#suggestions.replaceChildren(
      ...suggestions.map((term) => {
        const link = document.createElement('a');
        const url = new URL(location.href);
        url.searchParams.set('q', term);
        link.href = url.href;
        link.dataset['term'] = term;
        link.textContent = `Did you mean ${term}?`;
        return link;
      }),
    );
    this.#results.replaceChildren(...results.map(renderResult));
    this.#results.hidden = results.length === 0;
  }
}

customElements.define('site-search', SiteSearch);
