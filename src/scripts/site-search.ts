/**
 * Ships to the browser. <site-search> runs Pagefind as the reader types and lists the results.
 * On the search page the query and filters live in the URL, so a search can be linked and
 * bookmarked. Arrow keys move between the box and the results; Enter follows a result.
 * What counts as a result, and how a misspelt name is corrected, is search-run.ts's; this
 * element asks and shows: the count, a page of results with more on request, a correction
 * with the way back to what was typed, and partial matches under a heading of their own.
 */
import { FACET } from '../pure/facets.ts';
import { hasFilters, isActive, searchOptions, readSearchParams, writeSearchParams, type SearchState } from '../pure/search-params.ts';
import { warmUp, type PagefindResultData } from './pagefind-client.ts';
import { searchSummary, type SummaryWords } from '../pure/search-summary.ts';
import { fill, wordsFrom } from '../pure/template.ts';
import { renderResult, type ResultWords } from './search-results.ts';
import { listFiltered, PAGE_SIZE, runSearch, type SearchAnswer } from './search-run.ts';

/** Long enough to skip the words between keystrokes, short enough not to be felt. */
const TYPING_DEBOUNCE_MS = 80;
/** A pause this long means the reader has stopped typing (keystrokes come every 100–300 ms). */
const TYPING_PAUSE_MS = 400;

/** A screen tall enough to show the filters open and still a result or two below them. */
const ROOM_FOR_FILTERS = '(min-height: 40rem)';

/** The element's words in the page's language: SearchPanel.astro renders them (src/i18n,
 * `search.script`) as JSON in data-words, so this script never ships a language of its own. */
interface SearchWords extends SummaryWords, ResultWords {
  unavailable: string;
  searchInstead: string;
  didYouMean: string;
}

