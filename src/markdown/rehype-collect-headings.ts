/**
 * rehype plugin: records the page's headings (level, id, text) in the file's `headings`, for
 * the table of contents. rehype-slug has given each its id; Astro's renderer did this before
 * the site rendered articles through its own processor (render-body.ts).
 */
import type { Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';
import { SKIP, walk } from '../pure/walk.ts';

export function rehypeCollectHeadings() {
  return (tree: Root, file: VFile): void => {
    file.data.headings = [];
    walk(tree, 'element', (element) => {
      const depth = headingRank(element);
      const id = element.properties['id'];
      if (depth === undefined || typeof id !== 'string') return;
      file.data.headings?.push({ depth, slug: id, text: toString(element) });
      return SKIP;
    });
  };
}
