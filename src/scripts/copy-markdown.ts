/**
 * Ships to the browser, on article pages. <copy-markdown> shows its button, which fetches the
 * article's Markdown (the file its link leads to) when clicked, copies it and says so. Nothing
 * is fetched before: a reader who never copies costs nothing. Kept to a few lines, as every
 * article page loads it (the JavaScript budget, tests/site/budgets.test.ts). Without JavaScript
 * the link still opens the Markdown, to read or save.
 */
class CopyMarkdown extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const link = this.querySelector('a');
    // The status line is the element's last child (CopyMarkdown.astro).
    const status = this.lastElementChild;
    if (!button || !link || !status || !('clipboard' in navigator)) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      fetch(link.href)
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error(link.href))))
        .then((text) => navigator.clipboard.writeText(text))
        // The words are the page's language's (CopyMarkdown.astro renders them in data-*).
        .then(
          () => this.dataset['copied'] ?? '',
          () => this.dataset['failed'] ?? '',
        )
        .then((message) => (status.textContent = message));
    });
  }
}

customElements.define('copy-markdown', CopyMarkdown);
