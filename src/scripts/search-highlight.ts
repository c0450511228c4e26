/**
 * Ships to the browser, on article pages. After a reader follows a search result, marks the
 * words they searched for (the `highlight` parameter Pagefind adds to result links) in the
 * article, and brings the first into view. Does nothing on a page opened any other way.
 *
 * Ours rather than Pagefind's pagefind-highlight.js: that bundles mark.js, 44 kB (9.6 kB
 * gzipped, Pagefind 1.6) against this script's 0.55 kB, for the same marks.
 */
const terms = new URLSearchParams(location.search)
  .getAll('highlight')
  .flatMap((term) => term.toLowerCase().split(/\s+/))
  .filter((term) => term.length > 1);

function markIn(root: Element, pattern: RegExp): HTMLElement | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('mark, .sidenote, [hidden], script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const text of texts) {
    const parts = text.data.split(pattern);
    if (parts.length === 1) continue;
    const pieces = parts.map((part, index) => {
      if (index % 2 === 0) return document.createTextNode(part);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = part;
      first ??= mark;
      return mark;
    });
    text.replaceWith(...pieces);
  }
  return first;
}

if (terms.length > 0) {
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(${escaped.join('|')})`, 'gi');
  const article = document.querySelector('article');
  const first = article && markIn(article, pattern);
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
