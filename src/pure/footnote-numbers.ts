/**
 * The number each footnote label gets on the rendered page: GFM numbers notes in the order
 * of their first reference. Views outside the Markdown (the editions table) use it to link
 * to a note with the number the reader sees.
 */
import type { Root } from 'mdast';
import { walk } from './walk.ts';

export function footnoteNumbers(tree: Root): Map<string, number> {
  const numbers = new Map<string, number>();
  walk(tree, 'footnoteReference', (reference) => {
    const label = reference.identifier.toLowerCase();
    if (!numbers.has(label)) numbers.set(label, numbers.size + 1);
  });
  return numbers;
}
