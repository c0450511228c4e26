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
import { ui, type MarkdownWords } from '../i18n/index.ts';

export interface HeadingLinkOptions {
  /** The page's words for the links' names (English unless given). */
  words?: MarkdownWords;
}

const LINKED_RANKS = new Set([2, 3, 4]);

function headingLink(id: string, text: string, words: MarkdownWords): Element {
  return h('a.heading-link', { href: `#${id}`, dataPagefindIgnore: '' }, [h('span', { ariaHidden: 'true' }, '#'), h('span.sr-only', words.headingLink(text))]);
}

function wrapHeadings(children: (RootContent | ElementContent)[], words: MarkdownWords): void {
  children.forEach((child, index) => {
    if (child.type !== 'element') return;
    const rank = headingRank(child);
    const id = child.properties['id'];
    if (rank !== undefined && LINKED_RANKS.has(rank) && typeof id === 'string' && id !== '') {
      children[index] = h('div', { className: ['heading-wrapper', `level-h${rank}`] }, [child, headingLink(id, toString(child), words)]);
      return;
    }
    wrapHeadings(child.children, words);
  });
}

export function rehypeHeadingLinks(options: HeadingLinkOptions = {}) {
  const words = options.words ?? ui('en').markdown;
  return (tree: Root): void => {
    wrapHeadings(tree.children, words);
  };
}
