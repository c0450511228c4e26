/**
 * rehype plugin: back-links from a note to the text as Wikipedia draws them. A note cited
 * once gets "↑"; a note cited several times gets "↑ a b c", one letter per reference. Each
 * link's accessible name says which reference it returns to and contains the letter it
 * shows (WCAG 2.5.3), set off by commas: axe-core 4.14 does not find it inside parentheses. Runs on GFM's footnote output (`section[data-footnotes] > ol > li`).
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { walk } from '../pure/walk.ts';
import { ui, type MarkdownWords } from '../i18n/index.ts';

export interface FootnoteBacklinkOptions {
  /** The page's words for the links' names (English unless given). */
  words?: MarkdownWords;
}

/** The letter of the n-th reference (0-based): a … z, then aa, ab … */
export function referenceLetter(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return index < 26 ? (letters[index] ?? '') : `${referenceLetter(Math.floor(index / 26) - 1)}${letters[index % 26] ?? ''}`;
}

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';
const isBackref = (node: ElementContent | undefined): node is Element => isElement(node) && node.properties['dataFootnoteBackref'] !== undefined;

/** Relabels the back-links of one note, numbered `note`. */
function letterBacklinks(item: Element, note: number, words: MarkdownWords): void {
  const holder = item.children.findLast((child): child is Element => isElement(child) && child.children.some(isBackref)) ?? item;
  const backrefs = holder.children.filter(isBackref);
  if (backrefs.length === 0) return;
  const many = backrefs.length > 1;
  backrefs.forEach((link, index) => {
    const letter = referenceLetter(index);
    link.children = [{ type: 'text', value: many ? letter : '↑' }];
    link.properties['ariaLabel'] = many ? words.backToReferenceOf(letter, index + 1, note) : words.backToReference(note);
  });
  // GFM separates back-links with spaces; the letters sit closer, after one arrow.
  holder.children = holder.children.filter((child, index, all) => !(child.type === 'text' && child.value.trim() === '' && isBackref(all[index - 1]) && isBackref(all[index + 1])));
  if (many) {
    const arrow = h('span.backref-arrow', { ariaHidden: 'true' }, '↑');
    holder.children.splice(holder.children.indexOf(backrefs[0] as Element), 0, arrow);
  }
}

export function rehypeFootnoteBacklinks(options: FootnoteBacklinkOptions = {}) {
  const words = options.words ?? ui('en').markdown;
  return (tree: Root): void => {
    walk(tree, 'element', (section) => {
      if (section.tagName !== 'section' || section.properties['dataFootnotes'] === undefined) return;
      const list = section.children.find((child): child is Element => isElement(child) && child.tagName === 'ol');
      list?.children.filter(isElement).forEach((item, index) => letterBacklinks(item, index + 1, words));
    });
  };
}
