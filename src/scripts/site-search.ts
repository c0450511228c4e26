/**
 * Ships to the browser. <site-search> runs Pagefind as the reader types and lists the results
 * (title and excerpt, matched words marked). The query lives in the URL (`?q=`), so a search
 * can be linked, bookmarked and reloaded.
 */
import { excerptSegments } from '../lib/search-excerpt.ts';
import { loadPagefind, type PagefindResultData } from './pagefind-client.ts';

const MAX_RESULTS = 20;
const TYPING_DEBOUNCE_MS = 150;

function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  for (const segment of excerptSegments(result.excerpt)) {
    if (!segment.marked) {
      excerpt.append(segment.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = segment.text;
    excerpt.append(mark);
  }
  item.append(heading, excerpt);
  return item;
}

class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const results = this.querySelector('ol');
    if (!form || !input || !status || !results) throw new Error('<site-search> is missing its form, input, status or list.');
    [this.#input, this.#status, this.#results] = [input, status, results];

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search(0);
    });
    input.addEventListener('input', () => void this.#search(TYPING_DEBOUNCE_MS));

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

  async #search(debounceMs: number): Promise<void> {
    const query = this.#input.value.trim();
    this.#syncUrl(query);
    if (query === '') {
      this.#show([], '');
      return;
    }
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(query, {}, debounceMs);
      if (search === null || query !== this.#input.value.trim()) return; // a newer search is under way
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (query !== this.#input.value.trim()) return;
      const count = search.results.length;
      const summary =
        count === 0
          ? `No results for “${query}”. Try another spelling, or browse all articles.`
          : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”${count > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`;
      this.#show(data, summary);
    } catch (error) {
      console.error(error);
      this.#show([], 'Search is unavailable: the search index could not be loaded.');
    }
  }

  #show(results: PagefindResultData[], summary: string): void {
    this.#status.textContent = summary;
    this.#results.replaceChildren(...results.map(renderResult));
    this.#results.hidden = results.length === 0;
  }
}

customElements.define('site-search', SiteSearch);
