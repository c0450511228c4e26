/**
 * rehype plugin: a copy of each note beside the first reference to it, for wide screens,
 * where CSS floats it into the margin (as in Tufte's books and on gwern.net). The numbered
 * list stays the real notes: the copy is hidden from screen readers, search and print, and
 * its links are left out of the tab order so keyboard users meet each link once.
 * References inside tables get no copy: a float cannot leave a table cell.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { walk } from '../pure/walk.ts';

const isElement = (node: ElementContent | undefined): node is Element => node?.type === 'element';

/** The note's text without its back-links, ids or focusable links. */
function copyOf(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes
    .filter((node) => !(isElement(node) && (node.properties['dataFootnoteBackref'] !== undefined || node.properties['className']?.toString().includes('backref-arrow'))))
    .map((node) => {
      if (!isElement(node)) return structuredClone(node);
      const { id: _id, ...properties } = node.properties;
      if (node.tagName === 'a') properties['tabIndex'] = -1;
      return { ...node, tagName: node.tagName === 'p' ? 'span' : node.tagName, properties, children: copyOf(node.children) };
    });
}

export function rehypeSidenotes() {
  return (tree: Root): void => {
    const notes = new Map<string, { number: number; content: ElementContent[] }>();
    walk(tree, 'element', (section) => {
      if (section.tagName !== 'section' || section.properties['dataFootnotes'] === undefined) return;
      const list = section.children.find((child): child is Element => isElement(child) && child.tagName === 'ol');
      list?.children.filter(isElement).forEach((item, index) => {
        notes.set(`#${String(item.properties['id'])}`, { number: index + 1, content: item.children });
      });
    });
    const placed = new Set<string>();
    walk(tree, 'element', (sup, index, parent) => {
      if (sup.tagName !== 'sup' || index === undefined || !parent) return;
      const reference = sup.children.find(isElement);
      const href = reference?.properties['href'];
      if (typeof href !== 'string' || reference?.properties['dataFootnoteRef'] === undefined || placed.has(href)) return;
      const note = notes.get(href);
      if (!note || (parent.type === 'element' && (parent.tagName === 'td' || parent.tagName === 'th'))) return;
      placed.add(href);
      const sidenote = h('span.sidenote', { ariaHidden: 'true', dataPagefindIgnore: '' }, [
        h('span.sidenote-number', `${note.number}.`),
        ' ',
        ...copyOf(note.content.filter((node) => !(node.type === 'text' && node.value.trim() === ''))),
      ]);
      parent.children.splice(index + 1, 0, sidenote);
      return index + 2;
    });
  };
}
