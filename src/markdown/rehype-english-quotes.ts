/**
 * rehype plugin for an article in another language than English: the English words its text
 * quotes in curly quotes (“a Japanese version of the F-16 fighter …”, with no Japanese letter
 * inside) are marked lang="en", so a screen reader reads them as English and the page's
 * language check leaves them be. A passage already marked with a language is left as it is.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

const NOT_JAPANESE = '[^“”\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]';
const QUOTED = new RegExp(`“(${NOT_JAPANESE}*\\p{Script=Latin}${NOT_JAPANESE}*)”`, 'gu');

export function rehypeEnglishQuotes() {
  return (tree: Root): void => {
    mark(tree);
  };
}

function mark(parent: Root | Element): void {
  if (parent.type === 'element' && typeof parent.properties['lang'] === 'string') return;
  const children: (Root['children'][number] | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') children.push(...quotesMarked(child));
    else {
      if (child.type === 'element') mark(child);
      children.push(child);
    }
  }
  parent.children = children as Element['children'];
}

/** A text's English quotations each in a span of their own, inside the quotation marks. */
export function quotesMarked(node: Text): ElementContent[] {
  const parts: ElementContent[] = [];
  let at = 0;
  for (const match of node.value.matchAll(QUOTED)) {
    const start = match.index + 1;
    const words = match[1] ?? '';
    if (start > at) parts.push({ type: 'text', value: node.value.slice(at, start) });
    parts.push({ type: 'element', tagName: 'span', properties: { lang: 'en' }, children: [{ type: 'text', value: words }] });
    at = start + words.length;
  }
  if (at === 0) return [node];
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  return parts;
}
