/**
 * remark-lint rule: no images in articles, rather than images that render broken. An image
 * from another site is blocked by the Content-Security-Policy (img-src 'self'), and the site
 * does not publish image files from content/: either way a reader would see a broken image.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';

export const remarkLintNoImages = lintRule<Root>('site:no-images', (tree, file) => {
  walk(tree, (node) => {
    if (node.type !== 'image' && node.type !== 'imageReference') return;
    file.message('Images are not published with articles (and images from other sites are blocked by the site’s security policy): describe it in the text, or link to it', node);
  });
});
