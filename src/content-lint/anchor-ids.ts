/**
 * The ids a rendered article will have, computed from its Markdown: heading slugs (as
 * rehype-slug makes them, with github-slugger), the notes heading, and the footnote ids.
 * The lint checks `#fragment` links against them before anything is built.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export function anchorIds(tree: Root): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') ids.add(slugger.slug(toString(node)));
    if (node.type === 'footnoteDefinition') {
      ids.add('footnote-label');
      ids.add(`user-content-fn-${node.identifier}`);
    }
    if (node.type === 'footnoteReference') ids.add(`user-content-fnref-${node.identifier}`);
  });
  return ids;
}