class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #suggestions!: HTMLElement;
  #results!: HTMLOListElement;
  #moreButton!: HTMLButtonElement;
  #partial!: HTMLElement;
  #partialResults!: HTMLOListElement;
  #coverage!: HTMLElement;
  #words!: SearchWords;

  connectedCallback(): void {
    const words = wordsFrom<SearchWords | undefined>(this.dataset['words'], undefined);
    if (!words) throw new Error('<site-search> has no words (data-words).');
    this.#words = words;
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const suggestions = this.querySelector<HTMLElement>('.suggestions');
    const results = this.querySelector<HTMLOListElement>(':scope > ol.results');
    const more = this.querySelector<HTMLButtonElement>('button.more');
    const partial = this.querySelector<HTMLElement>('.partial');
    const partialResults = partial?.querySelector('ol');
    const coverage = this.querySelector<HTMLElement>('.coverage');
    if (!form || !input || !status || !suggestions || !results || !more || !partial || !partialResults || !coverage) throw new Error('<site-search> is missing a part.');
    this.#coverage = coverage;
    [this.#form, this.#input, this.#status, this.#suggestions, this.#results] = [form, input, status, suggestions, results];
    [this.#moreButton, this.#partial, this.#partialResults] = [more, partial, partialResults];
    more.addEventListener('click', () => void this.#showMore());
    input.addEventListener('focus', warmUp, { once: true });
    status.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-literal]');
      if (!link) return;
      event.preventDefault();
      input.value = link.dataset['literal'] ?? '';
      void this.#search(0, false);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search(0);
    });
    form.addEventListener('input', (event) => {
      if (event.target === input) this.#typedAt = performance.now();
      void this.#search(event.target === input ? TYPING_DEBOUNCE_MS : 0);
    });
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
    const filters = this.querySelector('details.filters');
    if (filters instanceof HTMLDetailsElement) filters.open = matchMedia(ROOM_FOR_FILTERS).matches || hasFilters(this.#state());
  }

  /** Puts a state from the URL into the form. */
  #restore(state: SearchState): void {
    this.#input.value = state.query;
    for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (box.name === FACET.service ? state.services : state.formats).includes(box.value);
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

  /** Counts searches, so a slow one (the first, which loads the index and fragments) never
   * replaces the answer to a newer one: a filter ticked meanwhile, or new words. */
  #generation = 0;
  /** When the reader last typed in the box. */
  #typedAt = 0;
  /** Loads the next results of the answer shown; none until there is one. */
  #more: () => Promise<PagefindResultData[]> = async () => [];

  async #search(debounceMs: number, correct = true): Promise<void> {
    const generation = ++this.#generation;
    const stale = () => generation !== this.#generation;
    const state = this.#state();
    this.#syncUrl(state);
    if (!isActive(state)) {
      this.#show({ summary: '', results: [], count: 0 });
      return;
    }
    try {
      const answer = state.query === '' ? await listFiltered(searchOptions(state)) : await runSearch(state.query, searchOptions(state), debounceMs, correct);
      if (answer === null || stale()) return; // a newer search is under way
      this.#more = answer.more;
      this.#show({ ...answer, summary: searchSummary(answer, state.query, this.#words), nothingFound: answer.count === 0 });
      // The first result is on screen; the rest of the first page follows once it is painted,
      // so their fragment files (unpacked on this thread) never hold the first one back, and
      // while the reader types, once they pause: the words typed so far get their best match,
      // not a page of results for a query that is about to change.
      const missing = Math.min(PAGE_SIZE, answer.count) - answer.results.length;
      if (missing > 0) {
        await afterPaint();
        if (debounceMs > 0) await delay(this.#typedAt + TYPING_PAUSE_MS - performance.now());
        if (!stale()) this.#append(await answer.more(missing), generation);
      }
    } catch (error) {
      console.error(error);
      this.#show({ summary: this.#words.unavailable, results: [], count: 0 });
    }
  }

  async #showMore(): Promise<void> {
    const generation = this.#generation;
    const page = await this.#more();
    this.#append(page, generation);
    this.#results.querySelectorAll('li')[this.#results.children.length - page.length]?.querySelector('a')?.focus();
  }

  /** Adds results to those shown, unless a newer search has replaced them. */
  #append(page: PagefindResultData[], generation: number): void {
    if (generation !== this.#generation) return;
    this.#results.append(...page.map((result) => renderResult(result, this.#words)));
    this.#moreButton.hidden = this.#results.children.length >= this.#count;
  }

  #count = 0;

  #show(answer: Pick<SearchAnswer, 'count' | 'results'> & Partial<Pick<SearchAnswer, 'partial' | 'suggestions' | 'correctedFrom'>> & { summary: string; nothingFound?: boolean }): void {
    this.#status.replaceChildren(answer.summary);
    if (answer.correctedFrom) {
      const literal = document.createElement('a');
      const url = new URL(location.href);
      url.searchParams.set('q', answer.correctedFrom);
      literal.href = url.href;
      literal.dataset['literal'] = answer.correctedFrom;
      literal.textContent = fill(this.#words.searchInstead, { query: answer.correctedFrom });
      this.#status.append(' ', literal);
    }
    this.#suggestions.replaceChildren(
      ...(answer.suggestions ?? []).map((term) => {
        const link = document.createElement('a');
        const url = new URL(location.href);
        url.searchParams.set('q', term);
        link.href = url.href;
        link.dataset['term'] = term;
        link.textContent = fill(this.#words.didYouMean, { term });
        return link;
      }),
    );
    this.#count = answer.count;
    // Nothing found for a query: say what the site covers, so a reader knows whether to try other words.
    this.#coverage.hidden = answer.nothingFound !== true;
    this.#results.replaceChildren(...answer.results.map((result) => renderResult(result, this.#words)));
    this.#results.hidden = answer.results.length === 0;
    // Hidden until the first page is filled (the results after the first follow).
    this.#moreButton.hidden = answer.results.length >= Math.min(PAGE_SIZE, answer.count);
    const partial = answer.partial ?? [];
    this.#partialResults.replaceChildren(...partial.map((result) => renderResult(result, this.#words, 'h3')));
    this.#partial.hidden = partial.length === 0;
  }
}

/** Resolves once the browser has painted and is idle (or after 200 ms at most). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 200 }) : setTimeout(resolve, 0))));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

customElements.define('site-search', SiteSearch);
