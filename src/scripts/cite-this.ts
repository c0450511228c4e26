/**
 * Ships to the browser, on article pages. <cite-this> rewrites the citations with the
 * reader's own date as the accessed date and shows a copy button for each. Without this
 * script the citations (dated the day the site was built) can still be selected and copied.
 */
import { CITATION_STYLES, type CitationStyle } from '../pure/cite.ts';

const isStyle = (value: string | undefined): value is CitationStyle => value !== undefined && value in CITATION_STYLES;

class CiteThis extends HTMLElement {
  connectedCallback(): void {
    const { title = '', url = '', published = '', updated = '', siteName = '', slug = '' } = this.dataset;
    const input = { title, url, siteName, slug, published: new Date(published), updated: new Date(updated), accessed: new Date() };
    for (const block of this.querySelectorAll<HTMLElement>('[data-style]')) {
      const style = block.dataset['style'];
      const text = block.querySelector('.citation-text');
      const button = block.querySelector('button');
      if (!isStyle(style) || !text || !button) continue;
      text.textContent = CITATION_STYLES[style](input);
      button.hidden = false;
      button.addEventListener('click', () => {
        void navigator.clipboard.writeText(text.textContent ?? '').then(
          () => this.#announce(`${button.dataset['label'] ?? 'Citation'} copied`),
          () => this.#announce('Copying failed: select the text and copy it'),
        );
      });
    }
  }

  #announce(message: string): void {
    const status = this.querySelector('[role="status"]');
    if (status) status.textContent = message;
  }
}

customElements.define('cite-this', CiteThis);
