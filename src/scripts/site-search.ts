/**
 * Ships to the browser. <site-search> runs Pagefind as the reader types and lists the results.
 * The query lives in the URL (`?q=`), so a search can be linked, bookmarked and reloaded.
 * When a query finds nothing, it offers the closest names it knows ("Did you mean …?") and
 * searches the closest at once when only one is close.
 */
import { suggest } from '../lib/suggest.ts';
import { loadPagefind, loadVocabulary, type PagefindResultData } from './pagefind-client.ts';
import { renderResult } from './search-results.ts';

const MAX_RESULTS = 20;
const TYPING_DEBOUNCE_MS = 150;

class SiteSearch extends HTMLElement {
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
    [this.#input, this.#status, this.#suggestions, this.#results] = [input, status, suggestions, results];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search(0);
    });
    input.addEventListener('input', () => void this.#search(TYPING_DEBOUNCE_MS));
    suggestions.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-term]');
      if (!link) return;
      event.preventDefault();
      input.value = link.dataset['term'] ?? '';
      void this.#search(0);
    });
    const query = new URLSearchParams(location.search).get('q') ?? '';
    if (query !== '') {
      input.value = query;
      void this.#search(0);
    }
  }

  /** Keeps `?q=` in step with the box, replacing the history entry so Back leaves the page. */
  #syncUrl(query: string): void {
    const url = new URL(location.href);
    if (query === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    history.replaceState(history.state, '', url);
  }

  async #find(query: string, debounceMs: number): Promise<{ count: number; data: PagefindResultData[] } | null> {
    const pagefind = await loadPagefind();
    const search = await pagefind.debouncedSearch(query, {}, debounceMs);
    if (search === null) return null;
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    return { count: search.results.length, data };
  }

  async #search(debounceMs: number): Promise<void> {
    const query = this.#input.value.trim();
    this.#syncUrl(query);
    if (query === '') {
      this.#show([], '', []);
      return;
    }
    try {
      let found = await this.#find(query, debounceMs);
      if (found === null || query !== this.#input.value.trim()) return; // a newer search is under way
      const { suggestions, unambiguous } = found.count < 3 ? suggest(query, await loadVocabulary()) : { suggestions: [], unambiguous: false };
      const closest = suggestions[0]?.term;
      let summary = this.#summary(found.count, query);
      if (found.count === 0 && unambiguous && closest) {
        found = (await this.#find(closest, 0)) ?? found;
        summary = `No results for “${query}”. ${this.#summary(found.count, closest)}`;
      }
      if (query !== this.#input.value.trim()) return;
      this.#show(found.data, summary, suggestions.map((suggestion) => suggestion.term));
    } catch (error) {
      console.error(error);
      this.#show([], 'Search is unavailable: the search index could not be loaded.', []);
    }
  }

  #summary(count: number, query: string): string {
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
