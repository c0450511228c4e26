/**
 * rehype plugin: gives every top-level paragraph of an article an id a reader can link to
 * (src/pure/paragraph-ids.ts: `aims-p2`, `lead-p1`) and, at its end, a small "¶" link to
 * itself, shown on hover and focus (prose.css) as the headings' links are. Its accessible name
 * says what it is; the "¶" itself is hidden from screen readers and search. Paragraphs in
 * lists, quotes, tables and the notes get none: a reader links to the paragraph around them,
 * or to the note by its own id. Runs after rehype-slug (the headings' ids) and before
 * rehype-heading-links wraps the headings.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { headingRank } from 'hast-util-heading-rank';
import { paragraphIds, type Block } from '../pure/paragraph-ids.ts';
import { ui, type MarkdownWords } from '../i18n/index.ts';

export interface ParagraphAnchorOptions {
  /** The page's words for the links' names (English unless given). */
  words?: MarkdownWords;
}

function kind(node: Root['children'][number]): Block {
  if (node.type !== 'element') return undefined;
  if (node.tagName === 'p') return 'paragraph';
  const id = node.properties['id'];
  return headingRank(node) !== undefined && typeof id === 'string' && id !== '' ? { heading: id } : undefined;
}

function paragraphLink(id: string, label: string): Element {
  return h('a.paragraph-link', { href: `#${id}`, dataPagefindIgnore: '' }, [h('span', { ariaHidden: 'true' }, '¶'), h('span.sr-only', label)]);
}

export function rehypeParagraphAnchors(options: ParagraphAnchorOptions = {}) {
  const label = (options.words ?? ui('en').markdown).paragraphLink;
  return (tree: Root): void => {
    for (const [index, id] of paragraphIds(tree.children, kind)) {
      const paragraph = tree.children[index] as Element;
      paragraph.properties['id'] = id;
      paragraph.children.push({ type: 'text', value: ' ' }, paragraphLink(id, label));
    }
  };
}
