/**
 * rehype plugin: turns the column alignment of GFM tables (`| ---: |`), which remark writes as
 * `align="right"` on each cell, into a class (`align-right`). The attribute is obsolete in
 * HTML, and an inline style would break the Content-Security-Policy, so the stylesheet
 * (styles/prose.css) aligns the cells.
 */
import type { Root } from 'hast';
import { walk } from '../pure/walk.ts';

const ALIGNMENTS = new Set(['left', 'center', 'right']);

export function rehypeTableAlign() {
  return (tree: Root): void => {
    walk(tree, 'element', (element) => {
      if (element.tagName !== 'th' && element.tagName !== 'td') return;
      const align = element.properties['align'];
      if (align === undefined) return;
      delete element.properties['align'];
      if (typeof align !== 'string' || !ALIGNMENTS.has(align)) return;
      const classes = element.properties['className'];
      element.properties['className'] = [...(Array.isArray(classes) ? classes : []), `align-${align}`];
    });
  };
}
