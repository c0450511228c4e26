/**
 * rehype plugin: gives every h2–h4 that has an id a visible self-link, so readers can copy
 * a link to any section. The link sits beside the heading (in a wrapper) rather than inside it,
 * so the heading's accessible name and the table of contents keep the heading text alone.
 * Runs after rehype-slug, which assigns the ids.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';

const LINKED_RANKS = new Set([2, 3, 4]);

function headingLink(id: string, text: string): Element {
  return h('a.heading-link', { href: `#${id}`, dataPagefindIgnore: '' }, [h('span', { ariaHidden: 'true' }, '#'), h('span.sr-only', `Link to section: ${text}`)]);
}

function wrapHeadings(children: (RootContent | ElementContent)[]): void {
  children.forEach((child, index) => {
    if (child.type !== 'element') return;
    const rank = headingRank(child);
    const id = child.properties['id'];
    if (rank !== undefined && LINKED_RANKS.has(rank) && typeof id === 'string' && id !== '') {
      children[index] = h('div', { className: ['heading-wrapper', `level-h${rank}`] }, [child, headingLink(id, toString(child))]);
      return;
    }
    wrapHeadings(child.children);
  });
}

export function rehypeHeadingLinks() {
  return (tree: Root): void => {
    wrapHeadings(tree.children);
  };
}
