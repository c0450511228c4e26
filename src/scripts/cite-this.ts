/**
 * Ships to the browser, on article pages. <cite-this> puts the reader's own date in as the
 * accessed date, in the citations and in the RIS and CSL-JSON downloads, and shows a copy
 * button for each citation. Without this script the citations and downloads (dated the day
 * the site was built) can still be selected, copied and downloaded.
 */
import { fill, wordsFrom } from '../pure/template.ts';
import { apa, bibtexWithAccessed, chicago, CSL_JSON_TYPE, dataUrl, RIS_TYPE, risWithAccessed, withAccessed, type CslRecord } from '../pure/cite.ts';

const TEXT_STYLES: Record<string, ((record: CslRecord) => string) | undefined> = { chicago, apa };

/** What the element says, in the page's language (CiteThis.astro renders them in data-messages). */
interface Messages {
  copied: string;
  failed: string;
  citation: string;
}

/** The text of a `data:` URL. */
const dataOf = (href: string) => decodeURIComponent(href.slice(href.indexOf(',') + 1));

class CiteThis extends HTMLElement {
  connectedCallback(): void {
    const today = new Date();
    const messages = wordsFrom<Messages>(this.dataset['messages'], { copied: '{label}', failed: '', citation: '' });
    const record = withAccessed(JSON.parse(this.dataset['record'] ?? '{}') as CslRecord, today);
    for (const block of this.querySelectorAll<HTMLElement>('[data-style]')) {
      const style = block.dataset['style'] ?? '';
      const text = block.querySelector('.citation-text');
      const button = block.querySelector('button');
      if (!text || !button) continue;
      const write = TEXT_STYLES[style];
      text.textContent = write ? write(record) : bibtexWithAccessed(text.textContent ?? '', today);
      button.hidden = false;
      button.addEventListener('click', () => {
        void navigator.clipboard.writeText(text.textContent ?? '').then(
          () => this.#announce(fill(messages.copied, { label: button.dataset['label'] ?? messages.citation })),
          () => this.#announce(messages.failed),
        );
      });
    }
    const ris = this.querySelector<HTMLAnchorElement>('[data-download="ris"]');
    if (ris) ris.href = dataUrl(RIS_TYPE, risWithAccessed(dataOf(ris.href), this.dataset['risAccessedTag'] ?? '', today));
    const csl = this.querySelector<HTMLAnchorElement>('[data-download="csl-json"]');
    if (csl) csl.href = dataUrl(CSL_JSON_TYPE, JSON.stringify([record]));
  }

  #announce(message: string): void {
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = message;
  }
}

customElements.define('cite-this', CiteThis);
