/**
 * Ships to the browser, on the explorer (/exercises/explorer/). <edition-explorer> filters the
 * table of every edition as the reader chooses or types, keeps the filters in the page's URL
 * (replaceState: a view can be shared, and a shared address opens on it), says how many rows
 * are shown in a polite live region, and downloads exactly those rows as CSV or JSON: the
 * records of /data/editions.csv with those ids, fetched on the first download, so the page
 * embeds nothing but each row's filter facts.
 */
import { csvObjects, pickCsvRecords } from '../pure/csv-records.ts';
import { EXPLORER_PARAMS, matchesFilter, parseExplorerQuery, readRowFacts, serialiseExplorerFilter, type ExplorerFilter, type RowFacts } from '../pure/explorer-filter.ts';

type Control = HTMLInputElement | HTMLSelectElement;

/** The words the script writes, rendered by the page in its language (data-strings): it
 * imports no language file. "{shown}" and "{total}" are filled in. */
const STRINGS = { shownOf: '{shown} of {total} editions', loadFailed: 'The data for the download could not be loaded: try again, or take the whole file from the data page.' };

/** The page's words for the script, over the English defaults. */
function readStrings(json: string | undefined): typeof STRINGS {
  try {
    const given: unknown = JSON.parse(json ?? '{}');
    if (typeof given !== 'object' || given === null) return STRINGS;
    const entries = Object.entries(given).filter(([key, value]) => Object.hasOwn(STRINGS, key) && typeof value === 'string');
    return { ...STRINGS, ...Object.fromEntries(entries) };
  } catch {
    return STRINGS;
  }
}

const FORMATS = {
  csv: { type: 'text/csv;charset=utf-8', text: (csv: string) => csv },
  json: { type: 'application/json', text: (csv: string) => `${JSON.stringify(csvObjects(csv), null, 2)}\n` },
} as const;

class EditionExplorer extends HTMLElement {
  #rows: { row: HTMLTableRowElement; facts: RowFacts }[] = [];
  #shown = new Set<string>();
  #csv: Promise<string> | undefined;
  #strings = STRINGS;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const count = this.querySelector<HTMLElement>('[data-count]');
    if (!form || !count) return;
    this.#strings = readStrings(this.dataset['strings']);
    this.#rows = [...this.querySelectorAll<HTMLTableRowElement>('tbody tr')].flatMap((row) => {
      const facts = readRowFacts(row.dataset['facts']);
      return facts ? [{ row, facts }] : [];
    });
    const controls = (name: string) => form.elements.namedItem(name) as Control | null;
    const update = () => this.#apply(readForm(controls), count);
    writeForm(controls, parseExplorerQuery(location.search));
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    // The reset event comes before the controls are reset: read them once it is done.
    form.addEventListener('reset', () => setTimeout(update));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // The table's scroll region: focusable and named (ScrollRegion.astro).
      this.querySelector<HTMLElement>('section[tabindex]')?.focus();
    });
    for (const button of form.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
      button.addEventListener('click', () => void this.#download(button.dataset['download'] === 'json' ? 'json' : 'csv', count));
    }
    update();
  }

  #apply(filter: ExplorerFilter, count: HTMLElement): void {
    this.#shown.clear();
    for (const { row, facts } of this.#rows) {
      const shown = matchesFilter(facts, filter);
      row.hidden = !shown;
      if (shown) this.#shown.add(facts.id);
    }
    const text = this.#strings.shownOf.replace('{shown}', String(this.#shown.size)).replace('{total}', String(this.#rows.length));
    if (count.textContent !== text) count.textContent = text;
    const query = serialiseExplorerFilter(filter);
    history.replaceState(history.state, '', `${location.pathname}${query && `?${query}`}${location.hash}`);
  }

  async #download(format: keyof typeof FORMATS, count: HTMLElement): Promise<void> {
    const url = this.dataset['csv'];
    if (!url) return;
    this.#csv ??= fetch(url).then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${url}: ${response.status}`))));
    let csv: string;
    try {
      csv = pickCsvRecords(await this.#csv, 'edition_id', this.#shown);
    } catch {
      this.#csv = undefined;
      count.textContent = this.#strings.loadFailed;
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([FORMATS[format].text(csv)], { type: FORMATS[format].type }));
    link.download = `${location.search ? 'editions-filtered' : 'editions'}.${format}`;
    link.click();
    // Revoked once the browser has started the download, which it does from the click.
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

/** The filters as the form holds them. */
function readForm(controls: (name: string) => Control | null): ExplorerFilter {
  const params = new URLSearchParams();
  for (const name of EXPLORER_PARAMS) params.set(name, controls(name)?.value ?? '');
  return parseExplorerQuery(params);
}

/** Sets the form to `filter`; a value a list does not offer (a shared address from another
 * build) leaves that list at "any", and the URL is then rewritten without it. */
function writeForm(controls: (name: string) => Control | null, filter: ExplorerFilter): void {
  for (const name of EXPLORER_PARAMS) {
    const control = controls(name);
    if (!control) continue;
    const value = String(filter[name] ?? '');
    control.value = value;
    if (control.value !== value) control.value = '';
  }
}

customElements.define('edition-explorer', EditionExplorer);
