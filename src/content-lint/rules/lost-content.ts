/**
 * remark-lint rule: nothing an editor wrote is dropped from the page without a word. An HTML
 * comment left open (`<!--` with no `-->`) hides everything after it, and an article with
 * frontmatter but no text would publish an empty page: both are errors.
 */
import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { walk } from '../../pure/walk.ts';

export const remarkLintLostContent = lintRule<Root>('site:lost-content', (tree, file) => {
  if (!tree.children.some((node) => node.type !== 'yaml' && !(node.type === 'html' && node.value.trim().startsWith('<!--')))) {
    file.message('The article has no text after its frontmatter: write the article, or delete the file', tree.position?.end);
    return;
  }
  walk(tree, 'html', (node) => {
    const value = node.value.trim();
    if (value.startsWith('<!--') && !value.includes('-->')) {
      file.message('A comment opened with `<!--` is never closed with `-->`: everything after it would vanish from the page; close it or remove it', node);
    }
  });
});
